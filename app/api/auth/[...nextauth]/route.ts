import { nextAuthHandler } from "@/lib/auth/next-auth-handler";

/** next-auth's endpoints (/api/auth/*): lib/auth/next-auth-handler.ts. */
export { nextAuthHandler as GET, nextAuthHandler as POST };
