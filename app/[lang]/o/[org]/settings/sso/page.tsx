import type { Metadata } from "next";
import { DisconnectSso } from "@/components/sso/disconnect-sso";
import { SsoDomains } from "@/components/sso/sso-domains";
import { SsoSettingsForm } from "@/components/sso/sso-settings-form";
import { addSsoDomainAction } from "@/lib/actions/sso/add-sso-domain";
import { disconnectSsoAction } from "@/lib/actions/sso/disconnect-sso";
import { removeSsoDomainAction } from "@/lib/actions/sso/remove-sso-domain";
import { saveSsoSettingsAction } from "@/lib/actions/sso/save-sso-settings";
import { verifySsoDomainAction } from "@/lib/actions/sso/verify-sso-domain";
import { postLogoutRedirectUri } from "@/lib/auth/end-session-url";
import { orgProviderId } from "@/lib/auth/provider-ids";
import { z } from "zod";
import { readPage } from "@/lib/pages/read-page";
import { authUrl, getEnv } from "@/lib/env";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { workspacePages } from "@/lib/orgs/workspace-pages";
import { listSsoDomains } from "@/lib/sso/sso-domains";
import { getSsoSettings } from "@/lib/sso/sso-settings";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ lang: string; org: string }> };

const loadSso = readPage({
  permission: workspacePages.sso.permission,
  params: z.object({}),
  path: () => workspacePages.sso.segment,
  run: async ({ tx, ctx }) => [await getSsoSettings({ tx, ctx }), await listSsoDomains({ tx, ctx })] as const,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await routeLanguage(params);
  return { title: getT(lang)("sso.metaTitle") };
}

export default async function SsoSettingsPage({ params }: Props) {
  const {
    lang,
    ctx,
    data: [settings, domains],
  } = await loadSso(params);
  const t = getT(lang);
  const origin = authUrl(getEnv());
  const redirectUri = `${origin}/api/auth/callback/${orgProviderId(ctx.orgId)}`;
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("sso.title")} description={t("sso.lead", { org: ctx.orgName })} />
      <Section id="sso-provider-title" title={t("sso.providerTitle")} className="max-w-2xl">
        <p className="mt-2 text-stone-700">{t("sso.redirectUri")}</p>
        <code className="mt-1 block break-all rounded bg-stone-100 px-2 py-1 text-sm text-stone-900">
          {redirectUri}
        </code>
        <p className="mt-3 text-stone-700">{t("sso.postLogoutRedirectUri")}</p>
        <code className="mt-1 block break-all rounded bg-stone-100 px-2 py-1 text-sm text-stone-900">
          {postLogoutRedirectUri(origin)}
        </code>
        <div className="mt-4">
          <SsoSettingsForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            settings={settings}
            action={saveSsoSettingsAction}
          />
        </div>
        <div className={settings.configured ? "mt-6 border-t border-stone-200 pt-6" : "mt-4"}>
          <DisconnectSso
            lang={lang}
            orgSlug={ctx.orgSlug}
            connected={settings.configured}
            action={disconnectSsoAction}
          />
        </div>
      </Section>
      <Section id="sso-domains-title" title={t("sso.domainsTitle")} className="max-w-2xl">
        <p className="mt-2 text-stone-700">{t("sso.domainsLead")}</p>
        <div className="mt-4">
          <SsoDomains
            lang={lang}
            orgSlug={ctx.orgSlug}
            domains={domains}
            addAction={addSsoDomainAction}
            verifyAction={verifySsoDomainAction}
            removeAction={removeSsoDomainAction}
          />
        </div>
      </Section>
    </div>
  );
}
