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
import { Section } from "@/components/ui/section";

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
      <Section id="insight-settings-title" title={t("settings.formTitle")} className="max-w-2xl">
        <div className="mt-4">
          <InsightSettingsForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            settings={settings}
            action={updateInsightSettingsAction}
          />
        </div>
      </Section>
      <Section
        id="reminder-settings-title"
        title={account("reminders.title")}
        description={account("reminders.lead")}
        className="max-w-2xl"
      >
        <div className="mt-4">
          <ReminderSettingsForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            settings={reminders}
            action={updateReminderSettingsAction}
          />
        </div>
      </Section>
    </div>
  );
}
