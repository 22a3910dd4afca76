// A session that cannot be read because the database is unreachable must not pass for "signed
// out" (issue 8, reliability: a Postgres restart under load). The unreachable database is real: a
// client for a port nothing listens on.
import { randomUUID } from "node:crypto";
import type { AuthOptions } from "next-auth";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db/client";
import { setupTestDatabase } from "@/tests/db";
import { callNextAuth } from "@/tests/support/next-auth-handler";
import { createAdapter } from "./adapter";
import { createAuthOptions } from "./auth-options";
import { watchSessionFailures } from "./session-failure";

const database = setupTestDatabase();
const unreachable = createDbClient("postgresql://evne_app:unused@127.0.0.1:9/evne");
afterAll(() => unreachable.$disconnect());

/** GET /api/auth/session through next-auth's handler with the session cookie; returns the body. */
async function readSession(options: AuthOptions, sessionToken: string): Promise<unknown> {
  const { body } = await callNextAuth(options, {
    action: ["session"],
    cookies: { "next-auth.session-token": sessionToken },
  });
  return body;
}

async function signedInPerson() {
  const email = `session.failure.${randomUUID()}@evne.test`;
  const user = await database.owner.user.create({ data: { email, language: "nb" } });
  const sessionToken = randomUUID();
  await database.owner.session.create({
    data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
  });
  return { email, sessionToken };
}

function optionsOn(client: typeof unreachable): AuthOptions {
  return { ...createAuthOptions(), adapter: createAdapter({ client, language: "nb" }) };
}

describe("reading the session", () => {
  it("finds the person when the database answers, and reports no failure", async () => {
    const { email, sessionToken } = await signedInPerson();
    const watch = watchSessionFailures(optionsOn(database.app));
    const body = (await readSession(watch.options, sessionToken)) as { user?: { email?: string } };
    expect(body.user?.email).toBe(email);
    expect(() => watch.throwIfFailed()).not.toThrow();
  });

  it("throws instead of answering 'signed out' when the database cannot be reached", async () => {
    const { sessionToken } = await signedInPerson();
    // What next-auth alone does: the failure is logged and the answer is an empty session.
    expect(await readSession(optionsOn(unreachable), sessionToken)).toEqual({});

    const watch = watchSessionFailures(optionsOn(unreachable));
    expect(await readSession(watch.options, sessionToken)).toEqual({});
    expect(() => watch.throwIfFailed()).toThrow("The session could not be read");
  });

  it("does not take an unknown session token for a failure", async () => {
    const watch = watchSessionFailures(optionsOn(database.app));
    expect(await readSession(watch.options, randomUUID())).toEqual({});
    expect(() => watch.throwIfFailed()).not.toThrow();
  });
});
