// The sign-in mail through a real mail server (npm smtp-server, started here, read with
// mailparser): what a person's mail program receives has a link to the confirmation page and a
// code, and both sign in through next-auth's real callback (issue 15).
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { runDueJobs } from "@/lib/jobs/job-worker";
import { callNextAuth } from "@/tests/support/next-auth-handler";
import { setupTestDatabase } from "@/tests/db";
import { startTestMailServer, type TestMailServer } from "@/tests/support/mail-server";
import { createAuthOptions } from "./auth-options";
import { redeemSignInCode } from "./sign-in-code";

const database = setupTestDatabase();
let mailServer: TestMailServer;
let port = 0;
let received: ParsedMail[] = [];

beforeAll(async () => {
  mailServer = await startTestMailServer();
  ({ port, received } = mailServer);
});

afterAll(() => mailServer.close());

const mailEnv = () => ({ ...getEnv(), SMTP_URL: `smtp://127.0.0.1:${port}` });
const options = () => createAuthOptions({ lang: "en", clientIp: null }, mailEnv());

async function requestLink(email: string): Promise<ParsedMail> {
  const csrf = await callNextAuth(options(), { action: ["csrf"] });
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const cookie = csrf.setCookies.map((line) => line.split(";")[0]!.split("="));
  await callNextAuth(options(), {
    action: ["signin", "email"],
    method: "POST",
    body: { email, csrfToken, callbackUrl: "/en/library", json: "true" },
    cookies: Object.fromEntries(
      cookie.map(([name, ...value]) => [name!, decodeURIComponent(value.join("="))]),
    ),
  });
  // Queued by the request (ADR 020), delivered by the worker.
  await runDueJobs({ mailEnv: mailEnv() });
  const mail = received.findLast((candidate) => candidate.to && JSON.stringify(candidate.to).includes(email));
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

const signIn = (query: Record<string, string>) =>
  callNextAuth(options(), { action: ["callback", "email"], method: "POST", query });

describe("the sign-in mail through a real mail server", () => {
  it("links to the confirmation page, whose button signs in once", async () => {
    const mail = await requestLink("smtp-link@firma.no");
    expect(mail.subject).toBe("Sign in to Evne");
    const href = /href="([^"]+)"/.exec(String(mail.html))![1]!.replaceAll("&amp;", "&");
    const link = new URL(href);
    expect(link.pathname).toBe("/en/sign-in/confirm");
    expect(mail.text).toContain(href);
    const first = await signIn(Object.fromEntries(link.searchParams));
    expect(first.setCookies.some((line) => line.startsWith("next-auth.session-token="))).toBe(true);
    const user = await database.owner.user.findUniqueOrThrow({ where: { email: "smtp-link@firma.no" } });
    expect(await database.owner.session.count({ where: { userId: user.id } })).toBe(1);
    const again = await signIn(Object.fromEntries(link.searchParams));
    expect(again.setCookies.some((line) => line.startsWith("next-auth.session-token="))).toBe(false);
  });

  it("carries a code that signs in on another device", async () => {
    const mail = await requestLink("smtp-code@firma.no");
    const [, a, b] = /(\d{3}) (\d{3})/.exec(mail.text ?? "")!;
    expect(String(mail.html)).toContain(`${a} ${b}`);
    const redeemed = await redeemSignInCode({ identifier: "smtp-code@firma.no", code: `${a}${b}` });
    expect(redeemed.ok).toBe(true);
    const signedIn = await signIn({
      token: (redeemed as { token: string }).token,
      email: "smtp-code@firma.no",
      callbackUrl: "/en/library",
    });
    expect(signedIn.setCookies.some((line) => line.startsWith("next-auth.session-token="))).toBe(true);
  });
});
