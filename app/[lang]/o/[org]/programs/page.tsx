import {
  BookOpen,
  CalendarClock,
  ChevronRight,
  Download,
  FileUp,
  LibraryBig,
  Plus,
  Users,
} from "@/components/ui/icons";
import type { Metadata } from "next";
import Link from "next/link";
import { ProgramLearningLine } from "@/components/learning/program-learning-line";
import { ProgramStatusBadge } from "@/components/programs/program-status-badge";
import { UpdateNotice } from "@/components/programs/update-notice";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { z } from "zod";
import { listAvailableUpdates } from "@/lib/programs/library-update/get-library-update";
import { readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { summarizeProgramLearning } from "@/lib/learning/program-learning-summary";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { listPrograms, type ProgramListItem } from "@/lib/programs/list-programs";
import { displayText } from "@/lib/programs/program-texts";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadPrograms = readPage({
  permission: workspacePages.programs.permission,
  params: z.object({}),
  path: () => workspacePages.programs.segment,
  run: async ({ tx, ctx }) => {
    const list = await listPrograms({ tx, ctx });
    return {
      programs: list,
      learning: await summarizeProgramLearning({ tx, ctx, programIds: list.map((program) => program.id) }),
      updates: await listAvailableUpdates({ tx, ctx }),
    };
  },
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "programs")("list.metaTitle") };
}

