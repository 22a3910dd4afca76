// Which requests may change state: the proxy refuses forged ones before any page, server action
// or route handler runs (issue 8, item 5). Next.js checks server actions' Origin itself, but lets
// a request without Origin through and answers a mismatch with a 500; route handlers (next-auth's
// sign-in and sign-out) get no check at all. ADR 010 has the details.
// No "server-only": the proxy imports this.
import { CSP_REPORT_PATH } from "./headers";

/** Methods that never change state (the app keeps it so: nothing writes on GET). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * RFC 8058's one-click unsubscribe (app/api/unsubscribe/route.ts): mail programs POST it from their
 * own servers, with their own Origin or none, and without cookies. Nothing ambient authorizes it:
 * the signed token in the URL does, and all it can do is turn one kind of mail off.
 */
export const ONE_CLICK_UNSUBSCRIBE_PATH = "/api/unsubscribe";

/**
 * Paths that take cross-origin POSTs on purpose: browsers send CSP reports without our Origin, and
 * mail programs send one-click unsubscribes. Exact paths: a route below them gets the check.
 */
const CROSS_ORIGIN_PATHS = new Set([CSP_REPORT_PATH, ONE_CLICK_UNSUBSCRIBE_PATH]);

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

/**
 * The host this request was addressed to, as the browser saw it: the reverse proxy's
 * X-Forwarded-Host when there is one, else Host (the same rule Next.js applies to server actions).
 * A page on another site cannot set X-Forwarded-Host without a CORS preflight, which we never allow.
 */
function requestedHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return (forwarded || headers.get("host"))?.toLowerCase() ?? null;
}

/**
 * Whether a request may go on. A state-changing request must come from one of our own pages:
 * its Origin names this host. `Origin: null` (sandboxed frames, data: URLs, some redirects) is
 * refused; a missing Origin only when Sec-Fetch-Site says another site sent it (browsers send
 * Origin on every POST, so a request without both comes from a script, which holds no one's cookies).
 */
export function checkRequestOrigin({
  method,
  pathname,
  headers,
}: {
  method: string;
  pathname: string;
  headers: Headers;
}): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase()) || CROSS_ORIGIN_PATHS.has(pathname)) return { ok: true };

  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    if (site === "cross-site" || site === "same-site")
      return { ok: false, reason: `Sec-Fetch-Site: ${site}` };
    return { ok: true };
  }
  if (origin === "null") return { ok: false, reason: "Origin: null" };

  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return { ok: false, reason: "malformed Origin" };
  }
  const host = requestedHost(headers);
  if (host === null || originHost !== host)
    return { ok: false, reason: `Origin ${originHost} is not ${host}` };
  return { ok: true };
}
