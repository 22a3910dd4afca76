import "server-only";
import { zipSync, strToU8, type Zippable } from "fflate";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { parseImagePath } from "@/lib/images/image-path";
import { imageStore } from "@/lib/images/image-store";
import { findMarkdownImages } from "@/lib/library/content/resource-markdown";
import { languages } from "@/lib/i18n/settings";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { readQuote, readText, type LocalizedText } from "../program-texts";
import type { TransferProgram } from "./check-program-folder";
import { programFolderFiles, programSlug } from "./program-folder";

/**
 * A program of the organization (its own or a library copy, any status) as it would be read from
 * a content folder. What learners do not see is left out, because the format has no place for it:
 * hidden statements and resources, and a language of a resource that has a title but no body.
 */
export const readProgramForExport = defineUseCase({
  permission: "programs.manage",
  run: readProgramForExportUnchecked,
});
async function readProgramForExportUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<TransferProgram> {
  const { tx, ctx, programId } = options;
  const program = await tx.program.findFirst({
    where: { id: programId, organizationId: ctx.orgId },
    select: {
      title: true,
      tagline: true,
      summary: true,
      quote: true,
      statements: {
        where: { hidden: false },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          key: true,
          kind: true,
          text: true,
          reflectionPrompts: true,
          resources: {
            where: { hidden: false },
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: { key: true, title: true, body: true },
          },
        },
      },
    },
  });
  if (!program) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  const title = readText(program.title);
  const images = await folderImages({
    tx,
    ctx,
    bodies: program.statements.flatMap((statement) =>
      statement.resources.flatMap((resource) => Object.values(readText(resource.body))),
    ),
  });
  /** The organization's image URLs as the folder's own files (`../images/<id>.png`). */
  const relinked = (body: string) =>
    images.urls.size === 0 ? body : body.replace(IMAGE_URL, (url) => images.urls.get(url) ?? url);
  return {
    slug: programSlug(title),
    title,
    tagline: readText(program.tagline),
    summary: readText(program.summary),
    quote: readQuote(program.quote),
    statements: program.statements.map((statement) => ({
      key: statement.key,
      kind: statement.kind,
      text: readText(statement.text),
      reflectionPrompts: (Array.isArray(statement.reflectionPrompts) ? statement.reflectionPrompts : [])
        .map(readText)
        .filter((prompt) => prompt.nb !== undefined),
      resources: statement.resources.map((resource) => {
        const storedTitle = readText(resource.title);
        const storedBody = readText(resource.body);
        const title: LocalizedText = {};
        const body: LocalizedText = {};
        for (const language of languages) {
          if (storedTitle[language] && storedBody[language]) {
            title[language] = storedTitle[language];
            body[language] = relinked(storedBody[language]);
          }
        }
        return { key: resource.key, title, body };
      }),
    })),
    images: images.files,
  };
}

const IMAGE_URL = /\/o\/[a-z0-9-]+\/images\/[0-9a-f-]{36}/g;
const EXTENSION = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" } as const;

/**
 * The organization's images the texts show, as files of the folder: `images/<id>.<ext>`, and the
 * URL each replaces in the Markdown. Another organization's image URL (which no saved text has)
 * stays as it is, and the import refuses it.
 */
async function folderImages(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  bodies: string[];
}): Promise<{ files: Map<string, Uint8Array>; urls: Map<string, string> }> {
  const { tx, ctx } = options;
  const files = new Map<string, Uint8Array>();
  const urls = new Map<string, string>();
  for (const body of options.bodies) {
    for (const { url } of findMarkdownImages(body)) {
      const target = parseImagePath(url);
      if (!target || target.orgSlug !== ctx.orgSlug || urls.has(url)) continue;
      const image = await imageStore().get({ tx, ctx, id: target.imageId });
      if (!image) continue;
      const name = `images/${image.id}.${EXTENSION[image.contentType]}`;
      files.set(name, image.bytes);
      urls.set(url, `../${name}`);
    }
  }
  return { files, urls };
}

/** The program's zip, for the export route. */
export const exportProgram = defineUseCase({ permission: "programs.manage", run: exportProgramUnchecked });
async function exportProgramUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  return zipProgram(await readProgramForExport(options));
}

/** The zip of a program folder: `<slug>/program.json`, `<slug>/resources/…`, as in content/programs/. */
export function zipProgram(program: TransferProgram): { fileName: string; bytes: Uint8Array<ArrayBuffer> } {
  const entries: Zippable = {};
  for (const [name, text] of programFolderFiles(program)) entries[`${program.slug}/${name}`] = strToU8(text);
  // Images are compressed already: stored, not deflated again.
  for (const [name, bytes] of program.images) entries[`${program.slug}/${name}`] = [bytes, { level: 0 }];
  // A fixed time: the same program exports to the same bytes.
  const bytes = zipSync(entries, { level: 9, mtime: new Date("2000-01-01T00:00:00Z") });
  return { fileName: `${program.slug}.zip`, bytes: bytes as Uint8Array<ArrayBuffer> };
}
