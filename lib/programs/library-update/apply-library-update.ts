import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { languages } from "@/lib/i18n/settings";
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { auditName } from "../get-program-or-throw";
import { shortVersion } from "../short-version";
import type { TextUpdatedAt } from "../program-texts";
import { loadUpdateSource, type UpdateSource } from "./get-library-update";
import { defaultDecision, diffLibraryVersions, type UpdateItem } from "./library-update-diff";
import type { ApplyLibraryUpdateInput } from "./update-input";

export type AppliedLibraryUpdate = { programId: string; accepted: number; kept: number; version: string };

/**
 * Takes a library update item by item, in one transaction: accepted new items are added after the
 * copy's own, accepted changes replace the item's texts in every language, accepted removals delete
 * the item; kept items and everything the update does not touch stay as they are. The copy then
 * records the new source version. The diff is computed again here from the database, so only the
 * decisions come from the form (an item without one gets the default). The form names the version
 * it showed: once the copy moved on (a second submit, another HR), nothing is written: CONFLICT.
 */
export const applyLibraryUpdate = defineUseCase({
  permission: "programs.manage",
  run: applyLibraryUpdateUnchecked,
});
async function applyLibraryUpdateUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: ApplyLibraryUpdateInput;
  now?: Date;
}): Promise<AppliedLibraryUpdate> {
  const { tx, ctx, input } = options;
  // Two submits of one update take turns; the second then sees the new source version.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:program-update:${input.programId}`}))`;
  const source = await loadUpdateSource({ tx, ctx, programId: input.programId });
  if (!source || source.program.sourceVersion !== input.fromVersion)
    throw AppError.conflict({ messageKey: "updates:errors.moved" });
  if (source.library.currentVersion !== input.toVersion)
    throw AppError.conflict({ messageKey: "updates:errors.newer" });

  const items = diffLibraryVersions(source.before, source.after, source.copy);
  const accepted = items.filter((item) => (input.decisions[item.id] ?? defaultDecision(item)) === "accept");
  const now = (options.now ?? new Date()).toISOString();
  const allLanguages: TextUpdatedAt = Object.fromEntries(languages.map((lang) => [lang, now]));

  const applied = new Set<string>();
  await applyDetails(tx, ctx, source, accepted, applied);
  const statementIds = await applyStatements(tx, ctx, source, accepted, allLanguages, applied);
  await applyResources(tx, ctx, source, accepted, allLanguages, statementIds, applied);

  await tx.program.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: source.program.id } },
    data: { sourceVersion: source.library.currentVersion },
  });
  // An accepted item that could not be applied (a new resource whose new statement was kept) is kept.
  const result = {
    programId: source.program.id,
    accepted: applied.size,
    kept: items.length - applied.size,
    version: source.library.currentVersion,
  };
  await recordAudit({
    tx,
    ctx,
    action: "program.update",
    targetType: "program",
    targetId: source.program.id,
    data: {
      name: auditName(source.program.title, ctx),
      fromVersion: shortVersion(source.program.sourceVersion),
      toVersion: shortVersion(source.library.currentVersion),
      accepted: result.accepted,
      kept: result.kept,
    },
  });
  return result;
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

async function applyDetails(
  tx: TenantTx,
  ctx: WorkspaceContext,
  source: UpdateSource,
  accepted: UpdateItem[],
  applied: Set<string>,
) {
  const after = source.after;
  const data: Prisma.ProgramUpdateManyMutationInput = {};
  for (const item of accepted) {
    if (item.type !== "details") continue;
    if (item.key === "quote") data.quote = after.quote === null ? Prisma.DbNull : json(after.quote);
    else if (item.key === "title" || item.key === "tagline" || item.key === "summary")
      data[item.key] = json(after[item.key]);
    applied.add(item.id);
  }
  if (Object.keys(data).length === 0) return;
  await tx.program.update({
    where: { organizationId_id: { organizationId: ctx.orgId, id: source.program.id } },
    data: { ...data, lockVersion: { increment: 1 } },
  });
}

