// Responses of the downloads; who may download is the read pipeline's (lib/pages/read-route.ts):
// signed out answers 401; anything else that is not theirs, 404.
import "server-only";
import { isAppError } from "@/lib/errors/app-error";

/** A file download; the name is ASCII-safe and also given UTF-8 encoded. */
export function attachment(
  body: string | Uint8Array<ArrayBuffer>,
  options: { fileName: string; contentType: string },
): Response {
  const ascii = options.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(body, {
    headers: {
      "content-type": options.contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(options.fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** An AppError as a bare status (no details: another organization's slug reveals nothing). */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return new Response(null, { status: error.status });
  throw error;
}
