import { handleImageUpload } from "@/lib/images/upload-image-route";

/** HR uploads an image for a resource of this program (lib/images/upload-image-route.ts). */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ lang: string; org: string; programId: string }> },
) {
  return handleImageUpload(request, await params);
}
