import { request as playwrightRequest, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy, testLanguages } from "./support/copy";
import { SESSION_COOKIE, expect, test, withE2eDatabase } from "./support/login";
import { mailsTo, outboxPath, queueSettled, waitForMails } from "./support/outbox";
import { screenshot } from "./support/screenshot";

const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@evne.test`;

/**
 * Every test asks as its own client, so the per-client rate limit (20 requests per 15 minutes)
 * does not carry over between tests or runs against a reused server.
 */
async function asOwnClient(page: Page) {
  const bytes = randomUUID().replace(/-/g, "");
  const ip = `10.${parseInt(bytes.slice(0, 2), 16)}.${parseInt(bytes.slice(2, 4), 16)}.${parseInt(bytes.slice(4, 6), 16)}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
}

async function requestLink(page: Page, email: string) {
  await page.getByLabel(copy.nb.auth.signIn.emailLabel).fill(email);
  await page.getByRole("button", { name: copy.nb.auth.signIn.submit }).click();
}

const sessionsOf = (email: string) =>
  withE2eDatabase(async (client) => {
    const result = await client.query<{ count: string }>(
      `select count(*) from "Session" s join "User" u on u.id = s."userId" where u.email = $1`,
      [email],
    );
    return Number(result.rows[0]?.count);
  });

test("signs in by email link through the outbox, returns to the page, and signs out", async ({
  page,
}, testInfo) => {
  await asOwnClient(page);
  const email = uniqueEmail("kari");
  // The library's "Copy to your organization" sends visitors here with the way back.
  await page.goto(`/nb/sign-in?callbackUrl=${encodeURIComponent("/nb/library")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nb.auth.signIn.title);
  await expect(page.getByText(copy.nb.auth.outboxNotice.title)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "sign-in-nb");

  await requestLink(page, email.toUpperCase());
  await expect(page).toHaveURL(/\/nb\/verify\?email=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nb.auth.verify.title);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "verify-nb");

  // The outbox is for whoever started the app: without its key it does not exist.
  expect((await page.request.get("/nb/dev/outbox")).status()).toBe(404);
  expect((await page.request.get("/nb/dev/outbox?key=guess")).status()).toBe(404);
  await waitForMails(email);
  await page.goto(await outboxPath("nb"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nb.outbox.title);
  // Addresses are stored lower-case, whatever was typed.
  const mail = page.getByRole("article").filter({ hasText: email });
  await expect(mail).toHaveCount(1);
  await expect(mail.getByRole("heading", { level: 2 })).toHaveText("Logg inn på Evne");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "outbox-nb");

  // A mail scanner opens the link first, without cookies: nobody is signed in, the link still works.
  const link = await mail.getByRole("link").getAttribute("href");
  expect(link).toMatch(/\/nb\/sign-in\/confirm\?token=/);
  const scanner = await playwrightRequest.newContext();
  const scanned = await scanner.get(link!);
  expect(scanned.status()).toBe(200);
  expect(await scanned.text()).toContain(email);
  await scanner.dispose();
  expect(await sessionsOf(email)).toBe(0);

  await mail.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    copy.nb.auth.confirm.title.replace("{{app}}", "Evne"),
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "sign-in-confirm-nb");
  await page.getByRole("button", { name: copy.nb.auth.confirm.button.replace("{{email}}", email) }).click();
  await expect(page).toHaveURL(/\/nb\/library$/);
  const account = page.getByRole("group", { name: copy.nb.auth.menu.label });
  await expect(account).toContainText(email);
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(await sessionsOf(email)).toBe(1);

  await account.getByRole("button", { name: copy.nb.auth.signOut.button }).click();
  await expect(page).toHaveURL(/\/nb$/);
  await expect(page.getByRole("link", { name: copy.nb.nav.signIn })).toBeVisible();
  expect(await sessionsOf(email)).toBe(0);
  // A page that requires a session now sends the visitor to sign in, with the way back.
  await page.goto("/nb/sign-out");
  await expect(page).toHaveURL(`/nb/sign-in?callbackUrl=${encodeURIComponent("/nb/sign-out")}`);
});

test("signs in with the code from the mail, typed on the page that asked; a wrong code is explained", async ({
  page,
}, testInfo) => {
  await asOwnClient(page);
  const email = uniqueEmail("kode");
  await page.goto(`/nb/sign-in?callbackUrl=${encodeURIComponent("/nb/library")}`);
  await requestLink(page, email);
  await expect(page).toHaveURL(/\/nb\/verify\?email=/);
  await waitForMails(email);
  const text = await withE2eDatabase(async (client) => {
    const result = await client.query<{ text: string }>(
      `select text from "OutboxMessage" where "to" = $1 order by "createdAt" desc limit 1`,
      [email],
    );
    return result.rows[0]!.text;
  });
  const code = /(\d{3}) (\d{3})/.exec(text)!;
  const wrong = String((Number(code[1]! + code[2]!) + 1) % 1_000_000).padStart(6, "0");
  const field = page.getByLabel(copy.nb.auth.verify.codeLabel);
  await field.fill(wrong);
  await page.getByRole("button", { name: copy.nb.auth.verify.codeSubmit }).click();
  await expect(page.getByRole("alert").filter({ hasText: copy.nb.auth.errors.codeInvalid })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "verify-code-wrong-nb");
  expect(await sessionsOf(email)).toBe(0);

  await page.getByLabel(copy.nb.auth.verify.codeLabel).fill(`${code[1]} ${code[2]}`);
  await page.getByRole("button", { name: copy.nb.auth.verify.codeSubmit }).click();
  await expect(page).toHaveURL(/\/nb\/library$/);
  await expect(page.getByRole("group", { name: copy.nb.auth.menu.label })).toContainText(email);
  expect(await sessionsOf(email)).toBe(1);
});

test("too many link requests for one address get a translated message, and no mail", async ({
  page,
}, testInfo) => {
  await asOwnClient(page);
  const email = uniqueEmail("many");
  for (let i = 0; i < 5; i++) {
    await page.goto("/nb/sign-in");
    await requestLink(page, email);
    await expect(page).toHaveURL(/\/nb\/verify\?/);
  }
  await page.goto("/nb/sign-in");
  await requestLink(page, email);
  // The message says when another link may be asked for: 15 minutes after the first of the five.
  const alert = page
    .getByRole("alert")
    .filter({ hasText: copy.nb.auth.errors.rateLimited_other.replace("{{count}}", "15") });
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(/\/nb\/sign-in$/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "sign-in-rate-limited-nb");

  await waitForMails(email, 5);
  await queueSettled();
  expect(await mailsTo(email)).toBe(5);
});

test("forged X-Forwarded-For entries do not make a client new: the 21st request in 15 minutes is refused", async ({
  page,
  baseURL,
}) => {
  // The e2e server trusts one proxy hop (playwright.config.ts): the test is that proxy, so the last
  // entry is the client it saw; anything a client puts to its left is forged.
  const client = `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const ask = (index: number) =>
    page.request.post("/api/auth/signin/email", {
      headers: { origin: baseURL!, "x-forwarded-for": `198.51.100.${index}, ${client}` },
      form: { email: uniqueEmail(`forged${index}`), csrfToken, callbackUrl: "/nb", json: "true" },
    });
  for (let index = 0; index < 20; index++) {
    const answer = (await (await ask(index)).json()) as { url: string };
    expect(answer.url).toContain("/api/auth/verify-request");
  }
  const refused = (await (await ask(20)).json()) as { url: string };
  expect(refused.url).toMatch(/\/nb\/sign-in\?error=RateLimited&retryIn=1[45]$/);
});

test("a malformed address is explained at the field", async ({ page }, testInfo) => {
  await asOwnClient(page);
  await page.goto("/nb/sign-in");
  await requestLink(page, "kari@firma");
  const field = page.getByLabel(copy.nb.auth.signIn.emailLabel);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(new RegExp(copy.nb.auth.errors.invalidEmail.slice(0, 30)));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "sign-in-invalid-email-nb");
});

