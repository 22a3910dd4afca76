// One sentence per audit entry, in the reader's language. Entries keep what they need to read
// well later in `data` (see record-audit.ts): name and email of the target, old and new values.
import type { TFunction } from "i18next";
import { isRole } from "@/lib/permissions/roles";
import { auditActions, type AuditAction } from "./audit-actions";

export type DescribableAuditEntry = {
  action: string;
  data: Record<string, unknown>;
  actor: { name: string | null; email: string } | null;
};

const text = (value: unknown): string => (typeof value === "string" ? value : "");

export function describeAuditEntry(entry: DescribableAuditEntry, t: TFunction): string {
  const actor = entry.actor ? entry.actor.name || entry.actor.email : t("audit.someone");
  const { data } = entry;
  const translateRole = (value: unknown) => (isRole(value) ? t(`roles.${value}`) : text(value));
  const values = {
    actor,
    target: text(data.name) || text(data.email),
    name: text(data.name),
    team: text(data.team),
    from: entry.action === "membership.role" ? translateRole(data.from) : text(data.from),
    to: entry.action === "membership.role" || entry.action === "membership.sso" ? translateRole(data.to) : text(data.to),
    action: entry.action,
    ...programValues(entry, t),
  };
  const known = (auditActions as readonly string[]).includes(entry.action);
  // An action recorded before its sentence was written still reads as something.
  const sentence = known ? t(sentenceKey(entry.action as AuditAction), { ...values, defaultValue: "" }) : "";
  return sentence || t("audit.actions.other", values);
}

/** Program sentences live in the programs namespace (locales/<lng>/programs.json, audit.*). */
function sentenceKey(action: AuditAction): string {
  if (action === "program.update") return "updates:audit.update";
  return action.startsWith("program.")
    ? `programs:audit.${action.slice("program.".length)}`
    : `audit.actions.${action}`;
}

/** What program entries add: the item edited, the audience ("everyone" translated), dates, major edits. */
function programValues(entry: DescribableAuditEntry, t: TFunction) {
  if (!entry.action.startsWith("program.")) return {};
  const { data } = entry;
  const noDate = t("programs:audit.noDueDate");
  return {
    item: text(data.item),
    team: data.audience === "everyone" ? t("programs:audit.everyone") : text(data.team),
    due: text(data.due) || noDate,
    from: text(data.from) || noDate,
    to: text(data.to) || noDate,
    // A major edit has its own sentence (the key's "_major" variant): learners' progress reopened.
    context: data.major === true ? "major" : undefined,
    // program.update: how many items of a library update were taken and how many kept.
    accepted: typeof data.accepted === "number" ? data.accepted : 0,
    kept: typeof data.kept === "number" ? data.kept : 0,
    version: text(data.toVersion),
  };
}
