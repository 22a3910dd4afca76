// Public pages from memory with a strict CSP (issue 17, item 1; ADR 022). Home, the library list,
// program and statement pages look the same to every visitor who is not signed in: such a GET is
// rendered once per content version by Next (under the proxy's nonce policy, as always), kept in
// this process's memory and then served from it with a policy that allows exactly the inline
// scripts Next wrote, by their hashes. Signed-in people (a session cookie) see their name in the
// header and always get the page rendered for them.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import Negotiator from "negotiator";
import { hashedContentSecurityPolicy, nonceOf } from "../../lib/security/headers";
import { nonceScriptHashes } from "../../lib/security/headers-script-hashes";

/** The public pages: /nb, /nb/library, /nb/library/<program>, /nb/library/<program>/<statement>. */
const PUBLIC_PAGE = /^\/(nb|en|nl)(\/library(\/[a-z0-9-]+){0,2})?$/;
/** next-auth's session cookie over http and https (lib/auth/session.ts). */
const SESSION_COOKIES = new Set(["next-auth.session-token", "__Secure-next-auth.session-token"]);
/** Requests of Next's client router (RSC payloads, prefetches) get other answers than the HTML. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];
/** Headers of the rendered answer that are not the page's: set again for each answer, or not at all. */
const NOT_KEPT = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "cache-control",
  "etag",
  "vary",
]);
/** The content version is read again after this long: a library update shows within a second. */
export const VERSION_TTL_MS = 1_000;
const MAX_ENTRIES = 2_000;
const MAX_BYTES = 64 * 1024 * 1024;

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

type Entry = {
  version: string;
  headers: OutgoingHttpHeaders;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  bytes: number;
};

export type PublicPageCache = {
  /** A GET or HEAD of a public page by someone not signed in: this cache answers or fills itself. */
  handles: (request: IncomingMessage) => boolean;
  /** Answers from memory, or lets `render` answer (Next) and keeps what it sent. */
  serve: (request: IncomingMessage, response: ServerResponse, render: () => void) => Promise<void>;
  stats: () => { entries: number; bytes: number; hits: number; misses: number };
};

export function createPublicPageCache(options: {
  /** The content version: changes whenever a public page may change (the library's programs). */
  readVersion: () => Promise<string>;
  buildId: string;
  now?: () => number;
}): PublicPageCache {
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let version: { value: Promise<string | null>; readAt: number } | undefined;

  /** At most one read per VERSION_TTL_MS per process; null (no caching) while it fails. */
  const currentVersion = (): Promise<string | null> => {
    if (!version || now() - version.readAt >= VERSION_TTL_MS) {
      version = {
        readAt: now(),
        value: options.readVersion().then(
          (value) => `${options.buildId}:${value}`,
          () => null,
        ),
      };
    }
    return version.value;
  };

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const store = (key: string, entry: Entry) => {
    remove(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    // Least recently used first: a hit moves its entry to the end.
    for (const oldest of entries.keys()) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      remove(oldest);
    }
  };

  return {
    handles(request) {
      if (request.method !== "GET" && request.method !== "HEAD") return false;
      const url = request.url ?? "";
      if (url.includes("?") || !PUBLIC_PAGE.test(url)) return false;
      if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
      return !hasSessionCookie(request.headers.cookie);
    },

    async serve(request, response, render) {
      const current = await currentVersion();
      // HSTS is sent only to requests that came over https (next.config.js): two variants.
      const key = `${request.headers["x-forwarded-proto"] === "https" ? "https" : "http"} ${request.url}`;
      const entry = entries.get(key);
      if (current !== null && entry?.version === current) {
        hits += 1;
        entries.delete(key);
        entries.set(key, entry);
        return send(request, response, entry);
      }
      if (entry) remove(key);
      misses += 1;
      if (current === null || request.method !== "GET") return render();
      // The answer is kept as rendered, then compressed here once: Next must not compress it.
      delete request.headers["accept-encoding"];
      capture(response, (captured) => {
        void toEntry(captured, current).then(
          (made) => {
            if (made) store(key, made);
          },
          () => {},
        );
      });
      render();
    },

    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}

function hasSessionCookie(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(";").some((pair) => SESSION_COOKIES.has(pair.split("=", 1)[0]!.trim()));
}

type Captured = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** Keeps a copy of everything Next writes to `response`, passing it on unchanged. */
function capture(response: ServerResponse, done: (captured: Captured) => void) {
  const chunks: Buffer[] = [];
  const extraHeaders: OutgoingHttpHeaders = {};
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as typeof response.write;
  response.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return end(...args);
  }) as typeof response.end;
  response.writeHead = ((...args: unknown[]) => {
    // writeHead(status, headers) and writeHead(status, reason, headers): headers Node may not keep.
    const headers = args.find((arg, index) => index > 0 && typeof arg === "object" && arg !== null);
    if (headers && !Array.isArray(headers)) Object.assign(extraHeaders, headers);
    return writeHead(...args);
  }) as typeof response.writeHead;
  response.once("finish", () => {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries({ ...response.getHeaders(), ...extraHeaders }))
      headers[name.toLowerCase()] = value;
    done({ status: response.statusCode, headers, body: Buffer.concat(chunks) });
  });
}

/**
 * A cache entry from a rendered answer, or null when it must not be kept: anything but a complete
 * 200 HTML page without cookies, rendered under a nonce policy.
 */
async function toEntry(captured: Captured, version: string): Promise<Entry | null> {
  const { status, headers, body } = captured;
  if (status !== 200 || headers["set-cookie"] !== undefined) return null;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
  if (headers["content-encoding"] !== undefined) return null;
  const nonce = nonceOf(String(headers["content-security-policy"] ?? ""));
  if (!nonce) return null;
  const rendered = body.toString("utf8");
  const hashes = nonceScriptHashes(rendered, nonce);
  // The nonce has no use any more and is not to be handed to every visitor.
  const html = Buffer.from(rendered.replaceAll(` nonce="${nonce}"`, ""), "utf8");
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (NOT_KEPT.has(name) || value === undefined) continue;
    kept[name] = name === "link" ? String(value).replaceAll(`; nonce="${nonce}"`, "") : value;
  }
  const [gzipped, brotlied] = await Promise.all([
    gzip(html, { level: 9 }),
    brotli(html, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    }),
  ]);
  return {
    version,
    headers: {
      ...kept,
      "content-security-policy": hashedContentSecurityPolicy(hashes),
      // The browser may keep the page but asks each time (ETag): a sign-in changes it.
      "cache-control": "private, no-cache",
      vary: "Cookie, Accept-Encoding",
    },
    etag: `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"`,
    identity: html,
    gzip: gzipped,
    br: brotlied,
    bytes: html.length + gzipped.length + brotlied.length,
  };
}

function send(request: IncomingMessage, response: ServerResponse, entry: Entry) {
  const headers: OutgoingHttpHeaders = { ...entry.headers, etag: entry.etag };
  const match = request.headers["if-none-match"];
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const encoding = new Negotiator(request).encoding(["br", "gzip", "identity"]) ?? "identity";
  const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.identity;
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}
