import { MailCheck } from "lucide-react";
import type { Metadata } from "next";
import { connection } from "next/server";
import { AuthPanel } from "@/components/auth/auth-panel";
import { OutboxNotice } from "@/components/auth/outbox-notice";
import { TextLink } from "@/components/ui/link";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { isOutboxEnabled } from "@/lib/mail/outbox";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getT(await routeLanguage(params));
  return { title: t("auth.verify.metaTitle"), robots: { index: false } };
}

/** "Check your email", after a sign-in link was requested. */
export default async function VerifyPage({ params }: Props) {
  const lang = await routeLanguage(params);
  // Whether mail goes to the outbox is decided by the running server's environment, not the build's.
  await connection();
  const t = getT(lang);
  return (
    <AuthPanel
      icon={<MailCheck aria-hidden="true" className="size-6" />}
      title={t("auth.verify.title")}
      lead={<p>{t("auth.verify.body")}</p>}
    >
      {isOutboxEnabled() && <OutboxNotice lang={lang} />}
      <p className="text-stone-700">
        {t("auth.verify.noMail")} <TextLink href={`/${lang}/sign-in`}>{t("auth.verify.tryAgain")}</TextLink>
      </p>
    </AuthPanel>
  );
}
