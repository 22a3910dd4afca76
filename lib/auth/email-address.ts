import { z } from "@/lib/validation/zod";

/**
 * How every email address is stored and compared: Unicode-normalised, trimmed, lower-case.
 * (Strictly only the domain is case-insensitive, but no mail provider people use treats the local
 * part differently, and one person must not end up with two accounts.)
 */
export function normalizeEmail(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase();
}

/** One address, as typed into the sign-in form: normalised, then checked. */
export const emailAddressSchema = z.string().transform(normalizeEmail).pipe(z.email().max(254));
