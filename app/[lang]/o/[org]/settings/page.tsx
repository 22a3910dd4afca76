import type { Metadata } from "next";
import { InsightSettingsForm } from "@/components/insights/insight-settings-form";
import { ReminderSettingsForm } from "@/components/notifications/reminder-settings-form";
import { updateInsightSettingsAction } from "@/lib/actions/insights/update-insight-settings";
import { updateReminderSettingsAction } from "@/lib/actions/notifications/update-reminder-settings";
import { z } from "zod";
import { readPage } from "@/lib/pages/read-page";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { getInsightSettings } from "@/lib/insights/insight-settings";
import { getReminderSettings } from "@/lib/notifications/reminder-settings";
import { workspacePages } from "@/lib/orgs/workspace-pages";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadSettings = readPage({
  permission: workspacePages.settings.permission,
  params: z.object({}),
  path: () => workspacePages.settings.segment,
  run: async ({ tx, ctx }) => ({
    settings: await getInsightSettings({ tx, ctx }),
    reminders: await getReminderSettings({ tx, ctx }),
  }),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang, "insights")("settings.metaTitle") };
}

export default async function SettingsPage({ params }: Props) {
  const {
    lang,
    ctx,
    data: { settings, reminders },
  } = await loadSettings(params);
  const t = getT(lang, "insights");
  const account = getT(lang, "account");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("settings.title")} description={t("settings.lead", { org: ctx.orgName })} />
      <section
        aria-labelledby="insight-settings-title"
        className="max-w-2xl rounded-2xl border border-stone-200 bg-white p-6"
      >
        <h2 id="insight-settings-title" className="text-xl font-semibold text-stone-900">
          {t("settings.formTitle")}
        </h2>
        <div className="mt-4">
          <InsightSettingsForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            settings={settings}
            action={updateInsightSettingsAction}
          />
        </div>
      </section>
      <section
        aria-labelledby="reminder-settings-title"
        className="max-w-2xl rounded-2xl border border-stone-200 bg-white p-6"
      >
        <h2 id="reminder-settings-title" className="text-xl font-semibold text-stone-900">
          {account("reminders.title")}
        </h2>
        <p className="mt-1 text-stone-700">{account("reminders.lead")}</p>
        <div className="mt-4">
          <ReminderSettingsForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            settings={reminders}
            action={updateReminderSettingsAction}
          />
        </div>
      </section>
    </div>
  );
}
