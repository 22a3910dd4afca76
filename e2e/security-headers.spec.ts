// Security headers on every kind of response (issue 8, item 4), and pages that still work in
// Chromium under the nonce Content-Security-Policy: no violation, hydration and dialogs work.
import type { APIResponse, Page } from "@playwright/test";
import nbAccount from "@/locales/nb/account.json";
import nbLibrary from "@/locales/nb/library.json";
import { copy } from "./support/copy";
import { expect, test } from "./support/login";
import { unique } from "./support/people";
import { FLAGSHIP } from "./support/programs";
import { screenshot } from "./support/screenshot";

const FIXED_HEADERS = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": /camera=\(\), microphone=\(\), geolocation=\(\)/,
};

function expectFixedHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(FIXED_HEADERS)) {
    if (typeof value === "string") expect(headers[name], `${name} on ${what}`).toBe(value);
    else expect(headers[name], `${name} on ${what}`).toMatch(value);
  }
  expect(headers["strict-transport-security"], `no HSTS over http on ${what}`).toBeUndefined();
}

function expectPolicy(response: APIResponse, what: string): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  for (const directive of [
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/,
    /object-src 'none'/,
    /base-uri 'none'/,
    /frame-ancestors 'none'/,
    /form-action 'self'/,
    /report-uri \/api\/csp-report/,
  ]) {
    expect(policy, `CSP on ${what}`).toMatch(directive);
  }
  expect(policy, `CSP on ${what}`).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  return policy;
}

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

test("every kind of response carries the security headers", async ({ request }) => {
  const page = await request.get("/nb/library", { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  const html = await page.text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset, "a script of the build on the page").toBeDefined();

  const responses: [string, APIResponse, { status: number; csp: boolean }][] = [
    ["page", page, { status: 200, csp: true }],
    ["redirect", await request.get("/library", { maxRedirects: 0 }), { status: 307, csp: true }],
    ["404", await request.get(`/nb/no-such-page-${unique()}`), { status: 404, csp: true }],
    ["health", await request.get("/api/health"), { status: 200, csp: true }],
    ["auth session", await request.get("/api/auth/session"), { status: 200, csp: true }],
    ["robots.txt", await request.get("/robots.txt"), { status: 200, csp: true }],
    ["sitemap.xml", await request.get("/sitemap.xml"), { status: 200, csp: true }],
    [
      "csp report",
      await request.post("/api/csp-report", {
        headers: { "content-type": "application/csp-report" },
        data: JSON.stringify({ "csp-report": { "document-uri": "http://x/", "violated-directive": "test" } }),
      }),
      { status: 204, csp: true },
    ],
    // The build's hashed files skip the proxy: no policy needed on a script, but the fixed headers are there.
    ["static asset", await request.get(asset!), { status: 200, csp: false }],
  ];
  for (const [what, response, expected] of responses) {
    expect(response.status(), what).toBe(expected.status);
    expectFixedHeaders(response, what);
    if (expected.csp) expectPolicy(response, what);
  }
});

test("the nonce is fresh per request and is the one on the page's scripts", async ({ request }) => {
  const first = await request.get("/nb/library");
  const second = await request.get("/nb/library");
  const firstNonce = nonceOf(expectPolicy(first, "first"));
  const secondNonce = nonceOf(expectPolicy(second, "second"));
  expect(firstNonce).toBeDefined();
  expect(firstNonce).not.toBe(secondNonce);

  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) {
    // JSON data blocks never run; every script that can run has this response's nonce.
    if (/type="application\/(ld\+)?json"/.test(tag)) continue;
    expect(tag).toContain(`nonce="${firstNonce}"`);
  }
});

test("HSTS only when the reverse proxy says the request came over https", async ({ request }) => {
  for (const path of ["/nb/library", "/api/health", "/robots.txt"]) {
    const http = await request.get(path);
    expect(http.headers()["strict-transport-security"], path).toBeUndefined();
    const https = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
  }
});

/** Records CSP violations in the page (the event fires before any report is sent). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI} on ${location.pathname}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("the main pages work under the policy: no violation, client components and dialogs respond", async ({
  page,
  login,
}, testInfo) => {
  const violations = await watchViolations(page);

  // Library: the search is a client component; typing filters the list.
  await page.goto("/nb/library");
  const search = page.getByLabel(nbLibrary.search.label);
  await search.fill(`zzz-${unique()}`);
  await expect(page.getByRole("button", { name: nbLibrary.search.clear })).toBeVisible();
  await page.getByRole("button", { name: nbLibrary.search.clear }).click();
  await expect(search).toHaveValue("");

  // Program and statement pages, reached by client-side navigation.
  await page.goto(`/nb/library/${FLAGSHIP}`);
  const statement = page.locator(`a[href^="/nb/library/${FLAGSHIP}/"]:not([href$="/copy"])`).first();
  await statement.click();
  await expect(page).toHaveURL(new RegExp(`/nb/library/${FLAGSHIP}/[^/]+$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await screenshot(page, testInfo, "csp-statement-nb");

  await page.goto("/nb/sign-in");
  await expect(page.getByLabel(copy.nb.auth.signIn.emailLabel)).toBeVisible();

  // A workspace: the new-organization form proposes an address as one types (client code),
  // its server action creates the organization, and the account page opens a dialog.
  await login({ name: `Csp ${unique()}` });
  const name = `Csp ${unique()}`;
  await page.goto("/nb/orgs/new");
  await page.getByLabel(copy.nb.orgs.new.name).fill(name);
  const slug = await page.getByLabel(copy.nb.orgs.new.slug).inputValue();
  expect(slug).toMatch(/^csp-/);
  await page.getByRole("button", { name: copy.nb.orgs.new.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/o/${slug}$`));

  // The invitations page once pulled a Node crypto polyfill into the browser that probes eval.
  await page.goto(`/nb/o/${slug}/invitations`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto(`/nb/o/${slug}/me`);
  await page.getByRole("button", { name: nbAccount.delete.button }).click();
  const dialog = page.getByRole("dialog", { name: nbAccount.delete.dialogTitle });
  await expect(dialog).toBeVisible();
  await screenshot(page, testInfo, "csp-dialog-nb");
  await dialog.getByRole("button", { name: nbAccount.delete.cancel }).click();
  await expect(dialog).toBeHidden();

  expect(violations).toEqual([]);
});
