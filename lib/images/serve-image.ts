// GET /o/[org]/images/[imageId]: an image to the members of its organization (every role: learners
// read the resources it is in). Anyone else (signed out, another organization, an id that is not
// one of this organization's images) gets the same bare 404, so an image's existence is not told.
// The answer is cacheable for good, but privately: an id never names other bytes.
import "server-only";
import { z } from "zod";
import { withTenant } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import { requireRouteWorkspace } from "@/lib/pages/read-route";
import { imageStore, type ImageStore } from "./image-store";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

export async function serveImage(
  request: Request,
  params: { org: string; imageId: string },
  store: ImageStore = imageStore(),
): Promise<Response> {
  if (!z.uuid().safeParse(params.imageId).success) return notFound();
  let image;
  try {
    const ctx = await requireRouteWorkspace(params.org, "workspace.view");
    image = await withTenant(ctx, (tx) => store.get({ tx, ctx, id: params.imageId }));
  } catch (error) {
    // Signed out is a 404 too: an <img> cannot follow a sign-in page, and nothing should be told.
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "UNAUTHENTICATED"))
      return notFound();
    throw error;
  }
  if (!image) return notFound();

  const etag = `"${image.sha256}"`;
  const headers = {
    "content-type": image.contentType,
    "cache-control": "private, max-age=31536000, immutable",
    etag,
    "x-content-type-options": "nosniff",
    "content-disposition": "inline",
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(image.bytes, { headers: { ...headers, "content-length": String(image.bytes.length) } });
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .some((candidate) => candidate.trim().replace(/^W\//, "") === etag || candidate.trim() === "*");
}
