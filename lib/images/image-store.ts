// Where images' bytes are kept, behind one small interface (ADR 030). The default keeps them in
// Postgres, in the organization's own rows under row-level security, so a backup holds them and a
// request scoped to another organization cannot read them. A larger installation can keep them in
// an S3-compatible bucket instead (described in ADR 030; not built): the Image row stays in
// Postgres, as the access check and the metadata, and only the bytes move.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import type { ImageContentType } from "./image-limits";
import type { ProcessedImage } from "./process-image";

export type StoredImage = {
  id: string;
  contentType: ImageContentType;
  width: number;
  height: number;
  byteSize: number;
  sha256: string;
  createdAt: Date;
};

export type ImageWithBytes = StoredImage & { bytes: Uint8Array<ArrayBuffer> };

/** Both run inside the request's tenant transaction: the organization is the transaction's. */
export type ImageStore = {
  /** Keeps an image; the same bytes twice in one organization are one image (the first one). */
  put(args: { tx: TenantTx; ctx: WorkspaceContext; image: ProcessedImage }): Promise<StoredImage>;
  /** The image with its bytes, or null when this organization has no such image. */
  get(args: { tx: TenantTx; ctx: WorkspaceContext; id: string }): Promise<ImageWithBytes | null>;
};

const meta = {
  id: true,
  contentType: true,
  width: true,
  height: true,
  byteSize: true,
  sha256: true,
  createdAt: true,
} as const;

type MetaRow = { contentType: string } & Omit<StoredImage, "contentType">;
const typed = <Row extends MetaRow>(row: Row) => ({
  ...row,
  contentType: row.contentType as ImageContentType,
});

export const postgresImageStore: ImageStore = {
  async put({ tx, ctx, image }) {
    // ON CONFLICT DO NOTHING: the same image uploaded twice (a double click, or two people at once)
    // is one row, and losing that race does not abort the request's transaction.
    await tx.image.createMany({
      data: {
        organizationId: ctx.orgId,
        contentType: image.contentType,
        width: image.width,
        height: image.height,
        byteSize: image.bytes.length,
        sha256: image.sha256,
        bytes: image.bytes,
        createdById: ctx.userId,
      },
      skipDuplicates: true,
    });
    const stored = await tx.image.findFirstOrThrow({
      where: { organizationId: ctx.orgId, sha256: image.sha256 },
      select: meta,
    });
    return typed(stored);
  },

  async get({ tx, ctx, id }) {
    const row = await tx.image.findFirst({
      where: { id, organizationId: ctx.orgId },
      select: { ...meta, bytes: true },
    });
    return row ? { ...typed(row), bytes: new Uint8Array(row.bytes) } : null;
  },
};

/** The store this installation uses. Postgres is the only one built (ADR 030). */
export function imageStore(): ImageStore {
  return postgresImageStore;
}
