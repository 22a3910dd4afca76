import { BookOpenCheck, CheckCircle2, ChevronDown, Lightbulb } from "@/components/ui/icons";
import type { Metadata } from "next";
import { z } from "zod";
import { AddResourceForm } from "@/components/programs/add-resource-form";
import { ArchiveProgramForm } from "@/components/programs/archive-program-form";
import { AddStatementForm } from "@/components/programs/add-statement-form";
import { DeleteItemButton } from "@/components/programs/delete-item-button";
import { ItemVisibilityButton } from "@/components/programs/item-visibility-button";
import { MoveItemButtons } from "@/components/programs/move-item-buttons";
import { ProgramDetailsForm } from "@/components/programs/program-details-form";
import { ProgramHeader } from "@/components/programs/program-header";
import { PublishProgramForm } from "@/components/programs/publish-program-form";
import { ResourceForm } from "@/components/programs/resource-form";
import { StatementForm } from "@/components/programs/statement-form";
import { StructureAnnouncer } from "@/components/programs/structure-announcer";
import { TranslationPicker } from "@/components/programs/translation-picker";
import { UpdateNotice } from "@/components/programs/update-notice";
import { TextLink } from "@/components/ui/link";
import { addResourceAction } from "@/lib/actions/programs/add-resource";
import { addStatementAction } from "@/lib/actions/programs/add-statement";
import { deleteProgramItemAction } from "@/lib/actions/programs/delete-program-item";
import { moveProgramItemAction } from "@/lib/actions/programs/move-program-item";
import { setItemHiddenAction } from "@/lib/actions/programs/set-item-hidden";
import { setProgramArchivedAction } from "@/lib/actions/programs/set-program-archived";
import { setProgramStatusAction } from "@/lib/actions/programs/set-program-status";
import { updateProgramDetailsAction } from "@/lib/actions/programs/update-program-details";
import { updateResourceAction } from "@/lib/actions/programs/update-resource";
import { updateStatementAction } from "@/lib/actions/programs/update-statement";
import { listAvailableUpdates } from "@/lib/programs/library-update/get-library-update";
import { firstValue, readPage } from "@/lib/pages/read-page";
import { getT } from "@/lib/i18n/server";
import { formatDay } from "@/lib/i18n/format";
import { imageSizesIn } from "@/lib/images/resource-images";
import { defaultLanguage, isLanguage, type Language } from "@/lib/i18n/settings";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { getProgramEditor } from "@/lib/programs/get-program-editor";
import { displayText } from "@/lib/programs/program-texts";
import { itemState } from "@/lib/programs/translation-status";

type Props = {
  params: Promise<{ lang: string; org: string; programId: string }>;
  searchParams: Promise<{
    language?: string | string[];
    copied?: string | string[];
    created?: string | string[];
    imported?: string | string[];
  }>;
};

/** The program of the URL, or the 404 page (malformed id, another organization's, not HR). */
const loadProgramEditor = readPage({
  permission: workspacePages.programs.permission,
  params: z.object({ programId: z.uuid() }),
  search: z.object({
    language: z.unknown().optional().transform(firstValue),
    /** Set by the copy page's redirect: the confirmation shows once. */
    copied: z
      .unknown()
      .optional()
      .transform((value) => value !== undefined),
    /** Set by "New program"'s redirect (an empty program or a duplicate). */
    created: z
      .unknown()
      .optional()
      .transform((value) => value !== undefined),
    /** Set by "Import program"'s redirect. */
    imported: z
      .unknown()
      .optional()
      .transform((value) => value !== undefined),
  }),
  path: (raw) => `${workspacePages.programs.segment}/${String(raw.programId)}`,
  run: async ({ tx, ctx, params }) => {
    const program = await getProgramEditor({ tx, ctx, programId: params.programId });
    // The sizes of the images the resources show, in any language, for the previews.
    const markdown = program.statements.flatMap((statement) =>
      statement.resources.flatMap((resource) =>
        Object.values(resource.body).filter((text) => text !== undefined),
      ),
    );
    return {
      program,
      updates: await listAvailableUpdates({ tx, ctx, programId: params.programId }),
      imageSizes: await imageSizesIn({ tx, ctx, markdown }),
    };
  },
});

