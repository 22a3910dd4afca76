// The audit log's filters, in the URL and in the CSV export's URL alike: who (a name or address,
// of whoever acted or was acted on), what kind of change, and which days. Read with zod; a value
// that does not parse is dropped rather than failing the page.
import { z } from "zod";

export const auditKinds = ["membership", "invitation", "team", "program", "organization"] as const;
export type AuditKind = (typeof auditKinds)[number];

export const AUDIT_PERSON_MAX_LENGTH = 100;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first = single(value);
    return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
  }, schema.optional().catch(undefined));
const day = z.iso.date();

export const auditQuery = z.object({
  person: optional(z.string().max(AUDIT_PERSON_MAX_LENGTH)),
  kind: optional(z.enum(auditKinds)),
  from: optional(day),
  to: optional(day),
  before: optional(z.uuid()),
});
export type AuditQuery = z.output<typeof auditQuery>;
export type AuditFilters = Omit<AuditQuery, "before">;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  return auditQuery.parse(params);
}

/** The search string for filters (and a page), leaving out what is not set. */
export function auditSearch(filters: AuditFilters & { before?: string }): string {
  const params = new URLSearchParams();
  for (const key of ["person", "kind", "from", "to", "before"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}
