import { ArrowLeft, CheckCircle2, TriangleAlert } from "@/components/ui/icons";
import type { Metadata } from "next";
import { z } from "zod";
import { LibraryUpdateForm, type UpdateFormItem } from "@/components/programs/library-update-form";
import { TextDiff } from "@/components/programs/text-diff";
import { TextLink } from "@/components/ui/link";
import { applyLibraryUpdateAction } from "@/lib/actions/programs/apply-library-update";
import { readPage } from "@/lib/pages/read-page";
import { formatDay } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { languageNames, languages, type Language } from "@/lib/i18n/settings";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { getLibraryUpdatePage, type LibraryUpdate } from "@/lib/programs/library-update/get-library-update";
import { defaultDecision, type UpdateItem } from "@/lib/programs/library-update/library-update-diff";
import { wordDiff } from "@/lib/programs/library-update/word-diff";
import { displayText } from "@/lib/programs/program-texts";
import { shortVersion } from "@/lib/programs/short-version";
import { pageTitleClasses } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  params: Promise<{ lang: string; org: string; programId: string }>;
  searchParams: Promise<{ accepted?: string | string[]; kept?: string | string[] }>;
};

/** The program of the URL and its pending library update, or the 404 page. */
const loadLibraryUpdate = readPage({
  permission: workspacePages.programs.permission,
  params: z.object({ programId: z.uuid() }),
  path: (raw) => `${workspacePages.programs.segment}/${String(raw.programId)}/updates`,
  run: ({ tx, ctx, params }) => getLibraryUpdatePage({ tx, ctx, programId: params.programId }),
});

async function load({ params }: Props) {
  const { lang, ctx, data } = await loadLibraryUpdate(params);
  return { lang, ctx, ...data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, program } = await load(props);
  return { title: getT(lang, "updates")("page.metaTitle", { title: displayText(program.title, lang) }) };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LibraryUpdatePage(props: Props) {
  const { lang, ctx, program, update, sourceVersion, sourceVersionDate } = await load(props);
  const query = await props.searchParams;
  const t = getT(lang, "updates");
  const programPath = `${workspacePath(lang, ctx.orgSlug, "programs")}/${program.id}`;
  const title = displayText(program.title, lang);
  const accepted = Number(first(query.accepted));
  const kept = Number(first(query.kept));
  const applied = Number.isInteger(accepted) && Number.isInteger(kept) && first(query.accepted) !== undefined;

  return (
    <div className="flex flex-col gap-8">
      <p>
        <TextLink href={programPath} className="inline-flex items-center gap-2">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("page.back")}
        </TextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className={pageTitleClasses}>{t("page.title")}</h1>
        <p className="text-xl font-medium break-words text-stone-800">{title}</p>
      </header>

      {applied && !update && (
        <p
          role="status"
          className="flex items-start gap-2 rounded-xl border border-accent-200 bg-accent-50 px-4 py-3 text-accent-900"
        >
          <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          {t("page.applied", {
            accepted,
            kept,
            date: sourceVersionDate ? formatDay(lang, sourceVersionDate) : shortVersion(sourceVersion ?? ""),
          })}
        </p>
      )}

      {!update ? (
        <EmptyState>{sourceVersion ? t("page.upToDate") : t("page.notCopy")}</EmptyState>
      ) : (
        <UpdateList lang={lang} orgSlug={ctx.orgSlug} update={update} />
      )}
    </div>
  );
}

