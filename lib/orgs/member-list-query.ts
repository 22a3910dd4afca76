// The members table's URL: search, filters, sort and page as search parameters, read with zod.
// A value that does not parse falls back to its default instead of failing the page: these URLs
// are shared and bookmarked, and a stale or hand-edited one should still show the list.
import { z } from "zod";
import { roles } from "@/lib/permissions/roles";
import { MEMBER_SEARCH_MAX_LENGTH, memberStatuses } from "./member-input";

export const memberSorts = ["name", "email", "role", "lastActive", "joined"] as const;
export type MemberSort = (typeof memberSorts)[number];
export const sortDirections = ["asc", "desc"] as const;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalOf = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first = single(value);
    return first === "" ? undefined : first;
  }, schema.optional().catch(undefined));

export const memberListQuery = z.object({
  q: z.preprocess(
    (value) =>
      typeof single(value) === "string"
        ? (single(value) as string).trim().slice(0, MEMBER_SEARCH_MAX_LENGTH)
        : "",
    z.string(),
  ),
  role: optionalOf(z.enum(roles)),
  status: optionalOf(z.enum(memberStatuses)),
  team: optionalOf(z.uuid()),
  sort: z.preprocess(single, z.enum(memberSorts).catch("name")),
  dir: z.preprocess(single, z.enum(sortDirections).catch("asc")),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type MemberListQuery = z.output<typeof memberListQuery>;

export function parseMemberListQuery(params: Record<string, string | string[] | undefined>): MemberListQuery {
  return memberListQuery.parse(params);
}

/** The URL search string of a query, leaving out defaults so plain links stay plain. */
export function memberListSearch(query: MemberListQuery, change: Partial<MemberListQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.role) params.set("role", next.role);
  if (next.status) params.set("status", next.status);
  if (next.team) params.set("team", next.team);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
