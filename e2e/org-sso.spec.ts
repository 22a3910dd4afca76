// Per-organization single sign-on end to end (ADR 016): an owner connects the test identity provider
// (a second client of the one globalSetup started) on the SSO page, the domain is verified by the
// operator's function, and a person of that domain who types their address on the sign-in page is
// sent to the provider, comes back signed in and, with just-in-time membership, is a member. With
// SSO required, mail sign-in for the domain is refused. Signing out ends the session at the
// organization's provider too (ADR 019). The owner removes domains and disconnects the provider;
// then the domain's people sign in by mail again. This spec signs in through the UI on purpose.
import { randomUUID } from "node:crypto";
import { verifyDomainAsOperator } from "../lib/sso/operator-verify-domain";
import { TEST_IDP_LOGIN, TEST_IDP_LOGOUT } from "../tests/support/test-idp-login";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy } from "./support/copy";
import { expect, test, withE2eDatabase } from "./support/login";
import { createOrganization } from "./support/organizations";
import { screenshot } from "./support/screenshot";
import { ORG_SSO_TEST_CLIENT, SSO_TEST_CLIENT } from "./support/sso-provider";

const en = copy.en;
const withDomain = (text: string, domain: string) => text.replace("{{domain}}", domain);

test("an owner connects the organization's provider; its people sign in through it and join", async ({
  page,
  browser,
  baseURL,
  login,
}, testInfo) => {
  const domain = `org-${randomUUID().slice(0, 8)}.evne.test`;
  const person = `ann@${domain}`;
  await login({ language: "en" });
  const slug = await createOrganization(page, `SSO ${domain}`, "en");

  await page.goto(`/en/o/${slug}/settings/sso`);
  await expect(page.getByRole("heading", { level: 1, name: en.sso.title })).toBeVisible();
  await page.getByLabel(en.sso.issuer).fill(SSO_TEST_CLIENT.issuer);
  await page.getByLabel(en.sso.clientId).fill(ORG_SSO_TEST_CLIENT.clientId);
  await page.getByLabel(en.sso.clientSecret).fill(ORG_SSO_TEST_CLIENT.clientSecret);
  await page.getByLabel(en.sso.jitEnabled).check();
  await page.getByRole("button", { name: en.sso.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: en.sso.saved })).toBeVisible();

  await page.getByLabel(en.sso.domain, { exact: true }).fill(domain);
  await page.getByRole("button", { name: en.sso.addDomain }).click();
  await expect(page.getByText(/^evne-verification=[0-9a-f]{32}$/)).toBeVisible();
  // Both addresses to register with the provider: the callback and the one for after sign-out.
  await expect(page.getByText(`${baseURL}/api/auth/signed-out`, { exact: true })).toBeVisible();

  // The operator's manual override, the same function as npm run sso:verify-domain.
  const verified = await withE2eDatabase((client) =>
    verifyDomainAsOperator(client, { orgSlug: slug, domain }),
  );
  expect(verified).toMatchObject({ ok: true });
  await page.reload();
  await expect(page.getByText(`${domain} (${en.sso.verified})`)).toBeVisible();
  // The secret is never shown again: the field is empty and says one is stored.
  await expect(page.getByLabel(en.sso.clientSecret)).toHaveValue("");
  await expect(page.getByText(en.sso.clientSecretStored)).toBeVisible();
  await expect(page.locator("body")).not.toContainText(ORG_SSO_TEST_CLIENT.clientSecret);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "org-sso-settings-en");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, testInfo, "org-sso-settings-en-390");
  await page.setViewportSize({ width: 1280, height: 720 });

  // Someone of that domain, signed out, in their own browser.
  const context = await browser.newContext({ baseURL, locale: "en" });
  const visitor = await context.newPage();
  try {
    // Not required: "email me a link instead" still works for an address of the domain.
    await visitor.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("/en/library")}`);
    await visitor.getByLabel(en.auth.signIn.emailLabel).fill(person);
    await visitor.getByRole("button", { name: en.auth.signIn.submit }).click();
    await visitor.getByRole("button", { name: en.auth.signIn.ssoChoice.mailInstead }).click();
    await expect(visitor).toHaveURL(/\/en\/verify\?email=/);

    await visitor.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("/en/library")}`);
    await visitor.getByLabel(en.auth.signIn.emailLabel).fill(person);
    await visitor.getByRole("button", { name: en.auth.signIn.submit }).click();
    // Not required: the person may choose a mailed link instead; here they take the organization's.
    await expect(visitor.getByRole("button", { name: en.auth.signIn.ssoChoice.mailInstead })).toBeVisible();
    await expectNoSeriousA11yViolations(visitor);
    await visitor.getByRole("button", { name: en.auth.signIn.ssoChoice.continue }).click();
    await expect(visitor.getByRole("heading", { name: TEST_IDP_LOGIN.title })).toBeVisible();
    await visitor.getByLabel(TEST_IDP_LOGIN.email.label, { exact: true }).fill(person);
    await visitor.getByLabel(TEST_IDP_LOGIN.emailVerified.label, { exact: true }).selectOption("true");
    await visitor.getByRole("button", { name: TEST_IDP_LOGIN.submit }).click();
    await expect(visitor).toHaveURL(/\/en\/library$/);
    await expect(visitor.getByRole("group", { name: en.auth.menu.label })).toContainText(person);

    // As the owner role, which row-level security binds too: in a transaction scoped to the organization.
    const orgId = verified.ok ? verified.orgId : "";
    const members = await withE2eDatabase(async (client) => {
      await client.query("begin");
      await client.query("select set_config('app.org_id', $1, true)", [orgId]);
      const result = await client.query<{ role: string; status: string; provider: string }>(
        `select m.role, m.status, a.provider from "Membership" m
           join "User" u on u.id = m."userId"
           join "Account" a on a."userId" = u.id
          where m."organizationId" = $1 and u.email = $2`,
        [orgId, person],
      );
      await client.query("commit");
      return result.rows;
    });
    expect(members).toEqual([
      { role: "employee", status: "active", provider: expect.stringMatching(/^oidc-org-/) },
    ]);

    // Signing out ends the session at the organization's provider too, for its own client.
    await visitor
      .getByRole("group", { name: en.auth.menu.label })
      .getByRole("button", { name: en.auth.signOut.button })
      .click();
    await expect(visitor.getByRole("heading", { name: TEST_IDP_LOGOUT.question })).toBeVisible();
    expect(new URL(visitor.url()).searchParams.get("client_id")).toBe(ORG_SSO_TEST_CLIENT.clientId);
    await visitor.getByRole("button", { name: TEST_IDP_LOGOUT.confirm }).click();
    await expect(visitor).toHaveURL(/\/en\/signed-out$/);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(en.auth.signedOut.title);

    // Required: mail sign-in for the domain is refused, in the page's language.
    await page.getByLabel(en.sso.required).check();
    await page.getByRole("button", { name: en.sso.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: en.sso.saved })).toBeVisible();
    const anonymous = await browser.newContext({ baseURL, locale: "en" });
    try {
      const request = anonymous.request;
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const answer = await request.post("/api/auth/signin/email?lang=en", {
        headers: { "X-Auth-Return-Redirect": "1", Origin: baseURL! },
        form: { csrfToken, email: `bob@${domain}`, callbackUrl: "/en/library", json: "true" },
      });
      const { url } = (await answer.json()) as { url: string };
      expect(url).toContain("error=SsoRequired");
      const refused = await anonymous.newPage();
      await refused.goto(url);
      await expect(refused.getByRole("alert").filter({ hasText: en.auth.errors.ssoRequired })).toBeVisible();
      await expectNoSeriousA11yViolations(refused);
    } finally {
      await anonymous.close();
    }
    const mailed = await withE2eDatabase(async (client) => {
      const result = await client.query(`select 1 from "VerificationToken" where identifier = $1`, [
        `bob@${domain}`,
      ]);
      return result.rowCount;
    });
    expect(mailed).toBe(0);
  } finally {
    await context.close();
    await withE2eDatabase((client) => client.query(`delete from "User" where email = $1`, [person]));
  }
});

