import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** The write hit a unique constraint (Prisma P2002): a duplicate, or the second of a double submit. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
