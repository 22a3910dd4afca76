import "server-only";
import { zipSync, strToU8 } from "fflate";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { languages } from "@/lib/i18n/settings";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { readQuote, readText, type LocalizedText } from "../program-texts";
import type { TransferProgram } from "./check-program-folder";
import { programFolderFiles, programSlug } from "./program-folder";

/**
 * A program of the organization (its own or a library copy, any status) as it would be read from
 * a content folder. What learners do not see is left out, because the format has no place for it:
 * hidden statements and resources, and a language of a resource that has a title but no body.
 */
export async function readProgramForExport(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<TransferProgram> {
  const { tx, ctx, programId } = options;
  requirePermission(ctx, "programs.manage");
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
            body[language] = storedBody[language];
          }
        }
        return { key: resource.key, title, body };
      }),
    })),
  };
}

/** The program's zip, for the export route. */
export async function exportProgram(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  programId: string;
}): Promise<{ fileName: string; bytes: Uint8Array<ArrayBuffer> }> {
  return zipProgram(await readProgramForExport(options));
}

/** The zip of a program folder: `<slug>/program.json`, `<slug>/resources/…`, as in content/programs/. */
export function zipProgram(program: TransferProgram): { fileName: string; bytes: Uint8Array<ArrayBuffer> } {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of programFolderFiles(program)) entries[`${program.slug}/${name}`] = strToU8(text);
  // A fixed time: the same program exports to the same bytes.
  const bytes = zipSync(entries, { level: 9, mtime: new Date("2000-01-01T00:00:00Z") });
  return { fileName: `${program.slug}.zip`, bytes: bytes as Uint8Array<ArrayBuffer> };
}
