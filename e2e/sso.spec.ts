// Single sign-on end to end: the sign-in page's button, the identity provider that globalSetup
// started (npm oidc-provider in its default configuration, ES256 keys, email claims from userinfo
// only), and Evne's callback, checked in the database; and sign-out at that provider too (ADR 019).
// This spec signs in through the UI on purpose.
import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { TEST_IDP_LOGIN, TEST_IDP_LOGOUT, type EmailVerifiedChoice } from "../tests/support/test-idp-login";
import { createTestUser } from "@/lib/orgs/testing/build-organization";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy } from "./support/copy";
import { SESSION_COOKIE, expect, test, withE2eDatabase } from "./support/login";
import { screenshot } from "./support/screenshot";
import { SSO_TEST_CLIENT } from "./support/sso-provider";

const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@sso.evne.test`;

/** From Evne's sign-in page through the provider's login page, back to Evne. */
async function signOn(page: Page, lang: "nb" | "en", email: string, emailVerified: EmailVerifiedChoice) {
  await page.goto(`/${lang}/sign-in?callbackUrl=${encodeURIComponent(`/${lang}/library`)}`);
  await page.getByRole("button", { name: copy[lang].auth.signIn.sso }).click();
  await expect(page.getByRole("heading", { name: TEST_IDP_LOGIN.title })).toBeVisible();
  await page.getByLabel(TEST_IDP_LOGIN.email.label, { exact: true }).fill(email);
  await page.getByLabel(TEST_IDP_LOGIN.emailVerified.label, { exact: true }).selectOption(emailVerified);
  await page.getByRole("button", { name: TEST_IDP_LOGIN.submit }).click();
}

type Row = { userId: string; provider: string };

const accountsOf = (email: string) =>
  withE2eDatabase(async (client) => {
    const result = await client.query<Row>(
      `select a."userId", a.provider from "Account" a join "User" u on u.id = a."userId" where u.email = $1`,
      [email],
    );
    return result.rows;
  });

const usersWith = (email: string) =>
  withE2eDatabase(async (client) => {
    const result = await client.query<{ id: string }>(`select id from "User" where email = $1`, [email]);
    return result.rows.map((row) => row.id);
  });

const sessionsOf = (userId: string) =>
  withE2eDatabase(async (client) => {
    const result = await client.query<{ count: string }>(
      `select count(*) from "Session" where "userId" = $1`,
      [userId],
    );
    return Number(result.rows[0]?.count);
  });

/** A person who signed up by email link before, as the nOAuth takeover would find them. */
const existingUser = async (email: string) =>
  (await createTestUser({ email, name: null, emailVerified: new Date() })).id;

const created: string[] = [];
test.afterEach(async () => {
  const emails = created.splice(0);
  await withE2eDatabase((client) => client.query(`delete from "User" where email = any($1)`, [emails]));
});

test("signs a new person in through the identity provider, with the address it verified in userinfo", async ({
  page,
}) => {
  const email = uniqueEmail("kari");
  created.push(email);
  await signOn(page, "nb", email, "true");
  await expect(page).toHaveURL(/\/nb\/library$/);
  await expect(page.getByRole("group", { name: copy.nb.auth.menu.label })).toContainText(email);
  expect(await accountsOf(email)).toEqual([{ userId: expect.any(String), provider: "oidc" }]);
});

test("links the identity to the account that already has the verified address", async ({ page }) => {
  const email = uniqueEmail("leder");
  created.push(email);
  const userId = await existingUser(email);
  await signOn(page, "nb", email, "true");
  await expect(page).toHaveURL(/\/nb\/library$/);
  expect(await usersWith(email)).toEqual([userId]);
  expect(await accountsOf(email)).toEqual([{ userId, provider: "oidc" }]);
  expect(await sessionsOf(userId)).toBe(1);
});

test("refuses a provider that does not send email_verified, says why, and links nothing", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail("manager");
  created.push(email);
  const userId = await existingUser(email);
  await signOn(page, "nb", email, "absent");
  await expect(page).toHaveURL(/\/nb\/sign-in\?error=SsoEmailUnverified$/);
  await expect(
    page.getByRole("alert").filter({ hasText: copy.nb.auth.errors.ssoEmailUnverified }),
  ).toBeVisible();
  await expect(page.getByRole("group", { name: copy.nb.auth.menu.label })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "sso-refused-nb");
  expect(await accountsOf(email)).toEqual([]);
  expect(await sessionsOf(userId)).toBe(0);
});

test("refuses email_verified false in the page's language, and creates no account", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail("ny");
  created.push(email);
  await signOn(page, "en", email, "false");
  await expect(page).toHaveURL(/\/en\/sign-in\?error=SsoEmailUnverified$/);
  await expect(
    page.getByRole("alert").filter({ hasText: copy.en.auth.errors.ssoEmailUnverified }),
  ).toBeVisible();
  await screenshot(page, testInfo, "sso-refused-en");
  expect(await usersWith(email)).toEqual([]);
});

/** The header's sign-out button. */
async function signOut(page: Page, lang: "nb" | "en") {
  await page
    .getByRole("group", { name: copy[lang].auth.menu.label })
    .getByRole("button", { name: copy[lang].auth.signOut.button })
    .click();
}

/** Requests the browser sends to the identity provider from now on. */
function providerRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(SSO_TEST_CLIENT.issuer)) urls.push(request.url());
  });
  return urls;
}

test("signing out ends the provider's session too, after Evne's, and comes back to Evne signed out", async ({
  page,
  baseURL,
}, testInfo) => {
  const email = uniqueEmail("ut");
  created.push(email);
  await signOn(page, "nb", email, "true");
  await expect(page).toHaveURL(/\/nb\/library$/);
  const [userId] = await usersWith(email);

  await signOut(page, "nb");
  // The provider accepted the ID token as a hint (an invalid one gets its error page) and asks.
  await expect(page.getByRole("heading", { name: TEST_IDP_LOGOUT.question })).toBeVisible();
  const logout = new URL(page.url());
  expect(`${logout.origin}${logout.pathname}`).toBe(`${SSO_TEST_CLIENT.issuer}/session/end`);
  expect(logout.searchParams.get("id_token_hint")).toMatch(/^eyJ/);
  expect(logout.searchParams.get("client_id")).toBe(SSO_TEST_CLIENT.clientId);
  expect(logout.searchParams.get("post_logout_redirect_uri")).toBe(`${baseURL}/api/auth/signed-out`);
  expect(logout.searchParams.get("state")).toBe("/nb");
  // Evne's session was gone before the browser left.
  expect(await sessionsOf(userId!)).toBe(0);

  await page.getByRole("button", { name: TEST_IDP_LOGOUT.confirm }).click();
  await expect(page).toHaveURL(/\/nb\/signed-out$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nb.auth.signedOut.title);
  await expect(page.getByRole("link", { name: copy.nb.nav.signIn, exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "signed-out-nb");

  // The provider's own session is gone: signing on again asks for credentials.
  await page.goto("/nb/sign-in");
  await page.getByRole("button", { name: copy.nb.auth.signIn.sso }).click();
  await expect(page.getByRole("heading", { name: TEST_IDP_LOGIN.title })).toBeVisible();
});

test("a session that began with an email link signs out of Evne only, though the person uses the provider too", async ({
  page,
  context,
  login,
}) => {
  const email = uniqueEmail("epost");
  created.push(email);
  await signOn(page, "nb", email, "true");
  await expect(page).toHaveURL(/\/nb\/library$/);
  // This time by email: a session as the email link makes it.
  await context.clearCookies({ name: SESSION_COOKIE });
  await login({ email });
  await page.goto("/nb/library");
  const sentToProvider = providerRequests(page);

  await signOut(page, "nb");
  await expect(page).toHaveURL(/\/nb$/);
  await expect(page.getByRole("link", { name: copy.nb.nav.signIn, exact: true })).toBeVisible();
  expect(sentToProvider).toEqual([]);
  // The provider's session was left alone: signing on again needs no credentials there.
  await page.goto(`/nb/sign-in?callbackUrl=${encodeURIComponent("/nb/library")}`);
  await page.getByRole("button", { name: copy.nb.auth.signIn.sso }).click();
  await expect(page).toHaveURL(/\/nb\/library$/);
  await expect(page.getByRole("group", { name: copy.nb.auth.menu.label })).toContainText(email);
});
