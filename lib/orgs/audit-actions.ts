/**
 * What HR can do that the audit log records. The audit page has a sentence for each
 * (audit.actions.* in locales/<lng>/common.json): add one there with every new action.
 */
export const auditActions = [
  "organization.create",
  "organization.settings",
  "organization.reminders",
  "organization.sso",
  "organization.ssoDomainAdd",
  "organization.ssoDomainVerify",
  "organization.ssoDomainRemove",
  "organization.ssoDisconnect",
  "membership.role",
  "membership.deactivate",
  "membership.reactivate",
  "membership.sso",
  "invitation.create",
  "invitation.resend",
  "invitation.revoke",
  "invitation.accept",
  "team.create",
  "team.rename",
  "team.delete",
  "team.members",
  "team.member.add",
  "team.member.remove",
  "team.manager.set",
  "team.manager.unset",
  // Programs: their sentences are in locales/<lng>/programs.json (audit.*).
  "program.copy",
  "program.create",
  "program.duplicate",
  "program.edit",
  "program.statement.edit",
  "program.statement.add",
  "program.statement.delete",
  "program.statement.move",
  "program.resource.edit",
  "program.resource.add",
  "program.resource.delete",
  "program.resource.move",
  "program.item.hide",
  "program.item.show",
  "program.publish",
  "program.unpublish",
  "program.assign",
  "program.assignment.due",
  "program.unassign",
  // Its sentence is in locales/<lng>/updates.json (audit.update).
  "program.update",
] as const;

export type AuditAction = (typeof auditActions)[number];