test("an expired or used link lands on the sign-in page with an explanation in the page's language", async ({
  page,
}) => {
  // next-auth's own callback on GET (an older mail) shows the confirmation page and signs nobody in.
  await page.goto(
    `/api/auth/callback/email?callbackUrl=${encodeURIComponent("/en")}&token=0123456789abcdef&email=nobody%40evne.test`,
  );
  await expect(page).toHaveURL(/\/en\/sign-in\/confirm\?/);
  await page
    .getByRole("button", { name: copy.en.auth.confirm.button.replace("{{email}}", "nobody@evne.test") })
    .click();
  await expect(page).toHaveURL(/\/en\/sign-in\?error=Verification$/);
  await expect(page.getByRole("alert").filter({ hasText: copy.en.auth.errors.linkExpired })).toBeVisible();
});

for (const lang of testLanguages) {
  test(`sign-in and verify pages in ${lang} are translated and accessible`, async ({ page }, testInfo) => {
    await page.goto(`/${lang}/sign-in`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy[lang].auth.signIn.title);
    await expect(page.getByRole("button", { name: copy[lang].auth.signIn.submit })).toBeVisible();
    // The e2e server has single sign-on configured (the provider e2e/sso.spec.ts signs on with).
    await expect(page.getByRole("button", { name: copy[lang].auth.signIn.sso })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(copy[lang].auth.signIn.metaTitle));
    await expectNoSeriousA11yViolations(page);
    if (lang !== "nb") await screenshot(page, testInfo, `sign-in-${lang}`);

    await page.goto(`/${lang}/verify`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy[lang].auth.verify.title);
    await expect(page.getByText(copy[lang].auth.outboxNotice.body)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test("login() signs a person in without the UI", async ({ page, login }, testInfo) => {
  const user = await login({ name: "Kari Nordmann", language: "en" });
  await page.goto("/en/sign-out");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.en.auth.signOut.title);
  await expect(page.getByRole("main")).toContainText(user.email);
  await expect(page.getByRole("group", { name: copy.en.auth.menu.label })).toContainText("Kari Nordmann");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "sign-out-en");

  // Someone signed in who opens the sign-in page goes straight on.
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("/en/library")}`);
  await expect(page).toHaveURL(/\/en\/library$/);
});