test("an owner removes domains and disconnects the provider; the domain's people sign in by mail again", async ({
  page,
  browser,
  baseURL,
  login,
}, testInfo) => {
  const id = randomUUID().slice(0, 8);
  const kept = `keep-${id}.evne.test`;
  const removed = `gone-${id}.evne.test`;
  const pending = `pending-${id}.evne.test`;
  await login({ language: "en" });
  const slug = await createOrganization(page, `SSO off ${id}`, "en");

  await page.goto(`/en/o/${slug}/settings/sso`);
  await page.getByLabel(en.sso.issuer).fill(SSO_TEST_CLIENT.issuer);
  await page.getByLabel(en.sso.clientId).fill(ORG_SSO_TEST_CLIENT.clientId);
  await page.getByLabel(en.sso.clientSecret).fill(ORG_SSO_TEST_CLIENT.clientSecret);
  await page.getByLabel(en.sso.required).check();
  await page.getByRole("button", { name: en.sso.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: en.sso.saved })).toBeVisible();
  for (const domain of [kept, removed, pending]) {
    await page.getByLabel(en.sso.domain, { exact: true }).fill(domain);
    await page.getByRole("button", { name: en.sso.addDomain }).click();
    await expect(page.getByText(`${domain} (${en.sso.notVerified})`)).toBeVisible();
  }
  for (const domain of [kept, removed]) {
    const verified = await withE2eDatabase((client) =>
      verifyDomainAsOperator(client, { orgSlug: slug, domain }),
    );
    expect(verified).toMatchObject({ ok: true });
  }
  await page.reload();
  await expect(page.getByText(`${removed} (${en.sso.verified})`)).toBeVisible();

  // Where the sign-in page sends an address: what its form asks before anything else.
  const routeOf = async (email: string) => {
    const answer = await page.request.post("/api/auth/sso-route", {
      headers: { Origin: baseURL! },
      form: { email },
    });
    return ((await answer.json()) as { provider: string | null; required: boolean }).provider;
  };
  expect(await routeOf(`ann@${removed}`)).toMatch(/^oidc-org-/);
  expect(await routeOf(`ann@${kept}`)).toMatch(/^oidc-org-/);

  // A pending domain: nothing changes for sign-in, and the dialog says so.
  await page.getByRole("button", { name: withDomain(en.sso.removeName, pending) }).click();
  let dialog = page.getByRole("dialog", { name: withDomain(en.sso.confirmRemove.title, pending) });
  await expect(dialog).toContainText(en.sso.confirmRemove.bodyPending);
  await dialog.getByRole("button", { name: en.sso.remove, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: en.sso.domainRemoved })).toBeVisible();
  await expect(page.getByText(pending)).toHaveCount(0);

  // A verified domain: the dialog says its people are no longer sent to the provider. Cancel first.
  await page.getByRole("button", { name: withDomain(en.sso.removeName, removed) }).click();
  dialog = page.getByRole("dialog", { name: withDomain(en.sso.confirmRemove.title, removed) });
  await expect(dialog).toContainText(withDomain(en.sso.confirmRemove.bodyVerified, removed));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "org-sso-remove-domain-en");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, testInfo, "org-sso-remove-domain-en-390");
  await page.setViewportSize({ width: 1280, height: 720 });
  await dialog.getByRole("button", { name: en.sso.cancel }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${removed} (${en.sso.verified})`)).toBeVisible();
  await page.getByRole("button", { name: withDomain(en.sso.removeName, removed) }).click();
  await dialog.getByRole("button", { name: en.sso.remove, exact: true }).click();
  await expect(page.getByText(removed)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: en.sso.domainRemoved })).toBeVisible();
  expect(await routeOf(`ann@${removed}`)).toBeNull();
  expect(await routeOf(`ann@${kept}`)).toMatch(/^oidc-org-/);

  // Disconnect: the dialog says what goes and what stays.
  await page.getByRole("button", { name: en.sso.disconnect }).click();
  dialog = page.getByRole("dialog", { name: en.sso.confirmDisconnect.title });
  await expect(dialog).toContainText(en.sso.confirmDisconnect.body);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "org-sso-disconnect-en");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, testInfo, "org-sso-disconnect-en-390");
  await page.setViewportSize({ width: 1280, height: 720 });
  await dialog.getByRole("button", { name: en.sso.disconnect }).click();
  await expect(page.getByRole("status").filter({ hasText: en.sso.disconnected })).toBeVisible();
  await expect(page.getByRole("button", { name: en.sso.disconnect })).toHaveCount(0);
  await expect(page.getByLabel(en.sso.issuer)).toHaveValue("");
  await expect(page.getByLabel(en.sso.required)).not.toBeChecked();
  await expect(page.getByText(en.sso.clientSecretStored)).toHaveCount(0);
  // The domain stays, verified, but leads nowhere without a provider.
  await expect(page.getByText(`${kept} (${en.sso.verified})`)).toBeVisible();
  expect(await routeOf(`ann@${kept}`)).toBeNull();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "org-sso-disconnected-en");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, testInfo, "org-sso-disconnected-en-390");
  await page.setViewportSize({ width: 1280, height: 720 });

  // Someone of the kept domain, where SSO was required: the sign-in form mails a link.
  const context = await browser.newContext({ baseURL, locale: "en" });
  try {
    const visitor = await context.newPage();
    await visitor.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("/en/library")}`);
    await visitor.getByLabel(en.auth.signIn.emailLabel).fill(`bob@${kept}`);
    await visitor.getByRole("button", { name: en.auth.signIn.submit }).click();
    await expect(visitor).toHaveURL(/\/en\/verify\?email=/);
    await expect(visitor.getByRole("button", { name: en.auth.signIn.ssoChoice.continue })).toHaveCount(0);
  } finally {
    await context.close();
  }
  const mailed = await withE2eDatabase(async (client) => {
    const result = await client.query(`select 1 from "VerificationToken" where identifier = $1`, [
      `bob@${kept}`,
    ]);
    return result.rowCount;
  });
  expect(mailed).toBe(1);
});
