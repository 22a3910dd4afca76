import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { assertResourceImages } from "@/lib/images/resource-images";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName } from "./get-program-or-throw";
import type { UpdateResourceInput } from "./program-input";
import { readText, readUpdatedAt, withText } from "./program-texts";
import { assertCurrentVersion, staleEdit } from "./stale-edit";
import { nextUpdatedAt } from "./translation-status";

export type UpdatedResource = { resourceId: string; lockVersion: number; changed: boolean; major: boolean };

/**
 * Saves a resource's title and Markdown body in one language, against the version the form edited:
 * when someone else saved in between, nothing is written and the answer is CONFLICT. The Markdown
 * is stored as written, once its images are found to be the organization's own; it is made safe
 * where it is rendered (ProgramMarkdown). A major change
 * raises the resource's revision (only when something changed: otherwise nothing is written).
 */
export const updateResource = defineUseCase({ permission: "programs.manage", run: updateResourceUnchecked });
async function updateResourceUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: UpdateResourceInput;
  now?: Date;
}): Promise<UpdatedResource> {
  const { tx, ctx, input } = options;
  const resource = await tx.programResource.findFirst({
    where: { id: input.resourceId, organizationId: ctx.orgId },
    select: {
      id: true,
      title: true,
      body: true,
      lockVersion: true,
      textUpdatedAt: true,
      program: { select: { id: true, title: true } },
    },
  });
  if (!resource) throw AppError.notFound({ messageKey: "programs:errors.notFound" });
  assertCurrentVersion(resource.lockVersion, input.lockVersion);

  const lang = input.language;
  const before = { title: readText(resource.title), body: readText(resource.body) };
  const title = withText(before.title, lang, input.title);
  const body = withText(before.body, lang, input.body);
  const major = input.major === true;
  const changed =
    (before.title[lang] ?? "") !== (title[lang] ?? "") || (before.body[lang] ?? "") !== (body[lang] ?? "");
  const storedTimes = readUpdatedAt(resource.textUpdatedAt);
  const textUpdatedAt = nextUpdatedAt(storedTimes, lang, changed, options.now ?? new Date());

  // Only a text that changed is checked: saving a translation unchanged never fails on its original.
  if ((before.body[lang] ?? "") !== (body[lang] ?? ""))
    await assertResourceImages({ tx, ctx, texts: [{ field: "body", markdown: input.body }] });

  if (!changed) {
    // A translation saved unchanged has been checked against the current original.
    if (textUpdatedAt !== storedTimes)
      await tx.programResource.update({
        where: { organizationId_id: { organizationId: ctx.orgId, id: resource.id } },
        data: { textUpdatedAt },
      });
    return { resourceId: resource.id, lockVersion: resource.lockVersion, changed: false, major: false };
  }
  const updated = await tx.programResource.updateMany({
    where: { id: resource.id, organizationId: ctx.orgId, lockVersion: input.lockVersion },
    data: {
      title,
      body,
      textUpdatedAt,
      lockVersion: { increment: 1 },
      // Learners' completions name the revision they were made on: a new one reopens them.
      ...(major ? { revision: { increment: 1 } } : {}),
    },
  });
  if (updated.count === 0) throw staleEdit();
  await recordAudit({
    tx,
    ctx,
    action: "program.resource.edit",
    targetType: "program",
    targetId: resource.program.id,
    data: {
      name: auditName(readText(resource.program.title), ctx),
      item: auditName(title, ctx),
      resourceId: resource.id,
      language: lang,
      ...(major ? { major: true } : {}),
    },
  });
  return { resourceId: resource.id, lockVersion: input.lockVersion + 1, changed: true, major };
}