async function load({ params, searchParams }: Props) {
  const { lang, ctx, search, data } = await loadProgramEditor(params, searchParams);
  return { lang, ctx, search, ...data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, program } = await load(props);
  return { title: displayText(program.title, lang) };
}

export default async function ProgramEditorPage(props: Props) {
  const { lang, ctx, program, updates, search, imageSizes } = await load(props);
  const images = { orgSlug: ctx.orgSlug, sizes: imageSizes };
  const requested = search.language;
  // The texts are edited in one language at a time; by default the one the page is read in.
  const language: Language = isLanguage(requested) ? requested : lang;
  const t = getT(lang, "programs");
  const programsPath = workspacePath(lang, ctx.orgSlug, "programs");
  const programPath = `${programsPath}/${program.id}`;
  const title = displayText(program.title, lang);
  const scope = { lang, orgSlug: ctx.orgSlug };
  const groups = [
    { kind: "know", heading: t("editor.knowHeading"), Icon: Lightbulb },
    { kind: "can", heading: t("editor.canHeading"), Icon: BookOpenCheck },
  ] as const;

  return (
    <div className="flex flex-col gap-8">
      <ProgramHeader
        t={t}
        programsPath={programsPath}
        programPath={programPath}
        title={title}
        status={program.status}
        current="texts"
      >
        {program.source && (
          <p className="text-stone-700">
            {t("editor.source")}{" "}
            <TextLink href={`/${lang}/library/${program.source.slug}`}>
              {displayText(program.source.title, lang)}
            </TextLink>
            {program.source.versionDate && (
              // The hash is for whoever debugs an update, not for reading (ADR 033).
              <span data-version={program.source.version}>
                {" · "}
                {t("list.version", { date: formatDay(lang, program.source.versionDate) })}
              </span>
            )}
          </p>
        )}
      </ProgramHeader>

      {(search.copied || search.created || search.imported) && (
        <p
          role="status"
          className="flex items-start gap-2 rounded-xl border border-accent-200 bg-accent-50 px-4 py-3 text-accent-900"
        >
          <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          {search.copied
            ? t("editor.copied", { org: ctx.orgName })
            : search.imported
              ? t("editor.imported", { org: ctx.orgName })
              : t(program.statements.length > 0 ? "editor.duplicated" : "editor.created", {
                  org: ctx.orgName,
                })}
        </p>
      )}

      <UpdateNotice lang={lang} ctx={ctx} updates={updates} single />

      {program.status === "archived" ? (
        <ArchiveProgramForm
          {...scope}
          programId={program.id}
          title={title}
          status={program.status}
          assignmentCount={program.assignmentCount}
          action={setProgramArchivedAction}
        />
      ) : (
        <PublishProgramForm
          {...scope}
          programId={program.id}
          status={program.status}
          action={setProgramStatusAction}
        />
      )}

      <TranslationPicker
        t={t}
        current={language}
        status={program.translation}
        hrefFor={(code) => `${programPath}?language=${code}`}
      />

      <section
        aria-labelledby="details-title"
        className="rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <h2 id="details-title" className="text-xl font-semibold text-stone-900">
          {t("editor.detailsTitle")}
        </h2>
        <div className="mt-4">
          <ProgramDetailsForm
            key={`details-${language}`}
            {...scope}
            language={language}
            program={program}
            action={updateProgramDetailsAction}
          />
        </div>
      </section>

      <section aria-labelledby="statements-title" className="flex flex-col gap-4">
        <StructureAnnouncer>
          <div>
            <h2
              id="statements-title"
              tabIndex={-1}
              className="text-xl font-semibold text-stone-900 focus:outline-none"
            >
              {t("editor.statementsTitle", { count: program.statements.length })}
            </h2>
            <p className="mt-1 max-w-prose text-stone-700">{t("editor.statementsLead")}</p>
          </div>
          {groups.map(({ kind, heading, Icon }) => {
            const statements = program.statements.filter((statement) => statement.kind === kind);
            if (statements.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`group-${kind}`} className="flex flex-col gap-3">
                <h3
                  id={`group-${kind}`}
                  className="flex items-center gap-2 text-lg font-semibold text-stone-900"
                >
                  <Icon aria-hidden="true" className="size-5 text-accent-700" />
                  {heading}
                </h3>
                <ol className="flex flex-col gap-3">
                  {statements.map((statement, statementIndex) => {
                    const text = displayText(statement.text, language);
                    // A missing translation shows the Bokmål text: mark it as such for screen readers.
                    const textLang = statement.text[language] ? language : defaultLanguage;
                    const state = itemState([statement.text], language, statement.textUpdatedAt);
                    const resourceStates = statement.resources.map((resource) =>
                      itemState([resource.title, resource.body], language, resource.textUpdatedAt),
                    );
                    const needsWork = [state, ...resourceStates].filter((s) => s !== "ok").length;
                    return (
                      <li
                        key={statement.id}
                        className="flex items-start gap-1 rounded-2xl border border-stone-200 bg-white"
                      >
                        <details className="group/statement min-w-0 flex-1">
                          <summary className="flex cursor-pointer list-none items-start gap-3 rounded-2xl p-4 hover:bg-stone-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600 sm:p-5">
                            <span
                              aria-hidden="true"
                              className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-100 text-sm font-semibold text-accent-800"
                            >
                              {statement.position + 1}
                            </span>
                            <span className="flex min-w-0 flex-col gap-1">
                              <span
                                lang={textLang}
                                className="text-lg font-medium break-words text-stone-900"
                              >
                                {text}
                              </span>
                              <span className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-700">
                                <span>
                                  {t("editor.resourceCount", { count: statement.resources.length })}
                                </span>
                                {statement.hidden && (
                                  <span className="font-medium text-amber-900">
                                    {t("editor.hiddenBadge")}
                                  </span>
                                )}
                                {needsWork > 0 && (
                                  <span className="font-medium text-amber-900">
                                    {t("editor.needsTranslation", { count: needsWork })}
                                  </span>
                                )}
                              </span>
                            </span>
                            <ChevronDown
                              aria-hidden="true"
                              className="mt-1 ml-auto size-5 shrink-0 text-stone-500 transition-transform group-open/statement:rotate-180"
                            />
                          </summary>
                          <div className="flex flex-col gap-6 border-t border-stone-200 p-4 sm:p-5">
                            <StatementForm
                              key={`${statement.id}-${language}`}
                              {...scope}
                              language={language}
                              statement={statement}
                              action={updateStatementAction}
                            />
                            <div className="flex flex-col gap-1">
                              <p className="text-sm text-stone-700">
                                {statement.hidden ? t("editor.hiddenExplained") : t("editor.hideExplained")}
                              </p>
                              <div className="flex flex-wrap items-start gap-3">
                                <ItemVisibilityButton
                                  {...scope}
                                  itemType="statement"
                                  itemId={statement.id}
                                  hidden={statement.hidden}
                                  label={text}
                                  action={setItemHiddenAction}
                                />
                                <DeleteItemButton
                                  {...scope}
                                  itemType="statement"
                                  itemId={statement.id}
                                  label={text}
                                  action={deleteProgramItemAction}
                                  focusAfterId="statements-title"
                                />
                              </div>
                            </div>
                            <section
                              aria-label={t("editor.resourcesOf", { statement: text })}
                              className="flex flex-col gap-3"
                            >
                              <h4
                                id={`resources-${statement.id}`}
                                tabIndex={-1}
                                className="font-semibold text-stone-900 focus:outline-none"
                              >
                                {t("editor.resourcesTitle")}
                              </h4>
                              {statement.resources.length > 0 && (
                                <ul className="flex flex-col gap-3">
                                  {statement.resources.map((resource, index) => {
                                    const resourceTitle = displayText(resource.title, language);
                                    const resourceState = resourceStates[index];
                                    return (
                                      <li
                                        key={resource.id}
                                        className="flex items-start gap-1 rounded-xl border border-stone-200"
                                      >
                                        <details className="group/resource min-w-0 flex-1">
                                          <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-xl px-4 py-3 font-medium text-stone-900 hover:bg-stone-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600">
                                            <span
                                              lang={resource.title[language] ? language : defaultLanguage}
                                            >
                                              {resourceTitle}
                                            </span>
                                            {resource.hidden && (
                                              <span className="text-sm font-medium text-amber-900">
                                                {t("editor.hiddenBadge")}
                                              </span>
                                            )}
                                            {resourceState && resourceState !== "ok" && (
                                              <span className="text-sm font-medium text-amber-900">
                                                {t(`translation.state.${resourceState}`)}
                                              </span>
                                            )}
                                            <ChevronDown
                                              aria-hidden="true"
                                              className="ml-auto size-5 shrink-0 text-stone-500 transition-transform group-open/resource:rotate-180"
                                            />
                                          </summary>
                                          <div className="flex flex-col gap-4 border-t border-stone-200 p-4">
                                            <ResourceForm
                                              key={`${resource.id}-${language}`}
                                              {...scope}
                                              programId={program.id}
                                              images={images}
                                              language={language}
                                              resource={resource}
                                              action={updateResourceAction}
                                            />
                                            <div className="flex flex-wrap items-start gap-3">
                                              <ItemVisibilityButton
                                                {...scope}
                                                itemType="resource"
                                                itemId={resource.id}
                                                hidden={resource.hidden}
                                                label={resourceTitle}
                                                action={setItemHiddenAction}
                                              />
                                              <DeleteItemButton
                                                {...scope}
                                                itemType="resource"
                                                itemId={resource.id}
                                                label={resourceTitle}
                                                action={deleteProgramItemAction}
                                                focusAfterId={`resources-${statement.id}`}
                                              />
                                            </div>
                                          </div>
                                        </details>
                                        <div className="p-1">
                                          <MoveItemButtons
                                            {...scope}
                                            itemType="resource"
                                            itemId={resource.id}
                                            label={resourceTitle}
                                            position={resource.position}
                                            canMoveUp={index > 0}
                                            canMoveDown={index < statement.resources.length - 1}
                                            action={moveProgramItemAction}
                                          />
                                        </div>
                                      </li>
                                    );
                                  })}
                                </ul>
                              )}
                              <details className="rounded-xl border border-dashed border-stone-300">
                                <summary className="cursor-pointer rounded-xl px-4 py-3 font-medium text-accent-800 hover:bg-stone-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600">
                                  {t("structure.addResourceTitle")}
                                </summary>
                                <div className="border-t border-stone-200 p-4">
                                  <AddResourceForm
                                    {...scope}
                                    statementId={statement.id}
                                    images={images}
                                    language={language}
                                    action={addResourceAction}
                                  />
                                </div>
                              </details>
                            </section>
                          </div>
                        </details>
                        <div className="p-2">
                          <MoveItemButtons
                            {...scope}
                            itemType="statement"
                            itemId={statement.id}
                            label={text}
                            position={statement.position}
                            canMoveUp={statementIndex > 0}
                            canMoveDown={statementIndex < statements.length - 1}
                            action={moveProgramItemAction}
                          />
                        </div>
                      </li>
                    );
                  })}
                </ol>
              </section>
            );
          })}
          <section
            aria-labelledby="add-statement-title"
            className="flex flex-col gap-3 rounded-2xl border border-dashed border-stone-300 bg-white p-4 sm:p-5"
          >
            <div>
              <h3 id="add-statement-title" className="text-lg font-semibold text-stone-900">
                {t("structure.addStatementTitle")}
              </h3>
              <p className="mt-1 max-w-prose text-sm text-stone-700">{t("structure.addStatementLead")}</p>
            </div>
            <AddStatementForm
              key={`add-${language}`}
              {...scope}
              programId={program.id}
              language={language}
              action={addStatementAction}
            />
          </section>
        </StructureAnnouncer>
      </section>

      {program.status !== "archived" && (
        <ArchiveProgramForm
          {...scope}
          programId={program.id}
          title={title}
          status={program.status}
          assignmentCount={program.assignmentCount}
          action={setProgramArchivedAction}
        />
      )}
    </div>
  );
}
