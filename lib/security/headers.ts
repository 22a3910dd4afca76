// The Content-Security-Policy, shared by proxy.ts and its tests. The headers
// that never change per request live in next.config.js (they must also reach the files and
// framework assets the proxy does not see). ADR 010 says why each directive is what it is.
// No "server-only": the proxy imports this.

/** Where browsers send CSP violation reports (app/api/csp-report/route.ts). */
export const CSP_REPORT_PATH = "/api/csp-report";

/** 128 random bits, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy for one response. Scripts run only with this request's nonce; 'strict-dynamic' lets
 * Next's nonce'd bootstrap load its chunks. Styles allow 'unsafe-inline' (and no nonce, which would
 * switch it off) because React writes `style` attributes (Radix, progress bars, the global error page).
 * Development adds 'unsafe-eval' (React's dev tools) and the HMR websocket.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return policyWith(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"], development);
}

/**
 * The policy of a public page served from cache (ADR 022): the same directives, but scripts run
 * only from our origin or when their text has one of these hashes. No nonce (one fixed nonce
 * would be readable by anyone and usable by an injected script) and no 'strict-dynamic' (it makes
 * browsers ignore 'self', and Next's chunks are loaded by URL, not by a hashed script).
 */
export function hashedContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return policyWith(["'self'", ...scriptHashes.map((hash) => `'${hash}'`)], false);
}

function policyWith(scriptSources: string[], development: boolean): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scriptSources, ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    // No report-to: Chrome then ignores report-uri and batches reports for up to a minute, and the
    // XSS tests count reports right after each page.
    ["report-uri", CSP_REPORT_PATH],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** The nonce in a policy made by contentSecurityPolicy(), or null. */
export function nonceOf(policy: string | null): string | null {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? null;
}
