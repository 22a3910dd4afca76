import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { contentSecurityPolicy, createNonce, hashedContentSecurityPolicy, nonceOf } from "./headers";
import { cspViolationsOf, readBoundedText } from "./headers-csp-report";
import { checkRequestOrigin, ONE_CLICK_UNSUBSCRIBE_PATH } from "./headers-request-origin";
import { MAX_IMAGE_UPLOAD_BODY_BYTES } from "@/lib/images/image-limits";
import { imageUploadPath } from "@/lib/images/image-path";
import { MAX_REQUEST_BODY_BYTES, declaresOversizedBody } from "./headers-request-size";
import { nonceScriptHashes } from "./headers-script-hashes";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)] as const));

describe("content security policy", () => {
  it("allows scripts only with the request's nonce, and forbids plugins, base and framing", () => {
    const nonce = createNonce();
    const policy = directives(contentSecurityPolicy(nonce));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("report-uri")).toEqual(["/api/csp-report"]);
    expect(contentSecurityPolicy(nonce)).not.toMatch(/unsafe-eval/);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy(nonce, { development: true })).toMatch(/script-src [^;]*'unsafe-eval'/);
  });

  it("makes a fresh unguessable nonce each time and finds it again in the policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    const nonce = createNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(nonceOf(contentSecurityPolicy(nonce))).toBe(nonce);
  });

  it("gives a page from cache the same directives, scripts only from our origin or by hash", () => {
    const hashed = hashedContentSecurityPolicy(["sha256-AAAA", "sha256-BBBB"]);
    const policy = directives(hashed);
    expect(policy.get("script-src")).toEqual(["'self'", "'sha256-AAAA'", "'sha256-BBBB'"]);
    // No nonce (it would be the same for everyone), no 'strict-dynamic' (it switches 'self' off).
    expect(nonceOf(hashed)).toBeNull();
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(hashed).not.toMatch(/strict-dynamic|unsafe-eval/);
    const nonced = directives(contentSecurityPolicy(createNonce()));
    for (const [name, sources] of nonced)
      if (name !== "script-src") expect(policy.get(name)).toEqual(sources);
  });

  it("hashes only the inline scripts that carry the render's nonce", () => {
    const nonce = createNonce();
    const next = 'self.__next_f.push([1,"a"])';
    const injected = "alert(document.cookie)";
    const html =
      `<script nonce="${nonce}">${next}</script>` +
      `<script src="/_next/static/chunks/a.js" nonce="${nonce}" async></script>` +
      `<p><script>${injected}</script></p>` +
      `<script nonce="guessed">${injected}</script>` +
      `<script nonce="${nonce}">${next}</script>`;
    const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
    expect(nonceScriptHashes(html, nonce)).toEqual([sha(next)]);
    expect(nonceScriptHashes(html, "other")).toEqual([]);
  });
});

describe("request origin check", () => {
  const check = (method: string, headers: Record<string, string>, pathname = "/nb/orgs/new") =>
    checkRequestOrigin({ method, pathname, headers: new Headers({ host: "evne.example", ...headers }) });

  it("lets safe methods through whatever their origin", () => {
    expect(check("GET", { origin: "https://evil.example" }).ok).toBe(true);
    expect(check("HEAD", { origin: "null" }).ok).toBe(true);
  });

  it("refuses a foreign, a null and a malformed Origin on a state-changing request", () => {
    expect(check("POST", { origin: "https://evil.example" }).ok).toBe(false);
    expect(check("POST", { origin: "null" }).ok).toBe(false);
    expect(check("DELETE", { origin: "not a url" }).ok).toBe(false);
    expect(check("POST", { origin: "https://evne.example.evil.example" }).ok).toBe(false);
  });

  it("accepts our own Origin, behind a reverse proxy too", () => {
    expect(check("POST", { origin: "https://evne.example" }).ok).toBe(true);
    expect(check("POST", { origin: "https://EVNE.example" }).ok).toBe(true);
    const proxied = {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "evne.example",
      origin: "https://evne.example",
    };
    expect(check("POST", proxied).ok).toBe(true);
  });

  it("refuses a request without Origin only when the browser says another site sent it", () => {
    expect(check("POST", { "sec-fetch-site": "cross-site" }).ok).toBe(false);
    expect(check("POST", { "sec-fetch-site": "same-site" }).ok).toBe(false);
    expect(check("POST", { "sec-fetch-site": "same-origin" }).ok).toBe(true);
    expect(check("POST", {}).ok).toBe(true);
  });

  it("takes CSP reports from anywhere", () => {
    expect(check("POST", { origin: "null" }, "/api/csp-report").ok).toBe(true);
  });

  it("takes one-click unsubscribes from mail programs, and only at that exact path", () => {
    expect(existsSync(new URL(`../../app${ONE_CLICK_UNSUBSCRIBE_PATH}/route.ts`, import.meta.url))).toBe(
      true,
    );
    expect(check("POST", { origin: "https://mail.example" }, ONE_CLICK_UNSUBSCRIBE_PATH).ok).toBe(true);
    expect(check("POST", { "sec-fetch-site": "cross-site" }, ONE_CLICK_UNSUBSCRIBE_PATH).ok).toBe(true);
    expect(check("POST", { origin: "https://mail.example" }, `${ONE_CLICK_UNSUBSCRIBE_PATH}/more`).ok).toBe(
      false,
    );
    expect(check("POST", { origin: "https://mail.example" }, "/nb/unsubscribe").ok).toBe(false);
  });
});

