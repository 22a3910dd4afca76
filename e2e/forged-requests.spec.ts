// Forged and oversized requests (issue 8, items 5 and 7): a real server action replayed from
// another origin changes nothing, next-auth's endpoints refuse foreign origins, bodies over the
// limit get a 413, and the CSV form refuses a too-large file before sending it.
import { queueSettled } from "./support/outbox";
import type { Request as BrowserRequest } from "@playwright/test";
import nbPeople from "@/locales/nb/people.json";
import { copy } from "./support/copy";
import { expect, test, withE2eDatabase, type LoggedInUser } from "./support/login";
import { fill, unique } from "./support/people";

/** Whether `owner` has an organization with this address (row-level security binds the owner role too). */
const organizationExists = (slug: string, owner: LoggedInUser) =>
  withE2eDatabase(async (client) => {
    await client.query("begin");
    await client.query(`select set_config('app.user_id', $1, true)`, [owner.id]);
    const { rows } = await client.query(`select 1 from "Organization" where slug = $1`, [slug]);
    await client.query("commit");
    return rows.length === 1;
  });

test("a server action replayed with a foreign or null Origin is refused and changes nothing; with ours it runs", async ({
  page,
  login,
  baseURL,
}) => {
  const owner = await login({ name: `Forged ${unique()}` });
  await page.goto("/nb/orgs/new");
  await page.getByLabel(copy.nb.orgs.new.name).fill(`Forged ${unique()}`);
  const slug = await page.getByLabel(copy.nb.orgs.new.slug).inputValue();

  // Capture the real action request the form sends, and keep it from reaching the server.
  let captured: BrowserRequest | undefined;
  await page.route("**/nb/orgs/new", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = route.request();
    await route.abort();
  });
  await page.getByRole("button", { name: copy.nb.orgs.new.submit }).click();
  await expect.poll(() => captured).toBeDefined();
  const actionHeaders = await captured!.allHeaders();
  expect(actionHeaders["next-action"]).toMatch(/^[0-9a-f]{40,}$/);
  const replay = (origin: string | undefined) =>
    page.request.post("/nb/orgs/new", {
      headers: {
        "next-action": actionHeaders["next-action"]!,
        "next-router-state-tree": actionHeaders["next-router-state-tree"] ?? "",
        "content-type": actionHeaders["content-type"]!,
        accept: "text/x-component",
        ...(origin === undefined ? {} : { origin }),
      },
      data: captured!.postDataBuffer()!,
      maxRedirects: 0,
    });

  for (const origin of ["https://evil.example", "null"]) {
    const response = await replay(origin);
    expect(response.status(), `Origin: ${origin}`).toBe(403);
    expect(await organizationExists(slug, owner), `Origin: ${origin}`).toBe(false);
  }

  const own = await replay(new URL(baseURL!).origin);
  expect(own.status()).toBeLessThan(400);
  expect(await organizationExists(slug, owner)).toBe(true);
});

test("next-auth's sign-in and sign-out refuse a foreign Origin, and a cross-site request without one", async ({
  request,
  baseURL,
}) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const form = { csrfToken: csrf.csrfToken, email: `forged-${unique()}@evne.test`, callbackUrl: "/nb" };
  for (const path of ["/api/auth/signin/email", "/api/auth/signout"]) {
    const forgeries: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of forgeries) {
      const response = await request.post(path, { form, headers, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
  }
  await queueSettled();
  const outbox = await withE2eDatabase(async (client) => {
    const { rows } = await client.query(
      `select count(*)::int as count from "OutboxMessage" where "to" = $1`,
      [form.email],
    );
    return rows[0].count as number;
  });
  expect(outbox, "no sign-in mail for forged requests").toBe(0);

  // The same sign-out from our own origin is let through to next-auth (which redirects).
  const own = await request.post("/api/auth/signout", {
    form,
    headers: { origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(302);
});

test("a body over the limit gets 413, and the CSV form refuses a too-large file before sending it", async ({
  page,
  login,
  baseURL,
}) => {
  const oversized = await page.request.post("/nb/orgs/new", {
    headers: {
      origin: new URL(baseURL!).origin,
      "next-action": "0".repeat(42),
      "content-type": "text/plain",
    },
    data: "x".repeat(1024 * 1024 + 1),
    maxRedirects: 0,
  });
  expect(oversized.status()).toBe(413);
  expect(await oversized.json()).toEqual({ error: "TOO_LARGE", maxBytes: 1024 * 1024 });

  await login({ name: `Csv ${unique()}` });
  await page.goto("/nb/orgs/new");
  await page.getByLabel(copy.nb.orgs.new.name).fill(`Csv ${unique()}`);
  const slug = await page.getByLabel(copy.nb.orgs.new.slug).inputValue();
  await page.getByRole("button", { name: copy.nb.orgs.new.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/o/${slug}$`));

  await page.goto(`/nb/o/${slug}/invitations/import`);
  const actions: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") actions.push(request.url());
  });
  await page.getByLabel(nbPeople.import.file.label).setInputFiles({
    name: "people.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`email\n${"a".repeat(901 * 1024)}@example.com\n`),
  });
  await page.getByRole("button", { name: nbPeople.import.file.submit }).click();
  await expect(page.getByText(fill(nbPeople.import.fileErrors.tooLarge, { maxKb: 900 }))).toHaveRole("alert");
  expect(actions, "nothing was uploaded").toEqual([]);
});
