// The largest request body the app accepts (issue 8, item 7). No "server-only": the proxy imports this.
import { MAX_IMAGE_UPLOAD_BODY_BYTES } from "@/lib/images/image-limits";
import { IMAGE_UPLOAD_PATH } from "@/lib/images/image-path";

/**
 * 1 MB: above the largest thing anyone sends, a CSV of people (900 KB, lib/invitations/csv-limits.ts)
 * travelling as text in a server action. next.config.js sets server actions' `bodySizeLimit` to the
 * same figure (a test keeps them equal); the proxy refuses larger declared bodies on every route.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/**
 * The limit for one path: the image upload (a route handler that reads at most this much itself,
 * ADR 030) takes a 5 MB file; everything else, server actions included, the 1 MB above.
 */
export function maxRequestBodyBytes(pathname: string): number {
  return IMAGE_UPLOAD_PATH.test(pathname) ? MAX_IMAGE_UPLOAD_BODY_BYTES : MAX_REQUEST_BODY_BYTES;
}

/** Whether a request declares a body larger than its path's limit (bodies without a length are capped by Next.js). */
export function declaresOversizedBody(headers: Headers, pathname = "/"): boolean {
  const length = Number(headers.get("content-length") ?? 0);
  return Number.isFinite(length) && length > maxRequestBodyBytes(pathname);
}
