// Email notifications (issue 16, item 4), end to end: a person turns a kind of mail off on "My data
// & privacy" and finds it off after a reload; a mail's unsubscribe link shows what it is about and
// changes nothing until its button is pressed, then the person's page shows that switch off; a bad
// link answers 404 with its own explanation; mail programs' RFC 8058 one-click POST works without
// cookies and from another Origin. Copy comes from the locale files.
import enAccount from "@/locales/en/account.json";
import nbAccount from "@/locales/nb/account.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test, withE2eDatabase } from "./support/login";
import { createOrganization } from "./support/organizations";
import { actAs, fill, unique } from "./support/people";
import { screenshot } from "./support/screenshot";
import { unsubscribeTokenFor } from "./support/unsubscribe-token";

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 720 };

/** The kinds of mail the person has turned off (User.mailOptOut). */
const optOutOf = (userId: string) =>
  withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ mailOptOut: string[] }>(
      `select "mailOptOut" from "User" where id = $1`,
      [userId],
    );
    return rows[0]!.mailOptOut;
  });

test("nb: a person turns due-date reminders off on My data & privacy, and they stay off after a reload", async ({
  page,
  login,
}, testInfo) => {
  const a = nbAccount;
  const person = await login({ name: `Kari ${unique()}`, language: "nb" });
  const slug = await createOrganization(page, `Fjordlys ${unique()}`);
  await page.goto(`/nb/o/${slug}/me`);

  const section = page.getByRole("region", { name: a.mailPreferences.title });
  await expect(section.getByText(a.mailPreferences.always)).toBeVisible();
  const kinds = ["assigned", "dueReminder", "rateAgain", "digest"] as const;
  for (const kind of kinds) {
    const control = section.getByRole("switch", { name: a.mailPreferences.kinds[kind].label });
    await expect(control).toBeChecked();
    await expect(control).toHaveAccessibleDescription(a.mailPreferences.kinds[kind].help);
  }

  await section.getByRole("switch", { name: a.mailPreferences.kinds.dueReminder.label }).click();
  await expect(section.getByRole("status")).toHaveText(a.mailPreferences.kinds.dueReminder.turnedOff);
  expect(await optOutOf(person.id)).toEqual(["dueReminder"]);

  await page.reload();
  for (const kind of kinds)
    await expect(
      page
        .getByRole("region", { name: a.mailPreferences.title })
        .getByRole("switch", { name: a.mailPreferences.kinds[kind].label }),
    ).toBeChecked({ checked: kind !== "dueReminder" });
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "me-mail-preferences-nb");
  await page.setViewportSize(phone);
  await page.getByRole("heading", { name: a.mailPreferences.title }).scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "me-mail-preferences-nb-phone");
});

test("en: an unsubscribe link shows its kind of mail and changes nothing until the button, then the person's page shows it off", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  const a = enAccount;
  const person = await login({ name: `Ola ${unique()}`, language: "en" });
  const slug = await createOrganization(page, `Fjordlys ${unique()}`, "en");
  const token = await unsubscribeTokenFor(person.id, "rateAgain");
  const label = a.mailPreferences.kinds.rateAgain.label;

  // Signed out, as from a mail program. Opening the link (twice, like a mail scanner and then the
  // person) shows the kind of mail and one button, and changes nothing.
  await context.clearCookies();
  for (let time = 0; time < 2; time++) {
    const response = await page.goto(`/en/unsubscribe?token=${token}`);
    expect(response?.status()).toBe(200);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.unsubscribe.title);
  await expect(page.getByText(label, { exact: true })).toBeVisible();
  await expect(page.getByText(a.mailPreferences.kinds.rateAgain.help)).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  await expect(page).toHaveTitle(new RegExp(a.unsubscribe.metaTitle));
  expect(await optOutOf(person.id)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "unsubscribe-en");
  await page.setViewportSize(phone);
  await screenshot(page, testInfo, "unsubscribe-en-phone");
  await page.setViewportSize(desktop);

  await page.getByRole("button", { name: a.unsubscribe.button }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(a.unsubscribe.done.title);
  await expect(heading).toBeFocused();
  await expect(page.getByText(fill(a.unsubscribe.done.body, { kind: label }))).toBeVisible();
  await expect(page.getByText(fill(a.unsubscribe.done.again, { page: a.title }))).toBeVisible();
  expect(await optOutOf(person.id)).toEqual(["rateAgain"]);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "unsubscribe-done-en");
  await page.setViewportSize(phone);
  await screenshot(page, testInfo, "unsubscribe-done-en-phone");
  await page.setViewportSize(desktop);

  // Signed out, the way back to the switches is signing in.
  await page.getByRole("link", { name: a.unsubscribe.done.signIn }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);

  // Signed in again, the person's page shows that one switch off.
  await actAs(page, context, baseURL, person);
  await page.goto(`/en/o/${slug}/me`);
  const section = page.getByRole("region", { name: a.mailPreferences.title });
  await expect(section.getByRole("switch", { name: label })).not.toBeChecked();
  await expect(section.getByRole("switch", { name: a.mailPreferences.kinds.assigned.label })).toBeChecked();
});

