// Images in an organization's resources: a text is saved only when each image it shows is one of
// the organization's own uploads, named by its image route, with alt text (issue 21, item 3). Any
// other image URL (another site, another organization, a data: URL) is refused with the line it is
// on, rather than silently not shown. And the sizes the learner's page needs to reserve room.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { findMarkdownImages } from "@/lib/library/content/resource-markdown";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { parseImagePath, type ImageSizes } from "./image-path";

/**
 * Refuses (AppError INVALID on `field`) a Markdown text with an image that is not this
 * organization's, or without alt text. Texts without images cost no query.
 */
export async function assertResourceImages(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  texts: { field: string; markdown: string }[];
}): Promise<void> {
  const { tx, ctx } = options;
  const found = options.texts.flatMap(({ field, markdown }) =>
    findMarkdownImages(markdown).map((image) => ({ ...image, field, target: parseImagePath(image.url) })),
  );
  if (found.length === 0) return;
  const ids = [
    ...new Set(
      found.flatMap((image) => (image.target?.orgSlug === ctx.orgSlug ? [image.target.imageId] : [])),
    ),
  ];
  const known = new Set(
    ids.length === 0
      ? []
      : (
          await tx.image.findMany({
            where: { organizationId: ctx.orgId, id: { in: ids } },
            select: { id: true },
          })
        ).map((row) => row.id),
  );
  for (const image of found) {
    const ours = image.target?.orgSlug === ctx.orgSlug && known.has(image.target.imageId);
    const key = !ours ? "notOurs" : image.alt.trim() === "" ? "altMissingInText" : null;
    if (key)
      throw AppError.invalid({
        messageKey: `programs:images.errors.${key}`,
        messageValues: { line: image.line },
        fieldErrors: { [image.field]: `programs:images.errors.${key}` },
      });
  }
}

/** The sizes of this organization's images that these Markdown texts show. */
export async function imageSizesIn(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  markdown: string[];
}): Promise<ImageSizes> {
  const { tx, ctx } = options;
  const ids = [
    ...new Set(
      options.markdown.flatMap((text) =>
        findMarkdownImages(text).flatMap((image) => {
          const target = parseImagePath(image.url);
          return target?.orgSlug === ctx.orgSlug ? [target.imageId] : [];
        }),
      ),
    ),
  ];
  if (ids.length === 0) return {};
  const rows = await tx.image.findMany({
    where: { organizationId: ctx.orgId, id: { in: ids } },
    select: { id: true, width: true, height: true },
  });
  return Object.fromEntries(rows.map((row) => [row.id, { width: row.width, height: row.height }]));
}