function UpdateList({ lang, orgSlug, update }: { lang: Language; orgSlug: string; update: LibraryUpdate }) {
  const t = getT(lang, "updates");
  const labels = { removed: t("removedWords"), added: t("addedWords"), end: t("endOfChange") };
  const others = languages.filter((code) => code !== lang);

  const itemName = (item: UpdateItem) => {
    const text = item.texts[0];
    // A details item changes one field, named by its text (the same as its key).
    if (item.type === "details") return text ? t(`field.${text.field}`) : item.key;
    return text ? displayText(text.after, lang) || displayText(text.before, lang) : item.key;
  };
  const statementName = (item: UpdateItem) => {
    if (item.type === "statement")
      return displayText(update.statementTexts[item.key] ?? {}, lang) || itemName(item);
    return itemName(item);
  };
  const options = (item: UpdateItem) => [
    {
      value: "accept",
      label:
        item.change === "new"
          ? t("decision.acceptNew")
          : item.change === "removed"
            ? t("decision.acceptRemoved")
            : t("decision.accept"),
    },
    {
      value: "keep",
      label:
        item.change === "new"
          ? t("decision.keepNew")
          : item.change === "removed"
            ? t("decision.keepRemoved")
            : t("decision.keep"),
    },
  ];
  const diff = (before: string | undefined, after: string | undefined, code: Language) => (
    <TextDiff lang={code} parts={wordDiff(before ?? "", after ?? "")} labels={labels} />
  );

  const items: UpdateFormItem[] = update.items.map((item) => {
    const name = item.type === "statement" ? statementName(item) : itemName(item);
    return {
      id: item.id,
      legend: t("decision.legend", { item: name }),
      options: options(item),
      defaultDecision: defaultDecision(item),
      content: (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="rounded-full bg-stone-100 px-2.5 py-0.5 font-semibold text-stone-900">
              {t(`change.${item.change}`)}
            </span>
            <span className="font-medium text-stone-700">{t(`type.${item.type}`)}</span>
          </div>
          <h3 className="text-lg font-semibold break-words text-stone-900">{name}</h3>
          {item.type === "resource" && item.statementKey && (
            <p className="text-sm text-stone-700">
              {t("underStatement", {
                statement: displayText(update.statementTexts[item.statementKey] ?? {}, lang),
              })}
            </p>
          )}
          {item.localEdit && (
            <p className="flex items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
              <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              {t("localEdit")}
            </p>
          )}
          {item.kind?.before &&
            item.kind.after &&
            item.kind.before !== item.kind.after &&
            item.change === "changed" && (
              <p className="text-stone-800">
                {t("kindChange", { from: t(`kind.${item.kind.before}`), to: t(`kind.${item.kind.after}`) })}
              </p>
            )}
          {item.author && item.author.before !== item.author.after && (
            <p className="text-stone-800">
              {t("authorChange", {
                from: item.author.before ?? t("noAuthor"),
                to: item.author.after ?? t("noAuthor"),
              })}
            </p>
          )}
          {item.texts.map((text) => (
            <div key={text.field} className="flex flex-col gap-2">
              <h4 className="text-sm font-semibold text-stone-900">
                {t(`field.${text.field}`)} · {languageNames[lang]}
              </h4>
              {diff(text.before[lang], text.after[lang], lang)}
              <details className="rounded-lg border border-stone-200">
                <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600">
                  {others.map((code) => languageNames[code]).join(" · ")}
                </summary>
                <div className="flex flex-col gap-3 border-t border-stone-200 p-3">
                  {others.map((code) => (
                    <div key={code} className="flex flex-col gap-1">
                      <p className="text-sm font-semibold text-stone-900">
                        {languageNames[code]}
                        {(text.before[code] ?? "") === (text.after[code] ?? "") &&
                          ` (${t("unchangedLanguage")})`}
                      </p>
                      {diff(text.before[code], text.after[code], code)}
                    </div>
                  ))}
                </div>
              </details>
            </div>
          ))}
        </div>
      ),
    };
  });

  return (
    <section aria-labelledby="update-changes" className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <p className="max-w-prose text-stone-800">
          {t("page.lead", {
            title: displayText(update.source.title, lang),
            // The hash only where the library never recorded when it published a version.
            from: update.fromDate ? formatDay(lang, update.fromDate) : shortVersion(update.fromVersion),
            to: update.toDate ? formatDay(lang, update.toDate) : shortVersion(update.toVersion),
          })}
        </p>
        <p className="max-w-prose text-sm text-stone-700">{t("page.legend")}</p>
        <h2 id="update-changes" className="text-xl font-semibold text-stone-900">
          {t("page.count", { count: update.items.length })}
        </h2>
        {update.items.length === 0 && <p className="text-stone-700">{t("page.noItems")}</p>}
      </div>
      <LibraryUpdateForm
        lang={lang}
        orgSlug={orgSlug}
        programId={update.programId}
        fromVersion={update.fromVersion}
        toVersion={update.toVersion}
        items={items}
        action={applyLibraryUpdateAction}
      />
    </section>
  );
}