describe("request body limit", () => {
  it("equals the server actions' bodySizeLimit in next.config.js", () => {
    const config = createRequire(import.meta.url)("../../next.config.js") as {
      experimental: { serverActions: { bodySizeLimit: string } };
    };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(`${MAX_REQUEST_BODY_BYTES / 1024 / 1024}mb`);
  });

  it("refuses declared bodies above it", () => {
    expect(declaresOversizedBody(new Headers({ "content-length": String(MAX_REQUEST_BODY_BYTES) }))).toBe(
      false,
    );
    expect(declaresOversizedBody(new Headers({ "content-length": String(MAX_REQUEST_BODY_BYTES + 1) }))).toBe(
      true,
    );
    expect(declaresOversizedBody(new Headers())).toBe(false);
  });

  it("lets the image upload, and only it, send a 5 MB file (ADR 030)", () => {
    const upload = imageUploadPath("nb", "acme", "0195f3a0-0000-7000-8000-000000000000");
    const length = (bytes: number) => new Headers({ "content-length": String(bytes) });
    expect(MAX_IMAGE_UPLOAD_BODY_BYTES).toBeGreaterThan(5 * 1024 * 1024);
    expect(declaresOversizedBody(length(MAX_IMAGE_UPLOAD_BODY_BYTES), upload)).toBe(false);
    expect(declaresOversizedBody(length(MAX_IMAGE_UPLOAD_BODY_BYTES + 1), upload)).toBe(true);
    for (const other of [`${upload}/more`, "/nb/o/acme/programs/x", "/nb/o/acme/images", "/api/csp-report"])
      expect(declaresOversizedBody(length(MAX_REQUEST_BODY_BYTES + 1), other)).toBe(true);
  });
});

describe("CSP reports", () => {
  it("reads both report formats and ignores anything else", () => {
    const legacy = {
      "csp-report": {
        "document-uri": "http://evne.example/nb/library",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "line-number": 3,
      },
    };
    expect(cspViolationsOf(legacy)).toEqual([
      expect.objectContaining({
        documentUri: "http://evne.example/nb/library",
        violatedDirective: "script-src-elem",
        blockedUri: "inline",
        lineNumber: 3,
      }),
    ]);
    const reporting = [
      {
        type: "csp-violation",
        url: "http://evne.example/nb",
        body: { effectiveDirective: "script-src", blockedURL: "eval" },
      },
      { type: "deprecation", body: {} },
    ];
    expect(cspViolationsOf(reporting)).toEqual([
      expect.objectContaining({ violatedDirective: "script-src", blockedUri: "eval" }),
    ]);
    expect(cspViolationsOf({ hello: 1 })).toEqual([]);
  });

  it("stops reading a body at the limit, declared or not", async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      new Request("http://evne.example/api/csp-report", { method: "POST", body, headers });
    expect(await readBoundedText(post("x".repeat(10)), 10)).toBe("x".repeat(10));
    expect(await readBoundedText(post("x".repeat(11)), 10)).toBeNull();
    expect(await readBoundedText(post("x", { "content-length": "999" }), 10)).toBeNull();
  });
});
