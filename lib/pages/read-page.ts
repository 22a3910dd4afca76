// The one pipeline every workspace page reads through, as lib/actions/pipeline.ts is for writes
// (issue 17, ADR 025):
//   session with the person's active memberships (one statement) → workspace of the URL's slug →
//   permission → zod parse of the route's params → ONE withTenant transaction running the page's
//   use case (on the read replica when one is configured and safe to read: ADR 036) → AppError NOT_FOUND/FORBIDDEN → notFound().
// Wrapped in React cache(): a page's generateMetadata and the page itself call the same loader and
// share one read. Not a member, deactivated, another organization, a missing permission or
// malformed params: all render the 404 page, so nobody learns what exists elsewhere.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { z } from "zod";
import { getRequestSession, signInPath } from "@/lib/auth/session";
import { withTenantRead } from "@/lib/db/read-routing";
import type { TenantTx } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import { isLanguage, type Language } from "@/lib/i18n/settings";
import { workspaceFromSession } from "@/lib/orgs/resolve-workspace";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { can, type Permission } from "@/lib/permissions/permissions";

/** A route's params as Next.js hands them to a page under /[lang]/o/[org]/…. */
export type WorkspaceRouteParams = Promise<{ lang: string; org: string } & Record<string, string | string[]>>;

/** A page's search params as Next.js hands them over. */
export type RouteSearchParams = Promise<Record<string, string | string[] | undefined>>;

export type PageUseCase<Schema extends z.ZodType, Result, Search extends z.ZodType = z.ZodUndefined> = {
  permission: Permission;
  /** The route's own params (those after `lang` and `org`); anything that does not parse is a 404. */
  params: Schema;
  /**
   * The page's search params, when it reads any: a schema that never fails (`.catch()` its fields),
   * because a link with a stale or odd query should still show the page.
   */
  search?: Search;
  /** The page's path after /[lang]/o/[org], for sign-in to bring the person back to. */
  path: (params: Record<string, string | string[]>) => string;
  /** The page's reads, in one transaction scoped to the organization. */
  run: (args: {
    tx: TenantTx;
    ctx: WorkspaceContext;
    params: z.output<Schema>;
    lang: Language;
    /** The page's search params, parsed by `search`. */
    search: z.output<Search>;
  }) => Promise<Result>;
};

export type PageRead<Params, Search, Result> = {
  lang: Language;
  ctx: WorkspaceContext;
  params: Params;
  search: Search;
  data: Result;
};

/**
 * A page's loader: `const page = await loadX(props.params)` in generateMetadata and in the page,
 * one read between them per request.
 */
export function readPage<Schema extends z.ZodType, Result, Search extends z.ZodType = z.ZodUndefined>(
  useCase: PageUseCase<Schema, Result, Search>,
): (
  routeParams: WorkspaceRouteParams,
  searchParams?: RouteSearchParams,
) => Promise<PageRead<z.output<Schema>, z.output<Search>, Result>> {
  // Keyed by strings: React's cache compares arguments by identity.
  const load = cache(async (lang: Language, orgSlug: string, routeKey: string, searchKey: string) => {
    const raw = JSON.parse(routeKey) as Record<string, string | string[]>;
    const ctx = await requireWorkspaceContext({
      lang,
      orgSlug,
      permission: useCase.permission,
      path: `/${lang}/o/${orgSlug}${useCase.path(raw)}`,
    });
    const parsed = useCase.params.safeParse(raw);
    if (!parsed.success) notFound();
    const params = parsed.data as z.output<Schema>;
    const search = (
      useCase.search ? useCase.search.parse(JSON.parse(searchKey)) : undefined
    ) as z.output<Search>;
    try {
      const data = await withTenantRead(ctx, (tx) => useCase.run({ tx, ctx, params, lang, search }));
      return { lang, ctx, params, search, data };
    } catch (error) {
      if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
      throw error;
    }
  });
  return async (routeParams, searchParams) => {
    const { lang, org, ...rest } = await routeParams;
    if (!isLanguage(lang)) notFound();
    const query = (useCase.search && searchParams ? await searchParams : {}) ?? {};
    return load(lang, org, stableJson(rest), stableJson(query));
  };
}

/**
 * The workspace of the URL's slug as the signed-in person may act in it, from the session read
 * (no statement of its own); signed out, the person is sent to sign in and brought back to `path`.
 * For layouts and for pages whose reads need no transaction.
 */
export async function requireWorkspaceContext(options: {
  lang: Language;
  orgSlug: string;
  permission: Permission;
  path: string;
}): Promise<WorkspaceContext> {
  const session = await getRequestSession();
  if (!session) redirect(signInPath(options.lang, options.path));
  const ctx = workspaceFromSession(session, options.orgSlug);
  if (!ctx || !can(ctx.role, options.permission)) notFound();
  return ctx;
}

/** The same text for the same keys and values in any order: a cache key. */
function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(value, Object.keys(value).sort());
}

/** A search param's first value ("" when absent), for `search` schemas: `?q=a&q=b` reads as "a". */
export const firstValue = (value: unknown): string =>
  (Array.isArray(value) ? value[0] : value) === undefined
    ? ""
    : String(Array.isArray(value) ? value[0] : value);
