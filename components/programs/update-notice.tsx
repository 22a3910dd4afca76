import { RefreshCw } from "@/components/ui/icons";
import { TextLink } from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import type { AvailableUpdate } from "@/lib/programs/library-update/get-library-update";
import { displayText } from "@/lib/programs/program-texts";

type Props = {
  lang: Language;
  ctx: WorkspaceContext;
  /** Read in the page's transaction (listAvailableUpdates): that program's, or every copy's on the list. */
  updates: AvailableUpdate[];
  /** On a program's page: that program's notice. On the list: one for every copy with an update. */
  single: boolean;
};

/** "Update available": the library has a newer version of a copied program. Nothing when none has. */
export function UpdateNotice({ lang, ctx, updates, single }: Props) {
  if (updates.length === 0) return null;
  const t = getT(lang, "updates");
  const programsPath = `/${lang}/o/${ctx.orgSlug}/programs`;
  return (
    <section
      aria-labelledby="library-update-notice"
      className="flex items-start gap-3 rounded-2xl border border-accent-200 bg-accent-50 p-4 sm:p-5"
    >
      <RefreshCw aria-hidden="true" className="mt-1 size-5 shrink-0 text-accent-800" />
      <div className="flex flex-col gap-2">
        <h2 id="library-update-notice" className="text-lg font-semibold text-stone-900">
          {single ? t("notice.title") : t("notice.listTitle", { count: updates.length })}
        </h2>
        {single && <p className="max-w-prose text-stone-800">{t("notice.body")}</p>}
        <ul className="flex flex-col gap-1">
          {updates.map((update) => (
            <li key={update.programId}>
              <TextLink href={`${programsPath}/${update.programId}/updates`}>
                {single
                  ? t("notice.review")
                  : t("notice.reviewOf", { title: displayText(update.title, lang) })}
              </TextLink>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