/** Applies the statement items; answers the ids of the copy's statements by key, new ones included. */
async function applyStatements(
  tx: TenantTx,
  ctx: WorkspaceContext,
  source: UpdateSource,
  accepted: UpdateItem[],
  textUpdatedAt: TextUpdatedAt,
  applied: Set<string>,
): Promise<Map<string, string>> {
  const ids = new Map(source.copy.statements.map((statement) => [statement.key, statement.id]));
  const library = new Map(source.after.statements.map((statement) => [statement.key, statement]));
  let position = Math.max(-1, ...source.copy.statements.map((statement) => statement.position));
  for (const item of accepted) {
    if (item.type !== "statement") continue;
    const id = ids.get(item.key);
    const next = library.get(item.key);
    if (item.change === "removed" && id) {
      // Cascades to its resources, as deleting it in the editor does.
      await tx.programStatement.delete({ where: { organizationId_id: { organizationId: ctx.orgId, id } } });
      ids.delete(item.key);
    } else if (item.change === "changed" && id && next) {
      await tx.programStatement.update({
        where: { organizationId_id: { organizationId: ctx.orgId, id } },
        data: {
          text: json(next.text),
          kind: next.kind,
          textUpdatedAt: json(textUpdatedAt),
          lockVersion: { increment: 1 },
        },
      });
    } else if (item.change === "new" && next) {
      const newId = randomUUID();
      position += 1;
      await tx.programStatement.create({
        data: {
          id: newId,
          organizationId: ctx.orgId,
          programId: source.program.id,
          key: next.key,
          position,
          kind: next.kind,
          text: json(next.text),
          reflectionPrompts: json(next.reflectionPrompts),
          textUpdatedAt: json(textUpdatedAt),
        },
      });
      ids.set(next.key, newId);
    } else continue;
    applied.add(item.id);
  }
  return ids;
}

async function applyResources(
  tx: TenantTx,
  ctx: WorkspaceContext,
  source: UpdateSource,
  accepted: UpdateItem[],
  textUpdatedAt: TextUpdatedAt,
  statementIds: Map<string, string>,
  applied: Set<string>,
) {
  const copy = new Map(source.copy.resources.map((resource) => [resource.key, resource]));
  const library = new Map(
    source.after.statements.flatMap((statement) =>
      statement.resources.map((resource) => [resource.key, resource]),
    ),
  );
  const lastPosition = new Map<string, number>();
  for (const resource of source.copy.resources)
    lastPosition.set(
      resource.statementId,
      Math.max(lastPosition.get(resource.statementId) ?? -1, resource.position),
    );
  for (const item of accepted) {
    if (item.type !== "resource") continue;
    const mine = copy.get(item.key);
    const next = library.get(item.key);
    if (item.change === "removed" && mine) {
      // Gone already when its statement was removed in this update.
      await tx.programResource.deleteMany({ where: { id: mine.id, organizationId: ctx.orgId } });
    } else if (item.change === "changed" && mine && next) {
      await tx.programResource.update({
        where: { organizationId_id: { organizationId: ctx.orgId, id: mine.id } },
        data: {
          title: json(resourceTexts(next, "title")),
          body: json(resourceTexts(next, "body")),
          textUpdatedAt: json(textUpdatedAt),
          lockVersion: { increment: 1 },
        },
      });
    } else if (item.change === "new" && next && item.statementKey) {
      const statementId = statementIds.get(item.statementKey);
      if (!statementId) continue;
      const position = (lastPosition.get(statementId) ?? -1) + 1;
      lastPosition.set(statementId, position);
      await tx.programResource.create({
        data: {
          organizationId: ctx.orgId,
          programId: source.program.id,
          statementId,
          key: next.key,
          position,
          title: json(resourceTexts(next, "title")),
          body: json(resourceTexts(next, "body")),
          textUpdatedAt: json(textUpdatedAt),
        },
      });
    } else continue;
    applied.add(item.id);
  }
}

type LibraryResource = LibraryProgram["statements"][number]["resources"][number];

function resourceTexts(resource: LibraryResource, part: "title" | "body") {
  return { nb: resource.text.nb[part], en: resource.text.en[part], nl: resource.text.nl[part] };
}
