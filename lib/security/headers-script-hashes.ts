// Hashes of a page's inline scripts, for the policy of a page served from cache (ADR 022). Apart
// from headers.ts because the proxy imports that one and needs no node:crypto.
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * `sha256-…` of every inline script of a page rendered under `nonce`, as a CSP source expression
 * wants it (browsers hash the text exactly as it stands between the tags). Only scripts that carry
 * the nonce count: those Next.js wrote. A script that came from content (an injection) has none,
 * would not have run under the nonce policy, and gets no hash, so it does not run from cache either.
 */
export function nonceScriptHashes(html: string, nonce: string): string[] {
  const hashes = new Set<string>();
  const attribute = `nonce="${nonce}"`;
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes) || !attributes.includes(attribute)) continue;
    hashes.add(
      `sha256-${createHash("sha256")
        .update(match[2] ?? "", "utf8")
        .digest("base64")}`,
    );
  }
  return [...hashes];
}
