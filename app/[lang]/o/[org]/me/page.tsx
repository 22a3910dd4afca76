import { Download, EyeOff, Eye, ToggleRight } from "@/components/ui/icons";
import type { Metadata } from "next";
import { DeleteAccountDialog } from "@/components/account/delete-account-dialog";
import { MailPreferencesForm } from "@/components/account/mail-preferences-form";
import { ToggleSwitch } from "@/components/account/toggle-switch";
import { buttonClasses } from "@/components/ui/button";
import { getShareRatings } from "@/lib/account/set-share-ratings";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { setMailPreferencesAction } from "@/lib/actions/account/set-mail-preferences";
import { setShareRatingsAction } from "@/lib/actions/account/set-share-ratings";
import { z } from "zod";
import { readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { requireSessionUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { readMailPreferences } from "@/lib/notifications/mail-preferences";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { pageTitleClasses } from "@/components/ui/page-header";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadMyData = readPage({
  permission: workspacePages.me.permission,
  params: z.object({}),
  path: () => workspacePages.me.segment,
  run: async ({ tx, ctx }) => ({
    shared: await getShareRatings({ tx, ctx }),
    // The account's own switches: the User row, which is no organization's.
    mailPreferences: await readMailPreferences(tx, ctx.userId),
  }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "account")("metaTitle") };
}

/**
 * "My data & privacy": who sees what, the sharing switch, which mails to get, download everything,
 * delete the account.
 */
export default async function MyDataPage({ params }: Props) {
  const {
    lang,
    ctx,
    data: { shared, mailPreferences },
  } = await loadMyData(params);
  const path = workspacePath(lang, ctx.orgSlug, "me");
  // The request's session read, already made by the pipeline: no statement of its own.
  const user = await requireSessionUser(lang, path);
  const t = getT(lang, "account");
  const groups = [
    { key: "always", icon: Eye },
    { key: "withSwitch", icon: ToggleRight },
    { key: "never", icon: EyeOff },
  ] as const;

  return (
    <div className="flex max-w-3xl flex-col gap-10">
      <header>
        <h1 className={pageTitleClasses}>{t("title")}</h1>
        <p className="mt-3 text-lg text-stone-700">{t("lead", { org: ctx.orgName })}</p>
      </header>

      <section
        aria-labelledby="privacy-title"
        className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <h2 id="privacy-title" className="text-xl font-semibold text-stone-900">
          {t("privacy.title")}
        </h2>
        <ul className="flex flex-col gap-4">
          {groups.map(({ key, icon: Icon }) => (
            <li key={key} className="flex gap-3">
              <Icon aria-hidden="true" className="mt-1 size-5 shrink-0 text-accent-700" />
              <div>
                <h3 className="font-semibold text-stone-900">{t(`privacy.${key}.title`)}</h3>
                <p className="text-stone-700">{t(`privacy.${key}.body`)}</p>
              </div>
            </li>
          ))}
        </ul>
        <div className="border-t border-stone-200 pt-4">
          <ToggleSwitch
            lang={lang}
            orgSlug={ctx.orgSlug}
            action={setShareRatingsAction}
            label={t("privacy.switchLabel")}
            description={t("privacy.switchHelp")}
            checked={shared}
          />
        </div>
      </section>

      <section
        aria-labelledby="mail-title"
        className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <h2 id="mail-title" className="text-xl font-semibold text-stone-900">
          {t("mailPreferences.title")}
        </h2>
        <p className="text-stone-700">{t("mailPreferences.lead")}</p>
        <MailPreferencesForm lang={lang} action={setMailPreferencesAction} preferences={mailPreferences} />
      </section>

      <section
        aria-labelledby="export-title"
        className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <h2 id="export-title" className="text-xl font-semibold text-stone-900">
          {t("export.title")}
        </h2>
        <p className="text-stone-700">{t("export.body", { org: ctx.orgName })}</p>
        <a href={`${path}/export`} download className={`${buttonClasses("secondary")} self-start`}>
          <Download aria-hidden="true" className="size-4" />
          {t("export.button")}
        </a>
      </section>

      <section
        aria-labelledby="delete-title"
        className="flex flex-col gap-3 rounded-2xl border border-red-200 bg-white p-5 sm:p-6"
      >
        <h2 id="delete-title" className="text-xl font-semibold text-stone-900">
          {t("delete.title")}
        </h2>
        <p className="text-stone-700">{t("delete.body")}</p>
        <p className="text-stone-700">{t("delete.owners")}</p>
        <DeleteAccountDialog lang={lang} email={user.email} action={deleteAccountAction} />
      </section>
    </div>
  );
}
