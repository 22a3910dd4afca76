// One sentence per audit entry, in the reader's language. Entries keep what they need to read
// well later in `data` (see record-audit.ts): name and email of the target, old and new values.
import type { TFunction } from "i18next";

/** Audit sentences: common's audit.*, program entries' in programs and updates. */
export const AUDIT_NAMESPACES = ["common", "programs", "updates"] as const;
export type AuditT = TFunction<typeof AUDIT_NAMESPACES>;
import { isLanguage, languageTags, type Language } from "@/lib/i18n/settings";
import { isRole } from "@/lib/permissions/roles";
import { auditActions, type AuditAction } from "./audit-actions";

export type DescribableAuditEntry = {
  action: string;
  data: Record<string, unknown>;
  actor: { name: string | null; email: string } | null;
};

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * The entry as a sentence in the reader's language (`lang`, else the language `t` is fixed to):
 * roles, "everyone" and dates are written for the reader, never as stored ("2026-12-28", "admin").
 */
export function describeAuditEntry(entry: DescribableAuditEntry, t: AuditT, lang?: Language): string {
  const reader = lang ?? readerLanguage(t);
  const actor = entry.actor ? entry.actor.name || entry.actor.email : t("audit.someone");
  const { data } = entry;
  const translateRole = (value: unknown) => (isRole(value) ? t(`roles.${value}`) : text(value));
  const values = {
    actor,
    target: text(data.name) || text(data.email),
    name: text(data.name),
    team: text(data.team),
    role: translateRole(data.role),
    from: entry.action === "membership.role" ? translateRole(data.from) : text(data.from),
    to:
      entry.action === "membership.role" || entry.action === "membership.sso"
        ? translateRole(data.to)
        : text(data.to),
    action: entry.action,
    ...programValues(entry, t, reader),
  };
  const known = (auditActions as readonly string[]).includes(entry.action);
  // An action recorded before its sentence was written still reads as something.
  const sentence = known ? t(sentenceKey(entry.action as AuditAction), { ...values, defaultValue: "" }) : "";
  return sentence || t("audit.actions.other", values);
}

/** Program sentences live in the programs namespace (locales/<lng>/programs.json, audit.*). */
function sentenceKey(action: AuditAction) {
  if (action === "program.update") return "updates:audit.update";
  // Typed, so that an audit action without its sentence fails the typecheck.
  return isProgramAction(action)
    ? (`programs:audit.${action.slice("program.".length) as ProgramActionName}` as const)
    : (`audit.actions.${action}` as const);
}

type ProgramAction = Exclude<Extract<AuditAction, `program.${string}`>, "program.update">;
type ProgramActionName = ProgramAction extends `program.${infer Name}` ? Name : never;
const isProgramAction = (action: AuditAction): action is ProgramAction => action.startsWith("program.");

/** What program entries add: the item edited, the audience ("everyone" translated), dates, major edits. */
function programValues(entry: DescribableAuditEntry, t: AuditT, lang: Language) {
  if (!entry.action.startsWith("program.")) return {};
  const { data } = entry;
  const noDate = t("programs:audit.noDueDate");
  const day = (value: unknown) => formatDay(text(value), lang) || noDate;
  return {
    item: text(data.item),
    team: data.audience === "everyone" ? t("programs:audit.everyone") : text(data.person) || text(data.team),
    due: day(data.due),
    from: day(data.from),
    to: day(data.to),
    // A major edit has its own sentence (the key's "_major" variant): learners' progress reopened.
    context: data.major === true ? "major" : undefined,
    // program.update: how many items of a library update were taken and how many kept.
    accepted: typeof data.accepted === "number" ? data.accepted : 0,
    kept: typeof data.kept === "number" ? data.kept : 0,
    version: text(data.toVersion),
  };
}

function readerLanguage(t: AuditT): Language {
  // A fixed t (getFixedT) knows its language; i18next keeps it on the function.
  const lng = (t as unknown as { lng?: unknown }).lng;
  return isLanguage(lng) ? lng : "nb";
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored day ("2026-12-28") as the reader writes it ("28. desember 2026"); other text as it is. */
export function formatDay(value: string, lang: Language): string {
  if (!DAY.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  // A due date is a calendar day, stored at midnight UTC: read it in UTC so it never shifts a day.
  return new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "long", timeZone: "UTC" }).format(date);
}