/** HR's programs: status, source, assignments and learners' progress of each, in a line. */
export default async function ProgramsPage({ params }: Props) {
  const {
    lang,
    ctx,
    data: { programs: all, learning, updates },
  } = await loadPrograms(params);
  // Archived programs have a quiet list of their own at the end.
  const programs = all.filter((program) => program.status !== "archived");
  const archived = all.filter((program) => program.status === "archived");
  const t = getT(lang, "programs");
  const programsPath = workspacePath(lang, ctx.orgSlug, "programs");
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" });

  const audienceText = (program: ProgramListItem) =>
    program.assignments
      .map(({ audience, dueDate }) => {
        const who = audience.kind === "everyone" ? t("assign.everyoneShort") : audience.name;
        return dueDate ? t("list.audienceDue", { audience: who, date: date.format(dueDate) }) : who;
      })
      .join(" · ");

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={t("list.title")}
        description={t("list.lead", { org: ctx.orgName })}
        actions={
          programs.length > 0 && (
            <>
              <Link href={`${programsPath}/new`} className={buttonClasses("primary")}>
                <Plus aria-hidden="true" className="size-5" />
                {t("list.newProgram")}
              </Link>
              <Link href={`/${lang}/library`} className={buttonClasses("secondary")}>
                <LibraryBig aria-hidden="true" className="size-5" />
                {t("list.copyAnother")}
              </Link>
              <Link href={`${programsPath}/import`} className={buttonClasses("secondary")}>
                <FileUp aria-hidden="true" className="size-5" />
                {t("list.import")}
              </Link>
            </>
          )
        }
      />

      <UpdateNotice lang={lang} ctx={ctx} updates={updates} single={false} />

      {programs.length === 0 ? (
        <EmptyState
          titleId="no-programs"
          title={t("list.empty.title")}
          icon={<BookOpen aria-hidden="true" className="size-7 text-accent-700" />}
          actions={
            <div className="flex flex-wrap gap-3">
              <Link href={`/${lang}/library`} className={buttonClasses("primary")}>
                <LibraryBig aria-hidden="true" className="size-5" />
                {t("list.empty.action")}
              </Link>
              <Link href={`${programsPath}/new`} className={buttonClasses("secondary")}>
                <Plus aria-hidden="true" className="size-5" />
                {t("list.empty.write")}
              </Link>
              <Link href={`${programsPath}/import`} className={buttonClasses("secondary")}>
                <FileUp aria-hidden="true" className="size-5" />
                {t("list.import")}
              </Link>
            </div>
          }
        >
          {t("list.empty.body")}
        </EmptyState>
      ) : (
        <section aria-labelledby="program-list-title" className="flex flex-col gap-4">
          <h2 id="program-list-title" className="text-lg font-semibold text-stone-900">
            {t("list.count", { count: programs.length })}
          </h2>
          <ul className="flex flex-col gap-4">
            {programs.map((program) => {
              const title = displayText(program.title, lang);
              const href = `${programsPath}/${program.id}`;
              return (
                <li key={program.id} className="rounded-2xl border border-stone-200 bg-white p-5 sm:p-6">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <h3 className="text-xl font-semibold break-words text-stone-900">
                      <Link
                        href={href}
                        className="rounded-sm underline decoration-accent-300 underline-offset-4 hover:text-accent-800 hover:decoration-accent-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
                      >
                        {title}
                      </Link>
                    </h3>
                    <ProgramStatusBadge status={program.status} label={t(`status.${program.status}`)} />
                  </div>
                  <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="font-medium text-stone-900">{t("list.source")}</dt>
                    <dd className="text-stone-700">
                      {program.source ? (
                        <>
                          <TextLink href={`/${lang}/library/${program.source.slug}`}>
                            {displayText(program.source.title, lang)}
                          </TextLink>{" "}
                          {program.source.versionDate && (
                            // The hash is for whoever debugs an update, not for reading (ADR 033).
                            <span data-version={program.source.version}>
                              · {t("list.version", { date: date.format(program.source.versionDate) })}
                            </span>
                          )}{" "}
                          · {t("list.copiedOn", { date: date.format(program.createdAt) })}
                        </>
                      ) : (
                        t("list.ownProgram")
                      )}
                    </dd>
                    <dt className="font-medium text-stone-900">{t("list.assigned")}</dt>
                    <dd className="text-stone-700">
                      {program.assignments.length > 0 ? (
                        <span className="inline-flex items-start gap-1.5">
                          <CalendarClock
                            aria-hidden="true"
                            className="mt-0.5 size-4 shrink-0 text-accent-700"
                          />
                          {audienceText(program)}
                        </span>
                      ) : (
                        t("list.notAssigned")
                      )}
                    </dd>
                    <dt className="font-medium text-stone-900">{t("list.progress")}</dt>
                    <dd className="text-stone-700">
                      {program.assignedPeople > 0 ? (
                        <ProgramLearningLine summary={learning.get(program.id)!} t={getT(lang, "learning")} />
                      ) : (
                        <span className="inline-flex items-start gap-1.5">
                          <Users aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-accent-700" />
                          {t("list.nobodyAssigned")}
                        </span>
                      )}
                      {program.assignedPeople > 0 && program.status === "draft" && (
                        <span className="mt-1 block text-amber-900">{t("list.draftNotVisible")}</span>
                      )}
                    </dd>
                  </dl>
                  <div className="mt-5 flex flex-wrap gap-x-6 gap-y-2 border-t border-stone-100 pt-4">
                    <TextLink href={href} className="inline-flex items-center gap-1">
                      {t("list.edit")}
                      <span className="sr-only">: {title}</span>
                      <ChevronRight aria-hidden="true" className="size-4" />
                    </TextLink>
                    <TextLink href={`${href}/assignments`} className="inline-flex items-center gap-1">
                      {t("list.assign")}
                      <span className="sr-only">: {title}</span>
                      <ChevronRight aria-hidden="true" className="size-4" />
                    </TextLink>
                    <TextLink
                      href={`${programsPath}/new?from=${program.id}`}
                      className="inline-flex items-center gap-1"
                    >
                      {t("list.duplicate")}
                      <span className="sr-only">: {title}</span>
                      <ChevronRight aria-hidden="true" className="size-4" />
                    </TextLink>
                    <ExportLink href={`${href}/export`} label={t("list.export")} title={title} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {archived.length > 0 && (
        <section aria-labelledby="archived-programs" className="flex flex-col gap-3">
          <h2 id="archived-programs" className="text-lg font-semibold text-stone-900">
            {t("list.archivedTitle", { count: archived.length })}
          </h2>
          <p className="max-w-prose text-stone-700">{t("list.archivedLead")}</p>
          <ul className="flex flex-col divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {archived.map((program) => (
              <li key={program.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3">
                <TextLink href={`${programsPath}/${program.id}`} className="break-words">
                  {displayText(program.title, lang)}
                </TextLink>
                <span className="flex flex-wrap items-center gap-4">
                  <ExportLink
                    href={`${programsPath}/${program.id}/export`}
                    label={t("list.export")}
                    title={displayText(program.title, lang)}
                  />
                  <ProgramStatusBadge status={program.status} label={t(`status.${program.status}`)} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A program's zip (docs/content-format.md): a plain anchor, since a download is no page for next/link. */
function ExportLink({ href, label, title }: { href: string; label: string; title: string }) {
  return (
    <a href={href} download className="inline-flex items-center gap-1 text-link">
      <Download aria-hidden="true" className="size-4" />
      {label}
      <span className="sr-only">: {title}</span>
    </a>
  );
}
