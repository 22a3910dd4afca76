// HR puts an image into a resource of one of the organization's programs (issue 21, item 3): the
// file, checked and converted beforehand (process-image.ts), is kept by the image store, and the
// answer is the Markdown to insert, `![alt](/o/<org>/images/<id>)`. The alt text is required here
// because the snippet carries it; in the Markdown it is per language, like the rest of the text.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName, getProgramOrThrow } from "@/lib/programs/get-program-or-throw";
import { imageMarkdown, imagePath } from "./image-path";
import { imageStore, type ImageStore } from "./image-store";
import type { ProcessedImage } from "./process-image";

export type UploadedImage = {
  id: string;
  url: string;
  width: number;
  height: number;
  /** What the editor inserts into the resource's text. */
  markdown: string;
};

export const uploadImage = defineUseCase({ permission: "programs.manage", run: uploadImageUnchecked });
async function uploadImageUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
  alt: string;
  image: ProcessedImage;
  store?: ImageStore;
}): Promise<UploadedImage> {
  const { tx, ctx } = options;
  // Another organization's program, or none: NOT_FOUND, and nothing is stored.
  const program = await getProgramOrThrow({ tx, ctx, programId: options.programId });
  const stored = await (options.store ?? imageStore()).put({ tx, ctx, image: options.image });
  await recordAudit({
    tx,
    ctx,
    action: "program.image.upload",
    targetType: "program",
    targetId: program.id,
    data: { name: auditName(program.title, ctx), imageId: stored.id },
  });
  const url = imagePath(ctx.orgSlug, stored.id);
  return {
    id: stored.id,
    url,
    width: stored.width,
    height: stored.height,
    markdown: imageMarkdown(options.alt, url),
  };
}
