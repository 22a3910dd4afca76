"use client";

import { Clock3, Search, X } from "@/components/ui/icons";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProgramCover } from "@/components/programs/program-cover";
import { languages as allLanguages, type Language } from "@/lib/i18n/settings";
import { matchesSearch, searchableText } from "@/lib/library/search-programs";

export type SearchableProgram = {
  slug: string;
  title: string;
  tagline: string;
  summary: string;
  statementCount: number;
  resourceCount: number;
  /** The total reading time in words ("ca. 25 min"), made on the server. */
  duration: string;
  languages: Language[];
  statements: string[];
};

/**
 * The library list with a search over titles, taglines, summaries and statements. The page is
 * pre-rendered with every program; filtering happens here, and the query is kept in ?q= so a
 * search can be shared and survives a reload.
 */
export function LibrarySearchClient({ lang, programs }: { lang: Language; programs: SearchableProgram[] }) {
  const { t } = useTranslation("library");
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [query, setQuery] = useState(() => searchParams.get("q") ?? "");
  const deferredQuery = useDeferredValue(query);
  const indexed = useMemo(
    () => programs.map((program) => ({ program, text: searchableText(program) })),
    [programs],
  );
  const visible = indexed
    .filter(({ text }) => matchesSearch(text, deferredQuery))
    .map(({ program }) => program);

  function update(next: string) {
    setQuery(next);
    const params = new URLSearchParams(window.location.search);
    if (next.trim()) params.set("q", next);
    else params.delete("q");
    router.replace(`${pathname}${params.size ? `?${params.toString()}` : ""}`, { scroll: false });
  }

  const languageList = (list: Language[]) => list.map((code) => t(`languageNames.${code}`)).join(", ");

  return (
    <div className="mt-8">
      <form role="search" onSubmit={(event) => event.preventDefault()} className="max-w-xl">
        <label htmlFor="library-search" className="font-medium text-stone-900">
          {t("search.label")}
        </label>
        <div className="relative mt-1.5">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-stone-500"
          />
          <input
            id="library-search"
            type="search"
            value={query}
            onChange={(event) => update(event.target.value)}
            placeholder={t("search.placeholder")}
            className="min-h-12 w-full rounded-lg border border-stone-400 bg-white py-2 pr-3 pl-10 text-base focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
          />
        </div>
      </form>
      <p role="status" className="mt-4 text-sm text-stone-600">
        {t("search.results", { count: visible.length })}
      </p>
      {visible.length === 0 ? (
        <div className="mt-4 rounded-2xl border border-dashed border-stone-300 bg-white p-8 text-center">
          <p className="text-lg font-medium text-stone-900">{t("search.empty", { query: deferredQuery })}</p>
          <p className="mt-2 text-stone-700">{t("search.emptyHint")}</p>
          <button
            type="button"
            onClick={() => update("")}
            className="mt-4 inline-flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
          >
            <X aria-hidden="true" className="size-4" />
            {t("search.clear")}
          </button>
        </div>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {visible.map((program) => (
            <li key={program.slug}>
              <article className="relative flex h-full flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white transition-shadow focus-within:ring-3 focus-within:ring-accent-600 hover:shadow-md">
                <ProgramCover seed={program.slug} className="h-24 w-full sm:h-28" />
                <div className="flex flex-1 flex-col p-6 pt-4">
                  <h2 className="text-xl font-semibold text-stone-900">
                    <Link
                      href={`/${lang}/library/${program.slug}`}
                      className="after:absolute after:inset-0 focus-visible:outline-none"
                    >
                      {program.title}
                    </Link>
                  </h2>
                  <p className="mt-1 text-stone-700">{program.tagline}</p>
                  <p className="mt-3 flex-1 text-sm text-stone-600">{program.summary}</p>
                  <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-medium text-stone-700">
                    <span>{t("card.statements", { count: program.statementCount })}</span>
                    <span aria-hidden="true">·</span>
                    <span>{t("card.resources", { count: program.resourceCount })}</span>
                    <span aria-hidden="true">·</span>
                    <span className="inline-flex items-center gap-1">
                      <Clock3 aria-hidden="true" className="size-4 text-accent-700" />
                      {program.duration}
                    </span>
                  </p>
                  {/* Said only where it matters: a program not yet in every language the library has. */}
                  {program.languages.length < allLanguages.length && (
                    <p className="mt-1 text-sm text-stone-600">
                      {t("card.languages", { languages: languageList(program.languages) })}
                    </p>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
