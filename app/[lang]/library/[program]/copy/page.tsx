import { randomUUID } from "node:crypto";
import { BookOpen, Building2 } from "@/components/ui/icons";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/library/breadcrumbs";
import { CreateOrganizationForm } from "@/components/orgs/create-organization-form";
import { CopyProgramForm } from "@/components/programs/copy-program-form";
import { TextLink } from "@/components/ui/link";
import type { ActionState } from "@/lib/actions/action-result";
import type { ActionInput, UserScope } from "@/lib/actions/pipeline";
import { copyLibraryProgramAction } from "@/lib/actions/programs/copy-library-program";
import { createOrganizationForCopy } from "@/lib/actions/programs/create-organization-for-copy";
import { requireSessionUser } from "@/lib/auth/session";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { getLibraryProgram } from "@/lib/library/library-queries";
import type { CreatedOrganization } from "@/lib/orgs/create-organization";
import { listLibraryCopyTargets } from "@/lib/programs/library-copy-targets";
import { pageTitleClasses } from "@/components/ui/page-header";
import { cn } from "@/lib/ui/cn";
import { Section } from "@/components/ui/section";

// Programs are read at request time here; the language layout's `dynamicParams = false` must not reach here.
export const dynamicParams = true;

type Props = {
  params: Promise<{ lang: string; program: string }>;
  searchParams: Promise<{ new?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  const { program: slug } = await params;
  const program = await getLibraryProgram(slug, lang);
  return {
    title: getT(lang, "programs")("copy.metaTitle", { title: program?.title ?? "" }),
    robots: { index: false },
  };
}

/**
 * "Copy to your organization": sign in (the return path brings the person back here), create an
 * organization when they are HR in none, pick one when they are HR in several, confirm, and land
 * in the copy.
 */
export default async function CopyProgramPage({ params, searchParams }: Props) {
  const lang = await routeLanguage(params);
  const { program: slug } = await params;
  const program = await getLibraryProgram(slug, lang);
  if (!program) notFound();
  const copyPath = `/${lang}/library/${slug}/copy`;
  const user = await requireSessionUser(lang, copyPath);
  const t = getT(lang, "programs");
  const library = getT(lang, "library");

  const wantsNew = (await searchParams).new !== undefined;
  const { targets, memberOfAny } = await listLibraryCopyTargets({ userId: user.id, librarySlug: slug, lang });

  async function createOrganizationThenCopy(
    scope: UserScope,
    previous: ActionState<CreatedOrganization>,
    input: ActionInput,
  ) {
    "use server";
    return createOrganizationForCopy(slug, scope, previous, input);
  }

  const resourceCount = program.statements.reduce((sum, statement) => sum + statement.resourceCount, 0);
  const createStep = targets.length === 0 || wantsNew;

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8 px-4 py-8 sm:py-12">
      <Breadcrumbs
        label={library("program.breadcrumb")}
        crumbs={[
          { href: `/${lang}/library`, label: library("title") },
          { href: `/${lang}/library/${slug}`, label: program.title },
          { label: t("copy.breadcrumb") },
        ]}
      />
      <header>
        <h1 className={cn(pageTitleClasses, "sm:text-4xl")}>{t("copy.title", { title: program.title })}</h1>
        <p className="mt-3 text-lg text-stone-700">{t("copy.lead")}</p>
      </header>

      <section aria-labelledby="copy-what" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="copy-what" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          <BookOpen aria-hidden="true" className="size-5 text-accent-700" />
          {program.title}
        </h2>
        <p className="mt-1 text-stone-700">{program.tagline}</p>
        <p className="mt-2 text-sm text-stone-700">
          {t("copy.contents", {
            statements: library("program.summary", { count: program.statements.length }),
            resources: library("program.resources", { count: resourceCount }),
          })}
        </p>
      </section>

      {createStep ? (
        <section
          aria-labelledby="copy-create"
          className="rounded-2xl border border-stone-200 bg-white p-6 sm:p-8"
        >
          <Building2 aria-hidden="true" className="size-7 text-accent-700" />
          <h2 id="copy-create" className="mt-3 text-xl font-semibold text-stone-900">
            {t("copy.createTitle")}
          </h2>
          <p className="mt-2 text-stone-700">
            {memberOfAny && targets.length === 0 ? t("copy.createNotHr") : t("copy.createLead")}
          </p>
          <div className="mt-6">
            <CreateOrganizationForm lang={lang} action={createOrganizationThenCopy} personName={user.name} />
          </div>
          {targets.length > 0 && (
            <p className="mt-6 border-t border-stone-200 pt-4">
              <TextLink href={copyPath}>{t("copy.backToPick")}</TextLink>
            </p>
          )}
        </section>
      ) : (
        <Section
          id="copy-confirm"
          title={targets.length === 1 ? t("copy.confirmTitle") : t("copy.pickTitle")}
          className="sm:p-8"
        >
          <p className="mt-2 text-stone-700">{t("copy.draftNote")}</p>
          <div className="mt-6">
            <CopyProgramForm
              lang={lang}
              programSlug={slug}
              programTitle={program.title}
              requestKey={randomUUID()}
              organizations={targets}
              action={copyLibraryProgramAction}
            />
          </div>
          <p className="mt-6 border-t border-stone-200 pt-4 text-sm">
            <TextLink href={`${copyPath}?new`}>{t("copy.createInstead")}</TextLink>
          </p>
        </Section>
      )}
    </div>
  );
}
