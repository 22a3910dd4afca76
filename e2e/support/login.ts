// Sign in without the UI (docs style: only e2e/auth.spec.ts uses the sign-in page). The fixture
// writes a User and a Session row straight into the database the e2e server uses and gives the
// browser the session cookie, exactly as following an email link would; afterwards it deletes
// what it created.
import { test as base } from "@playwright/test";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createTestSession, createTestUser } from "@/lib/orgs/testing/build-organization";
import { e2eDatabaseUrl } from "./e2e-database";

/** next-auth's cookie name over http (the e2e server); over https it is `__Secure-` prefixed. */
export const SESSION_COOKIE = "next-auth.session-token";
const SESSION_DAYS = 30;

export { e2eDatabaseUrl };

/** Runs `work` with a connection to the e2e database, closed afterwards. */
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type LoginOptions = {
  /** Default: a unique address per call. Stored lower-case, as the app does. */
  email?: string;
  name?: string | null;
  /** The person's language (mail to them is written in it). Default "nb". */
  language?: "nb" | "en" | "nl";
};

export type LoggedInUser = { id: string; email: string; name: string | null; sessionToken: string };

export type LoginFixture = { login: (options?: LoginOptions) => Promise<LoggedInUser> };

export const test = base.extend<LoginFixture>({
  // Playwright calls the second parameter `use`; another name keeps the React hooks lint rule quiet.
  login: async ({ context, baseURL }, provide, testInfo) => {
    const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await client.connect();
    const createdUsers: string[] = [];
    const createdSessions: string[] = [];

    await provide(async (options = {}) => {
      const email = (
        options.email ?? `person-${testInfo.workerIndex}-${randomUUID().slice(0, 8)}@evne.test`
      ).toLowerCase();
      const name = options.name ?? null;
      const existing = await client.query<{ id: string; name: string | null }>(
        `select id, name from "User" where email = $1`,
        [email],
      );
      let id = existing.rows[0]?.id;
      if (id === undefined) {
        id = (await createTestUser({ email, name, language: options.language, emailVerified: new Date() }))
          .id;
        createdUsers.push(id);
      }
      const sessionToken = await createTestSession(id, SESSION_DAYS);
      const expires = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
      createdSessions.push(sessionToken);
      await context.addCookies([
        {
          name: SESSION_COOKIE,
          value: sessionToken,
          url: baseURL,
          httpOnly: true,
          sameSite: "Lax",
          expires: Math.floor(expires.getTime() / 1000),
        },
      ]);
      return { id, email, name: existing.rows[0]?.name ?? name, sessionToken };
    });

    await client.query(`delete from "Session" where "sessionToken" = any($1::text[])`, [createdSessions]);
    await client.query(`delete from "User" where id = any($1::uuid[])`, [createdUsers]);
    await client.end();
  },
});

export { expect } from "@playwright/test";
