import { BookOpenCheck, Lightbulb, Quote } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/library/breadcrumbs";
import { CopyToOrganization } from "@/components/library/copy-to-organization";
import { ProgramCover } from "@/components/programs/program-cover";
import { TotalTime } from "@/components/programs/total-time";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { getLibraryProgram, type LibraryStatementSummary } from "@/lib/library/library-queries";
import { languageAlternates } from "@/lib/seo/alternates";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

// Rendered per request for the CSP nonce (ADR 010); programs are read at request time, so the
// language layout's `dynamicParams = false` must not reach here.
export const dynamicParams = true;

type Params = Promise<{ lang: string; program: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = await routeLanguage(params);
  const { program: slug } = await params;
  const program = await getLibraryProgram(slug, lang);
  if (!program) return {};
  return {
    title: program.title,
    description: program.summary,
    alternates: languageAlternates(lang, `/library/${slug}`),
    openGraph: {
      title: program.title,
      description: `${program.tagline} ${program.summary}`,
      type: "article",
      locale: lang,
    },
  };
}

export default async function LibraryProgramPage({ params }: { params: Params }) {
  const lang = await routeLanguage(params);
  const { program: slug } = await params;
  const program = await getLibraryProgram(slug, lang);
  if (!program) notFound();
  const t = getT(lang, "library");
  const groups = [
    { kind: "know", heading: t("program.knowHeading"), Icon: Lightbulb },
    { kind: "can", heading: t("program.canHeading"), Icon: BookOpenCheck },
  ] as const;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs
        label={t("program.breadcrumb")}
        crumbs={[{ href: `/${lang}/library`, label: t("title") }, { label: program.title }]}
      />

      <header className="mt-6">
        <div className="mb-6 overflow-hidden rounded-2xl">
          <ProgramCover seed={program.slug} className="h-28 w-full sm:h-40" />
        </div>
        <h1 className={cn(pageTitleClasses, "sm:text-4xl")}>{program.title}</h1>
        <p className="mt-3 text-lg text-stone-700">{program.tagline}</p>
        <TotalTime lang={lang} minutes={program.totalMinutes} className="mt-3" />
        {program.quote && (
          <figure className="mt-6 rounded-2xl border-l-4 border-accent-600 bg-accent-50 px-5 py-4">
            <Quote aria-hidden="true" className="size-5 text-accent-700" />
            <blockquote className="mt-1 text-lg text-stone-900 italic">{program.quote.text}</blockquote>
            {(program.quote.author || program.quote.source) && (
              <figcaption className="mt-2 text-sm text-stone-700">
                {program.quote.author && t("program.quoteBy", { author: program.quote.author })}
                {program.quote.author && program.quote.source && ", "}
                {program.quote.source && <cite>{program.quote.source}</cite>}
              </figcaption>
            )}
          </figure>
        )}
        <div className="mt-8">
          <CopyToOrganization lang={lang} slug={program.slug} />
        </div>
      </header>

      <section aria-labelledby="statements-title" className="mt-12">
        <h2 id="statements-title" className="sr-only">
          {t("program.statementsTitle")}
        </h2>
        <p className="text-sm font-medium text-stone-600">
          {t("program.summary", { count: program.statements.length })}
        </p>
        {groups.map(({ kind, heading, Icon }) => {
          const statements = program.statements.filter((statement) => statement.kind === kind);
          if (statements.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`group-${kind}`} className="mt-6">
              <h3
                id={`group-${kind}`}
                className="flex items-center gap-2 text-xl font-semibold text-stone-900"
              >
                <Icon aria-hidden="true" className="size-5 text-accent-700" />
                {heading}
              </h3>
              <ol className="mt-3 flex flex-col gap-3">
                {statements.map((statement) => (
                  <StatementCard key={statement.key} lang={lang} slug={program.slug} statement={statement} />
                ))}
              </ol>
            </section>
          );
        })}
      </section>

      {program.related.length > 0 && (
        <section aria-labelledby="related-title" className="mt-12 border-t border-stone-200 pt-8">
          <h2 id="related-title" className="text-xl font-semibold text-stone-900">
            {t("program.related")}
          </h2>
          <p className="mt-1 text-stone-700">{t("program.relatedLead")}</p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {program.related.map((related) => (
              <li key={related.slug}>
                <Link
                  href={`/${lang}/library/${related.slug}`}
                  className="block h-full rounded-2xl border border-stone-200 bg-white p-5 hover:shadow-md focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                >
                  <span className="block font-semibold text-accent-800 underline decoration-accent-300 underline-offset-4">
                    {related.title}
                  </span>
                  <span className="mt-1 block text-sm text-stone-700">{related.tagline}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function StatementCard({
  lang,
  slug,
  statement,
}: {
  lang: "nb" | "en" | "nl";
  slug: string;
  statement: LibraryStatementSummary;
}) {
  const t = getT(lang, "library");
  return (
    <li>
      <Link
        href={`/${lang}/library/${slug}/${statement.key}`}
        className="flex items-start gap-4 rounded-2xl border border-stone-200 bg-white p-4 hover:shadow-md focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600 sm:p-5"
      >
        <span
          aria-hidden="true"
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-100 text-sm font-semibold text-accent-800"
        >
          {statement.position + 1}
        </span>
        <span className="flex flex-col gap-1">
          <span className="text-lg font-medium text-stone-900">{statement.text}</span>
          <span className="text-sm text-stone-600">
            {t("program.resources", { count: statement.resourceCount })} ·{" "}
            {t("program.minutes", { count: statement.readingMinutes })}
          </span>
        </span>
      </Link>
    </li>
  );
}
