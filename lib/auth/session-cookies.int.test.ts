// Under an https NEXTAUTH_URL (a real deployment), every cookie next-auth sets through Evne's
// configuration is Secure, HttpOnly, SameSite=Lax, Path=/ and carries the __Secure-/__Host- prefix
// that keeps a sibling subdomain or a plain-http page from setting it (issue 8, item 6). The
// http case is covered by sign-in-flow.int.test.ts and e2e/auth.spec.ts.
import { runDueJobs } from "@/lib/jobs/job-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/db";
import { callNextAuth } from "@/tests/support/next-auth-handler";
import { createAuthOptions } from "./auth-options";

const database = setupTestDatabase();
const ORIGIN = "https://evne.example";

/** Calls next-auth's handler as a browser at ORIGIN would, keeping its cookies; returns the Set-Cookie lines. */
async function call(
  cookies: Map<string, string>,
  action: string[],
  init: { method?: string; query?: Record<string, string>; body?: Record<string, string> } = {},
) {
  const answer = await callNextAuth(createAuthOptions({ lang: "nb", clientIp: "203.0.113.7" }), {
    action,
    ...init,
    cookies: Object.fromEntries(cookies),
    headers: { host: "evne.example", "x-forwarded-proto": "https" },
  });
  for (const cookie of answer.setCookies) {
    const [pair = ""] = cookie.split(";");
    const [name = "", ...value] = pair.split("=");
    cookies.set(name, decodeURIComponent(value.join("=")));
  }
  return answer;
}

function expectHardened(cookie: string | undefined, prefix: "__Secure-" | "__Host-") {
  expect(cookie).toBeDefined();
  expect(cookie!.startsWith(prefix)).toBe(true);
  for (const attribute of [/;\s*Secure/i, /;\s*HttpOnly/i, /;\s*SameSite=Lax/i, /;\s*Path=\//i]) {
    expect(cookie).toMatch(attribute);
  }
  // __Host- cookies must not name a domain.
  expect(cookie).not.toMatch(/;\s*Domain=/i);
}

describe("next-auth cookies over https", () => {
  const previous = process.env.NEXTAUTH_URL;
  beforeAll(() => {
    process.env.NEXTAUTH_URL = ORIGIN;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = previous;
  });

  it("are prefixed, Secure, HttpOnly, SameSite=Lax and Path=/ from the first request to the session", async () => {
    const cookies = new Map<string, string>();
    const csrf = await call(cookies, ["csrf"]);
    expectHardened(
      csrf.setCookies.find((c) => c.startsWith("__Host-next-auth.csrf-token=")),
      "__Host-",
    );

    const email = "secure.cookies@evne.test";
    const { csrfToken } = csrf.body as { csrfToken: string };
    const signIn = await call(cookies, ["signin", "email"], {
      method: "POST",
      body: { email, csrfToken, callbackUrl: "/nb", json: "true" },
    });
    expectHardened(
      signIn.setCookies.find((c) => c.startsWith("__Secure-next-auth.callback-url=")),
      "__Secure-",
    );

    await runDueJobs();
    const mail = await database.owner.outboxMessage.findFirstOrThrow({ where: { to: email } });
    // The mail's link is the confirmation page; its button POSTs these to next-auth's callback.
    const link = new URL(/https:\/\/\S+\/nb\/sign-in\/confirm\?\S+/.exec(mail.text)![0]);
    const callback = await call(cookies, ["callback", "email"], {
      method: "POST",
      query: Object.fromEntries(link.searchParams),
    });
    expectHardened(
      callback.setCookies.find((c) => c.startsWith("__Secure-next-auth.session-token=")),
      "__Secure-",
    );
    expect(callback.setCookies.filter((c) => c.startsWith("next-auth."))).toEqual([]);
  });
});
