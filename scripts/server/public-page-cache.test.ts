// The public page cache in a real HTTP server, with a stand-in for Next: what is kept, what is
// served from memory with which headers, and when the page is rendered again.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { nonceOf } from "../../lib/security/headers";
import { createPublicPageCache, VERSION_TTL_MS } from "./public-page-cache";

const SCRIPT = 'self.__next_f.push([1,"hello"])';
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

let servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

/** A server whose "Next" renders a page with a fresh nonce and counts its renders. */
async function start(options: { status?: number; setCookie?: boolean } = {}) {
  let version = "v1";
  let clock = 0;
  let renders = 0;
  const cache = createPublicPageCache({
    buildId: "build",
    readVersion: async () => version,
    now: () => clock,
  });
  const server = http.createServer((request, response) => {
    const render = () => {
      renders += 1;
      const nonce = `nonce${renders}`;
      response.statusCode = options.status ?? 200;
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      response.setHeader("x-frame-options", "DENY");
      response.setHeader("link", `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
      response.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
      if (options.setCookie) response.setHeader("set-cookie", "a=b");
      response.write(`<html><body><p>${version} render ${renders}</p>`);
      response.end(`<script nonce="${nonce}">${SCRIPT}</script><script>evil()</script></body></html>`);
    };
    if (cache.handles(request)) void cache.serve(request, response, render);
    else render();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get: (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }),
    setVersion: (next: string) => (version = next),
    tick: (ms: number) => (clock += ms),
    renders: () => renders,
    /** Entries are stored after the answer went out (compression runs then): wait for `count`. */
    stored: (count: number) => expect.poll(() => cache.stats().entries).toBe(count),
    /** For what must not be stored: the time storing would take. */
    settle: () => new Promise((resolve) => setTimeout(resolve, 50)),
  };
}

describe("public page cache", () => {
  it("renders once, then serves from memory with hashes of the render's own scripts and no nonce", async () => {
    const app = await start();
    const first = await app.get("/nb/library");
    expect(nonceOf(first.headers.get("content-security-policy"))).toBe("nonce1");
    await first.text();
    await app.stored(1);

    const cached = await app.get("/nb/library");
    const html = await cached.text();
    expect(app.renders()).toBe(1);
    const policy = cached.headers.get("content-security-policy")!;
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(policy).toContain(sha(SCRIPT));
    // The script without the nonce (an injection, here) gets no hash, so it runs from cache no more
    // than it ran under the nonce.
    expect(policy).not.toContain(sha("evil()"));
    expect(nonceOf(policy)).toBeNull();
    expect(policy).not.toContain("strict-dynamic");
    expect(html).toContain("v1 render 1");
    expect(html).not.toContain("nonce");
    expect(cached.headers.get("link")).toBe('</a.css>; rel=preload; as="style"');
    expect(cached.headers.get("x-frame-options")).toBe("DENY");
    expect(cached.headers.get("vary")).toBe("Cookie, Accept-Encoding");
  });

  it("sends it compressed when asked, and 304 for the ETag the browser holds", async () => {
    const app = await start();
    const response = await app.get("/en");
    await response.text();
    await app.stored(1);
    const raw = await app.get("/en", { "accept-encoding": "identity" });
    const etag = raw.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(await raw.text()).toContain("render 1");
    const revalidated = await app.get("/en", { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(app.renders()).toBe(1);
    // gzip from memory, decoded by hand (fetch would do it silently).
    const gzipped = await new Promise<Buffer>((resolve) =>
      http.get(response.url, { headers: { "accept-encoding": "gzip" } }, (answer) => {
        expect(answer.headers["content-encoding"]).toBe("gzip");
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => resolve(Buffer.concat(chunks)));
      }),
    );
    expect(gunzipSync(gzipped).toString()).toContain("render 1");
  });

  it("renders again once the content version changed and was read again", async () => {
    const app = await start();
    await (await app.get("/nb/library/a-program")).text();
    await app.stored(1);
    app.setVersion("v2");
    // Within the second, the version is not read again.
    expect(await (await app.get("/nb/library/a-program")).text()).toContain("v1 render 1");
    app.tick(VERSION_TTL_MS);
    expect(await (await app.get("/nb/library/a-program")).text()).toContain("v2 render 2");
  });

  it("leaves signed-in people, router requests, queries and other paths to the render", async () => {
    const app = await start();
    for (const [path, headers] of [
      ["/nb/library", { cookie: "lang=nb; next-auth.session-token=abc" }],
      ["/nb/library", { cookie: "__Secure-next-auth.session-token=abc" }],
      ["/nb/library", { rsc: "1" }],
      ["/nb/library?x=1", {}],
      ["/nb/o/acme", {}],
      ["/nb/library/a/b/c", {}],
    ] as const) {
      await (await app.get(path, headers)).text();
      await app.settle();
      const again = await app.get(path, headers);
      expect(nonceOf(again.headers.get("content-security-policy")), path).not.toBeNull();
      await again.text();
    }
  });

  it("keeps no answer that is not a plain 200 page without cookies", async () => {
    for (const options of [{ status: 404 }, { setCookie: true }]) {
      const app = await start(options);
      await (await app.get("/nb")).text();
      await app.settle();
      await (await app.get("/nb")).text();
      expect(app.renders()).toBe(2);
    }
  });
});
