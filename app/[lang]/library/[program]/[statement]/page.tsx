import { ArrowLeft, ArrowRight, Clock } from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/library/breadcrumbs";
import { CopyToOrganization } from "@/components/library/copy-to-organization";
import { ProgramMarkdown } from "@/components/library/markdown";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { getLibraryStatement } from "@/lib/library/library-queries";
import { languageAlternates } from "@/lib/seo/alternates";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";

// Rendered per request for the CSP nonce (ADR 010); programs are read at request time, so the
// language layout's `dynamicParams = false` must not reach here.
export const dynamicParams = true;

type Params = Promise<{ lang: string; program: string; statement: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = await routeLanguage(params);
  const { program: slug, statement: key } = await params;
  const detail = await getLibraryStatement(slug, key, lang);
  if (!detail) return {};
  const description = detail.resources.map((resource) => resource.title).join(" · ");
  return {
    title: `${detail.statement.text} · ${detail.program.title}`,
    description,
    alternates: languageAlternates(lang, `/library/${slug}/${key}`),
    openGraph: { title: detail.statement.text, description, type: "article", locale: lang },
  };
}

export default async function LibraryStatementPage({ params }: { params: Params }) {
  const lang = await routeLanguage(params);
  const { program: slug, statement: key } = await params;
  const detail = await getLibraryStatement(slug, key, lang);
  if (!detail) notFound();
  const t = getT(lang, "library");
  const { program, statement, resources, previous, next } = detail;
  const programHref = `/${lang}/library/${program.slug}`;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs
        label={t("program.breadcrumb")}
        crumbs={[
          { href: `/${lang}/library`, label: t("title") },
          { href: programHref, label: program.title },
          {
            label: t("statement.position", {
              position: statement.position + 1,
              count: detail.statementCount,
            }),
          },
        ]}
      />

      <header className="mt-6">
        <p className="text-sm font-semibold tracking-wide text-accent-800 uppercase">
          {t(statement.kind === "know" ? "program.know" : "program.can")}
        </p>
        <h1 className={cn(pageTitleClasses, "mt-2 sm:text-4xl")}>{statement.text}</h1>
        <p className="mt-3 text-stone-600">
          {t("statement.position", { position: statement.position + 1, count: detail.statementCount })} ·{" "}
          {t("program.resources", { count: resources.length })}
        </p>
      </header>

      {resources.length > 1 && (
        <nav
          aria-labelledby="contents-title"
          className="mt-8 rounded-2xl border border-stone-200 bg-white p-5"
        >
          <h2 id="contents-title" className="font-semibold text-stone-900">
            {t("statement.contents")}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {resources.map((resource) => (
              <li key={resource.key}>
                <a
                  href={`#${resource.key}`}
                  className="rounded-sm text-accent-800 underline decoration-accent-300 underline-offset-4 focus-visible:outline-3 focus-visible:outline-accent-600"
                >
                  {resource.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      <div className="mt-8 flex flex-col gap-8">
        {resources.map((resource) => (
          <article
            key={resource.key}
            id={resource.key}
            aria-labelledby={`${resource.key}-title`}
            className="scroll-mt-6 rounded-2xl border border-stone-200 bg-white p-6 sm:p-8"
          >
            <h2 id={`${resource.key}-title`} className="text-2xl font-semibold text-stone-900">
              {resource.title}
            </h2>
            <p className="mt-2 flex items-center gap-1.5 text-sm text-stone-600">
              <Clock aria-hidden="true" className="size-4" />
              {t("statement.readingTime", { count: resource.readingMinutes })}
            </p>
            <div className="prose prose-stone mt-4 max-w-none prose-a:text-accent-800 prose-a:decoration-accent-300 prose-a:underline-offset-4">
              <ProgramMarkdown source={resource.body} lang={lang} topHeading={3} />
            </div>
          </article>
        ))}
      </div>

      <nav aria-label={t("statement.navigation")} className="mt-10 grid gap-3 sm:grid-cols-2">
        {previous ? (
          <Link
            href={`${programHref}/${previous.key}`}
            rel="prev"
            className="flex flex-col rounded-2xl border border-stone-200 bg-white p-4 hover:shadow-md focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
          >
            <span className="flex items-center gap-1 text-sm text-stone-600">
              <ArrowLeft aria-hidden="true" className="size-4" />
              {t("statement.previous")}
            </span>
            <span className="mt-1 font-medium text-stone-900">{previous.text}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link
            href={`${programHref}/${next.key}`}
            rel="next"
            className="flex flex-col rounded-2xl border border-stone-200 bg-white p-4 text-right hover:shadow-md focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
          >
            <span className="flex items-center justify-end gap-1 text-sm text-stone-600">
              {t("statement.next")}
              <ArrowRight aria-hidden="true" className="size-4" />
            </span>
            <span className="mt-1 font-medium text-stone-900">{next.text}</span>
          </Link>
        ) : (
          <Link
            href={programHref}
            className="flex items-center justify-end gap-1 rounded-2xl border border-stone-200 bg-white p-4 font-medium text-stone-900 hover:shadow-md focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
          >
            {t("statement.backToProgram", { title: program.title })}
          </Link>
        )}
      </nav>

      <div className="mt-10 rounded-2xl bg-accent-50 p-6">
        <CopyToOrganization lang={lang} slug={program.slug} compact />
      </div>
    </div>
  );
}
