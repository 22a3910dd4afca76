// The largest request body the app accepts (issue 8, item 7). No "server-only": the proxy imports this.

/**
 * 1 MB: above the largest thing anyone sends, a CSV of people (900 KB, lib/invitations/csv-limits.ts)
 * travelling as text in a server action. next.config.js sets server actions' `bodySizeLimit` to the
 * same figure (a test keeps them equal); the proxy refuses larger declared bodies on every route.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/** Whether a request declares a body larger than the limit (bodies without a length are capped by Next.js). */
export function declaresOversizedBody(headers: Headers): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > MAX_REQUEST_BODY_BYTES;
}
