// The organization's insight settings: k (the minimum group for distributions, never below 3) and
// after how many days a rating counts as stale. HR only; every change is audited.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { InsightSettingsInput } from "./insight-settings-input";

export type InsightSettings = { minimumGroupSize: number; ratingRefreshDays: number };

export const getInsightSettings = defineUseCase({
  permission: "organization.manage",
  run: getInsightSettingsUnchecked,
});
async function getInsightSettingsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<InsightSettings> {
  return options.tx.organization.findUniqueOrThrow({
    where: { id: options.ctx.orgId },
    select: { minimumGroupSize: true, ratingRefreshDays: true },
  });
}

export const updateInsightSettings = defineUseCase({
  permission: "organization.manage",
  run: updateInsightSettingsUnchecked,
});
async function updateInsightSettingsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: InsightSettingsInput;
}): Promise<InsightSettings & { changed: boolean }> {
  const { tx, ctx, input } = options;
  const before = await getInsightSettings({ tx, ctx });
  const changed =
    before.minimumGroupSize !== input.minimumGroupSize ||
    before.ratingRefreshDays !== input.ratingRefreshDays;
  if (!changed) return { ...before, changed };
  const saved = await tx.organization.update({
    where: { id: ctx.orgId },
    data: { minimumGroupSize: input.minimumGroupSize, ratingRefreshDays: input.ratingRefreshDays },
    select: { minimumGroupSize: true, ratingRefreshDays: true },
  });
  await recordAudit({
    tx,
    ctx,
    action: "organization.settings",
    targetType: "organization",
    targetId: ctx.orgId,
    data: {
      minimumGroupSize: { from: before.minimumGroupSize, to: saved.minimumGroupSize },
      ratingRefreshDays: { from: before.ratingRefreshDays, to: saved.ratingRefreshDays },
    },
  });
  return { ...saved, changed };
}