test("en: a cut-off or altered unsubscribe link answers 404 with what to do instead, and changes nothing", async ({
  page,
  login,
}, testInfo) => {
  const a = enAccount;
  const person = await login({ name: `Sara ${unique()}`, language: "en" });
  const token = await unsubscribeTokenFor(person.id, "digest");
  const [body, signature] = token.split(".");
  const otherKind = Buffer.from(`${person.id}.assigned`).toString("base64url");
  for (const bad of [
    `?token=${otherKind}.${signature}`,
    `?token=${body}.`,
    `?token=${token.slice(0, 40)}`,
    "",
  ]) {
    const response = await page.goto(`/en/unsubscribe${bad}`);
    expect(response?.status(), bad).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.unsubscribe.invalid.title);
    await expect(page.getByText(fill(a.unsubscribe.invalid.body, { page: a.title }))).toBeVisible();
  }
  await expect(page.getByRole("button", { name: a.unsubscribe.button })).toHaveCount(0);
  await expect(page).toHaveTitle(a.unsubscribe.invalid.title);
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
  expect(await optOutOf(person.id)).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "unsubscribe-invalid-en");
  await page.setViewportSize(phone);
  await screenshot(page, testInfo, "unsubscribe-invalid-en-phone");
});

test("a mail program's one-click POST unsubscribes without cookies and from its own Origin; GET only leads to the page", async ({
  playwright,
  baseURL,
  login,
}) => {
  const person = await login({ name: `Jonas ${unique()}` });
  const token = await unsubscribeTokenFor(person.id, "digest");
  const mailProgram = await playwright.request.newContext({ baseURL });
  try {
    const opened = await mailProgram.get(`/api/unsubscribe?token=${token}`, {
      maxRedirects: 0,
      headers: { "accept-language": "nb-NO,nb;q=0.9" },
    });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toBe(`/nb/unsubscribe?token=${token}`);
    expect(await optOutOf(person.id)).toEqual([]);

    const headers = { origin: "https://mail.example", "sec-fetch-site": "cross-site" };
    const missingBody = await mailProgram.post(`/api/unsubscribe?token=${token}`, { headers });
    expect(missingBody.status()).toBe(400);
    const altered = await mailProgram.post(`/api/unsubscribe?token=${token}x`, {
      headers,
      form: { "List-Unsubscribe": "One-Click" },
    });
    expect(altered.status()).toBe(400);
    expect(await optOutOf(person.id)).toEqual([]);

    for (let time = 0; time < 2; time++) {
      const response = await mailProgram.post(`/api/unsubscribe?token=${token}`, {
        headers,
        form: { "List-Unsubscribe": "One-Click" },
      });
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
      expect(await optOutOf(person.id)).toEqual(["digest"]);
    }
    const multipart = await mailProgram.post(`/api/unsubscribe?token=${token}`, {
      headers,
      multipart: { "List-Unsubscribe": "One-Click" },
    });
    expect(multipart.status()).toBe(200);
    expect(await optOutOf(person.id)).toEqual(["digest"]);
  } finally {
    await mailProgram.dispose();
  }
});
