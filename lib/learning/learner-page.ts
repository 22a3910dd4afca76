// The learner pages' use cases, read through the page pipeline (lib/pages/read-page.ts): each is
// one transaction of a few statements (issue 17), shared by the page's generateMetadata and the
// page. The program must be published and assigned to the person; anything else is the 404 page.
import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { Language } from "@/lib/i18n/settings";
import { imageSizesIn } from "@/lib/images/resource-images";
import { workspacePath } from "@/lib/orgs/workspace-pages";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { readPage } from "@/lib/pages/read-page";
import { displayText } from "@/lib/programs/program-texts";
import { workspacePages } from "@/lib/orgs/workspace-pages";
import { getGrowth } from "./get-growth";
import { getLearnerProgram, locateResource } from "./learner-program";
import { listMyPrograms } from "./list-my-programs";
import { listMyReflections, listRatingHistory } from "./statement-history";

const permission = workspacePages.learn.permission;

/** The paths a learner page links to. */
export function learnerPaths(lang: Language, ctx: WorkspaceContext, programId: string) {
  const learnPath = workspacePath(lang, ctx.orgSlug, "learn");
  return { learnPath, programPath: `${learnPath}/${programId}` };
}

/** My programs: every published program assigned to the learner, with progress. */
export const loadMyProgramsPage = readPage({
  permission,
  params: z.object({}),
  path: () => "/learn",
  // One clock for the list and its notices.
  run: async ({ tx, ctx }) => {
    const now = new Date();
    return { now, programs: await listMyPrograms({ tx, ctx, now }) };
  },
});

/** A program as the learner works through it. */
export const loadLearnerProgramPage = readPage({
  permission,
  params: z.object({ programId: z.uuid() }),
  path: (raw) => `/learn/${String(raw.programId)}`,
  run: ({ tx, ctx, params }) => getLearnerProgram({ tx, ctx, programId: params.programId }),
});

/** A resource of the program, with its body and its neighbours, in the same statement as the program. */
export const loadLearnerResourcePage = readPage({
  permission,
  params: z.object({ programId: z.uuid(), resourceId: z.uuid() }),
  path: (raw) => `/learn/${String(raw.programId)}/resources/${String(raw.resourceId)}`,
  run: async ({ tx, ctx, params, lang }) => {
    const { resourceBody, ...program } = await getLearnerProgram({
      tx,
      ctx,
      programId: params.programId,
      resourceId: params.resourceId,
    });
    // Only the visible resources of this program are in it: any other id is a 404.
    const located = locateResource(program, params.resourceId);
    if (!located || !resourceBody) throw AppError.notFound();
    // The sizes of the organization's images in the text shown, so the page reserves their room.
    const imageSizes = await imageSizesIn({ tx, ctx, markdown: [displayText(resourceBody, lang)] });
    return { program, located, body: resourceBody, imageSizes };
  },
});

/** A statement of the program, with the learner's own rating history and reflections. */
export const loadLearnerStatementPage = readPage({
  permission,
  params: z.object({ programId: z.uuid(), statementId: z.uuid() }),
  path: (raw) => `/learn/${String(raw.programId)}/statements/${String(raw.statementId)}`,
  run: async ({ tx, ctx, params }) => {
    const program = await getLearnerProgram({ tx, ctx, programId: params.programId });
    const statement = program.statements.find((entry) => entry.id === params.statementId);
    if (!statement) throw AppError.notFound();
    const [history, reflections] = await Promise.all([
      listRatingHistory({ tx, ctx, statementId: statement.id, revision: statement.revision }),
      listMyReflections({ tx, ctx, statementId: statement.id }),
    ]);
    return { program, statement, history, reflections };
  },
});

/** The learner's growth in the program. */
export const loadLearnerGrowthPage = readPage({
  permission,
  params: z.object({ programId: z.uuid() }),
  path: (raw) => `/learn/${String(raw.programId)}/growth`,
  run: async ({ tx, ctx, params }) => {
    const program = await getLearnerProgram({ tx, ctx, programId: params.programId });
    const growth = await getGrowth({
      tx,
      ctx,
      statementIds: program.statements.map((statement) => statement.id),
    });
    return { program, growth };
  },
});

/** The path of the next thing to do in a program, or of the program page when all is done. */
export function nextItemPath(
  programPath: string,
  next: { kind: "resource" | "statement"; id: string } | null,
) {
  if (!next) return programPath;
  return `${programPath}/${next.kind === "resource" ? "resources" : "statements"}/${next.id}`;
}
