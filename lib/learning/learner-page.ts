// The start of every learner page under /learn/[programId]: the workspace of the URL, then the
// program, which must be published and assigned to the person; anything else is the 404 page.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { withTenant } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import { routeLanguage } from "@/lib/i18n/route-language";
import type { Language } from "@/lib/i18n/settings";
import { requireWorkspace } from "@/lib/orgs/require-workspace";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { getLearnerProgram } from "./learner-program";

export async function loadLearnerPage(
  params: Promise<{ lang: string; org: string; programId: string }>,
  subPath = "",
) {
  const lang = await routeLanguage(params);
  const { org, programId } = await params;
  return loadLearnerProgramPage(lang, org, programId, subPath);
}

/**
 * Once per request (React cache, keyed by the URL's parts): a page's generateMetadata and the page
 * itself read the workspace and the program once between them, not twice (issue 17).
 */
const loadLearnerProgramPage = cache(
  async (lang: Language, org: string, programId: string, subPath: string) => {
    const learnPath = workspacePath(lang, org, "learn");
    const ctx = await requireWorkspace({
      lang,
      orgSlug: org,
      permission: workspacePages.learn.permission,
      path: `${learnPath}/${programId}${subPath}`,
    });
    if (!z.uuid().safeParse(programId).success) notFound();
    try {
      const program = await withTenant(ctx, (tx) => getLearnerProgram({ tx, ctx, programId }));
      return { lang, ctx, program, learnPath, programPath: `${learnPath}/${program.id}` };
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }
  },
);

/** The path of the next thing to do in a program, or of the program page when all is done. */
export function nextItemPath(
  programPath: string,
  next: { kind: "resource" | "statement"; id: string } | null,
) {
  if (!next) return programPath;
  return `${programPath}/${next.kind === "resource" ? "resources" : "statements"}/${next.id}`;
}
