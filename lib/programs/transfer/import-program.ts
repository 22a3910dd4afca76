import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantTx } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { imagePath } from "@/lib/images/image-path";
import { imageStore } from "@/lib/images/image-store";
import { processImage, type ProcessedImage } from "@/lib/images/process-image";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { nextCopyNumber, numberedTitle } from "../copy-title";
import { auditName } from "../get-program-or-throw";
import { readText, type LocalizedText } from "../program-texts";
import { checkProgramFolder } from "./check-program-folder";
import { readZip } from "./read-zip";
import { problem, type TransferProblem } from "./transfer-problem";

/** How a folder's resources name its images (`../images/<name>`, checked by check-program-folder). */
const FOLDER_IMAGE_URL = /\.\.\/images\/[A-Za-z0-9][A-Za-z0-9._-]*/g;

export type ImportProgramResult =
  /** Made now, or by an earlier submit with the same request key (`created: false`). */
  | { status: "imported"; programId: string; created: boolean }
  /** Nothing was written: what is wrong with the file, every problem found. */
  | { status: "invalid"; problems: TransferProblem[] };

/**
 * A program folder in the content format (docs/content-format.md), zipped, becomes a draft of the
 * organization's own: no library source, the keys of its statements and resources kept. The file is
 * checked whole before anything is written, and the writes share the request's one transaction, so
 * a program is imported whole or not at all. The request key makes a double submit one program.
 */
export const importProgram = defineUseCase({ permission: "programs.manage", run: importProgramUnchecked });
async function importProgramUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  zip: Uint8Array;
  requestKey: string;
}): Promise<ImportProgramResult> {
  const { tx, ctx, requestKey } = options;
  // The lock of copies and new programs: the second of two identical submits waits for the first
  // to commit, then finds its program.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:program-copy:${ctx.orgId}`}))`;
  const repeated = await tx.program.findUnique({
    where: { organizationId_copyRequestKey: { organizationId: ctx.orgId, copyRequestKey: requestKey } },
    select: { id: true },
  });
  if (repeated) return { status: "imported", programId: repeated.id, created: false };

  const read = readZip(options.zip);
  if ("problems" in read) return { status: "invalid", problems: read.problems };
  // `program:` links name library programs, as in the library's own content.
  const library = await tx.libraryProgram.findMany({ select: { slug: true } });
  const checked = checkProgramFolder({
    ...read.folder,
    knownSlugs: new Set(library.map((program) => program.slug)),
  });
  if ("problems" in checked) return { status: "invalid", problems: checked.problems };
  const { program } = checked;

  // Each image is checked and re-encoded as an upload is (by content, pixel limit, metadata
  // stripped) before anything is written; one that fails is listed like any other problem.
  const processed = new Map<string, ProcessedImage>();
  const imageProblems: TransferProblem[] = [];
  for (const [name, bytes] of program.images) {
    try {
      processed.set(name, await processImage(bytes));
    } catch (error) {
      if (!isAppError(error)) throw error;
      imageProblems.push(problem(name, "imageInvalid"));
    }
  }
  if (imageProblems.length > 0) return { status: "invalid", problems: imageProblems };
  const urls = new Map<string, string>();
  for (const [name, image] of processed) {
    const stored = await imageStore().put({ tx, ctx, image });
    urls.set(`../${name}`, imagePath(ctx.orgSlug, stored.id));
  }
  /** The folder's `../images/<name>` as this organization's image URLs. */
  const relinked = (body: LocalizedText): LocalizedText =>
    urls.size === 0
      ? body
      : Object.fromEntries(
          Object.entries(body).map(([language, text]) => [
            language,
            text.replace(FOLDER_IMAGE_URL, (url) => urls.get(url) ?? url),
          ]),
        );

  // A title the organization already has gets a number, as a second copy or a duplicate does.
  const titles = (
    await tx.program.findMany({ where: { organizationId: ctx.orgId }, select: { title: true } })
  ).map((existing) => readText(existing.title));
  const title = titles.some((existing) => existing.nb === program.title.nb)
    ? numberedTitle(program.title, nextCopyNumber(program.title, titles))
    : program.title;

  const programId = randomUUID();
  await tx.program.create({
    data: {
      id: programId,
      organizationId: ctx.orgId,
      title,
      tagline: program.tagline,
      summary: program.summary,
      quote: program.quote ?? Prisma.DbNull,
      status: "draft",
      copyRequestKey: requestKey,
      createdById: ctx.userId,
    },
  });
  const statements = program.statements.map((statement, position) => ({
    ...statement,
    id: randomUUID(),
    position,
  }));
  await tx.programStatement.createMany({
    data: statements.map((statement) => ({
      id: statement.id,
      organizationId: ctx.orgId,
      programId,
      key: statement.key,
      position: statement.position,
      kind: statement.kind,
      text: statement.text,
      reflectionPrompts: statement.reflectionPrompts,
    })),
  });
  await tx.programResource.createMany({
    data: statements.flatMap((statement) =>
      statement.resources.map((resource, position) => ({
        organizationId: ctx.orgId,
        programId,
        statementId: statement.id,
        key: resource.key,
        position,
        title: resource.title,
        body: relinked(resource.body),
      })),
    ),
  });
  await recordAudit({
    tx,
    ctx,
    action: "program.import",
    targetType: "program",
    targetId: programId,
    data: { name: auditName(title, ctx) },
  });
  return { status: "imported", programId, created: true };
}
