import { HeartHandshake } from "@/components/ui/icons";
import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { TextLink } from "@/components/ui/link";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getT(await routeLanguage(params), "account");
  return { title: t("goodbye.metaTitle"), robots: { index: false } };
}

/** Where a deleted account lands: signed out, nothing of theirs left. */
export default async function GoodbyePage({ params }: Props) {
  const lang = await routeLanguage(params);
  const t = getT(lang, "account");
  return (
    <AuthPanel
      icon={<HeartHandshake aria-hidden="true" className="size-6" />}
      title={t("goodbye.title")}
      lead={<p>{t("goodbye.body")}</p>}
    >
      <p>
        <TextLink href={`/${lang}/library`}>{t("goodbye.library")}</TextLink>
      </p>
    </AuthPanel>
  );
}
