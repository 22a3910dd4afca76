// When an organization's people are reminded of due dates (issue 16): which days before, and whether
// on the day after it passed. HR's choice, audited; the notification scan reads it each time.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { ReminderSettingsInput } from "./reminder-settings-input";

export type ReminderSettings = { daysBefore: number[]; overdue: boolean };

export const getReminderSettings = defineUseCase({
  permission: "organization.manage",
  run: getReminderSettingsUnchecked,
});
async function getReminderSettingsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<ReminderSettings> {
  const org = await options.tx.organization.findUniqueOrThrow({
    where: { id: options.ctx.orgId },
    select: { reminderDaysBefore: true, overdueReminder: true },
  });
  return { daysBefore: [...org.reminderDaysBefore].sort((a, b) => b - a), overdue: org.overdueReminder };
}

export const updateReminderSettings = defineUseCase({
  permission: "organization.manage",
  run: updateReminderSettingsUnchecked,
});
async function updateReminderSettingsUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: ReminderSettingsInput;
}): Promise<ReminderSettings & { changed: boolean }> {
  const { tx, ctx, input } = options;
  const before = await getReminderSettings({ tx, ctx });
  const changed =
    before.overdue !== input.overdue || before.daysBefore.join(",") !== input.daysBefore.join(",");
  if (!changed) return { ...before, changed };
  await tx.organization.update({
    where: { id: ctx.orgId },
    data: { reminderDaysBefore: input.daysBefore, overdueReminder: input.overdue },
  });
  await recordAudit({
    tx,
    ctx,
    action: "organization.reminders",
    targetType: "organization",
    targetId: ctx.orgId,
    data: {
      daysBefore: { from: before.daysBefore.join(", "), to: input.daysBefore.join(", ") },
      overdue: { from: before.overdue, to: input.overdue },
    },
  });
  return { daysBefore: input.daysBefore, overdue: input.overdue, changed };
}
