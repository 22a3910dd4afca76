// What Evne's session callback (lib/auth/auth-options.ts) puts in a session, for useSession() and getServerSession().
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session extends Omit<DefaultSession, "user"> {
    user: { id: string; email: string; name: string | null; language: string };
  }
}
