// Security headers on every kind of response (issue 8, item 4), and pages that still work in
// Chromium under the nonce Content-Security-Policy: no violation, hydration and dialogs work.
// Public pages for visitors who are not signed in come from the server's memory with a policy of
// script hashes instead of a nonce (issue 17, item 1; ADR 022): the same checks hold for them.
import type { APIRequestContext as APIRequest, APIResponse, Page } from "@playwright/test";
import nbAccount from "@/locales/nb/account.json";
import nbLibrary from "@/locales/nb/library.json";
import { createHash } from "node:crypto";
import { copy } from "./support/copy";
import { expect, SESSION_COOKIE, test, withE2eDatabase } from "./support/login";
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

const NONCE_SCRIPTS = /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/;
/** A page from cache: our origin's files and the hashed inline scripts Next wrote, nothing else. */
const HASHED_SCRIPTS = /script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')+(;|$)/;

/** `scripts`: a nonce (rendered for this request), hashes (from cache), or either (a public page). */
function expectPolicy(
  response: APIResponse,
  what: string,
  scripts: "nonce" | "hashes" | "either" = "nonce",
): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const allowed = {
    nonce: [NONCE_SCRIPTS],
    hashes: [HASHED_SCRIPTS],
    either: [NONCE_SCRIPTS, HASHED_SCRIPTS],
  }[scripts];
  expect(
    allowed.some((pattern) => pattern.test(policy)),
    `script-src of ${what}: ${policy}`,
  ).toBe(true);
  for (const directive of [
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

  const responses: [string, APIResponse, { status: number; csp: boolean | "either" }][] = [
    ["page", page, { status: 200, csp: "either" }],
    ["private page", await request.get("/nb/sign-in", { maxRedirects: 0 }), { status: 200, csp: true }],
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
    if (expected.csp) expectPolicy(response, what, expected.csp === "either" ? "either" : "nonce");
  }
});

test("the nonce is fresh per request and is the one on the page's scripts", async ({ request }) => {
  // The sign-in page is rendered for each request (public pages may come from cache: below).
  const first = await request.get("/nb/sign-in");
  const second = await request.get("/nb/sign-in");
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

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** The public page as it comes from cache (the first request after a change renders it). */
async function cachedPage(request: APIRequest, path: string): Promise<APIResponse> {
  let response: APIResponse | undefined;
  await expect
    .poll(async () => {
      response = await request.get(path);
      return HASHED_SCRIPTS.test(response.headers()["content-security-policy"] ?? "");
    })
    .toBe(true);
  return response!;
}

test("public pages come from cache with the hashes of their own inline scripts and no nonce", async ({
  request,
  login,
}) => {
  const statementPath = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ key: string }>(
      `select s.key from "LibraryStatement" s join "LibraryProgram" p on p.id = s."programId"
        where p.slug = $1 order by s.position limit 1`,
      [FLAGSHIP],
    );
    return `/en/library/${FLAGSHIP}/${rows[0]!.key}`;
  });
  for (const path of ["/nb", "/nb/library", `/nl/library/${FLAGSHIP}`, statementPath]) {
    const response = await cachedPage(request, path);
    expect(response.status(), path).toBe(200);
    expectFixedHeaders(response, path);
    const policy = expectPolicy(response, path, "hashes");
    expect(policy, path).not.toMatch(/nonce|strict-dynamic/);
    const html = await response.text();
    expect(html, path).not.toMatch(/<script[^>]*\snonce=/);
    // Every inline script on the page is allowed by its hash, and there are such scripts.
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes]) => !/\ssrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!),
    );
    expect(inline.length, path).toBeGreaterThan(0);
    for (const [, , text] of inline) expect(policy, path).toContain(sha256(text!));
    expect(response.headers()["etag"], path).toBeDefined();
    const revalidated = await request.get(path, {
      headers: { "if-none-match": response.headers()["etag"]! },
    });
    expect(revalidated.status(), path).toBe(304);
  }
  // Over https (the reverse proxy says so) the page from cache carries HSTS like any other answer.
  const https = await cachedPage(request, "/nb/library");
  expect(https.headers()["strict-transport-security"]).toBeUndefined();
  const overHttps = await request.get("/nb/library", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");

  // Signed in, the page is rendered for the person: their name in the header, a nonce policy.
  const name = `Cached ${unique()}`;
  const user = await login({ name });
  const signedIn = await request.get("/nb/library", {
    headers: { cookie: `${SESSION_COOKIE}=${user.sessionToken}` },
  });
  expectPolicy(signedIn, "the library signed in", "nonce");
  expect(await signedIn.text()).toContain(name);
});

test("a library update shows on the next request once the content version was read again", async ({
  request,
}) => {
  const program = await withE2eDatabase(async (client) => {
    const { rows } = await client.query<{ slug: string; version: string; tagline: string }>(
      `select slug, "currentVersion" as version, tagline->>'nl' as tagline from "LibraryProgram"
        where slug <> $1 order by position desc limit 1`,
      [FLAGSHIP],
    );
    return rows[0]!;
  });
  const path = `/nl/library/${program.slug}`;
  const marker = `Bijgewerkt ${unique()}`;
  await cachedPage(request, path);
  try {
    // What npm start's library seed does when a program's content changed: new text, new version.
    await withE2eDatabase((client) =>
      client.query(
        `update "LibraryProgram" set tagline = jsonb_set(tagline, '{nl}', to_jsonb($2::text)),
                "currentVersion" = "currentVersion" || '-e2e' where slug = $1`,
        [program.slug, marker],
      ),
    );
    await expect.poll(async () => (await request.get(path)).text()).toContain(marker);
    const fromCache = await cachedPage(request, path);
    expect(await fromCache.text()).toContain(marker);
  } finally {
    await withE2eDatabase((client) =>
      client.query(
        `update "LibraryProgram" set tagline = jsonb_set(tagline, '{nl}', to_jsonb($2::text)),
                "currentVersion" = $3 where slug = $1`,
        [program.slug, program.tagline, program.version],
      ),
    );
  }
});

test("a public page from cache hydrates: its client component works and nothing is blocked", async ({
  page,
}, testInfo) => {
  const violations = await watchViolations(page);
  const reports: string[] = [];
  page.on("request", (sent) => {
    if (new URL(sent.url()).pathname.startsWith("/api/csp-report")) reports.push(sent.url());
  });
  // Each app process keeps its own copy: the browser's connection may reach one that renders first.
  await expect
    .poll(async () => (await page.goto("/nb/library"))?.headers()["content-security-policy"])
    .toMatch(HASHED_SCRIPTS);
  // The search is a client component: it filters only once React has hydrated the page.
  const search = page.getByLabel(nbLibrary.search.label);
  await search.fill(`zzz-${unique()}`);
  await expect(page.getByRole("button", { name: nbLibrary.search.clear })).toBeVisible();
  await page.getByRole("button", { name: nbLibrary.search.clear }).click();
  await expect(search).toHaveValue("");
  // Client-side navigation loads the program page's code by URL ('self').
  await page.locator(`a[href="/nb/library/${FLAGSHIP}"]`).first().click();
  await expect(page).toHaveURL(`/nb/library/${FLAGSHIP}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await screenshot(page, testInfo, "cached-library-program-nb");
  expect(violations).toEqual([]);
  expect(reports).toEqual([]);
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
