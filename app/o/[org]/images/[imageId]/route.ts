import { serveImage } from "@/lib/images/serve-image";

/**
 * An image in a resource's Markdown, for members of the organization (lib/images/serve-image.ts).
 * No language in the path: the URL is written into the Markdown of every language (ADR 030).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ org: string; imageId: string }> },
) {
  return serveImage(request, await params);
}
