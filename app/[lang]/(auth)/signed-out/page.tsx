import { LogOut } from "@/components/ui/icons";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthPanel } from "@/components/auth/auth-panel";
import { TextLink } from "@/components/ui/link";
import { getSessionUser } from "@/lib/auth/session";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getT(await routeLanguage(params));
  return { title: t("auth.signedOut.metaTitle"), robots: { index: false } };
}

/**
 * Where a person lands after signing out at their single sign-on provider as well (ADR 019). Someone
 * signed in is not told they are signed out: they go to the home page.
 */
export default async function SignedOutPage({ params }: Props) {
  const lang = await routeLanguage(params);
  if (await getSessionUser()) redirect(`/${lang}`);
  const t = getT(lang);
  return (
    <AuthPanel
      icon={<LogOut aria-hidden="true" className="size-6" />}
      title={t("auth.signedOut.title")}
      lead={<p>{t("auth.signedOut.body")}</p>}
    >
      <ul className="flex flex-col gap-2">
        <li>
          <TextLink href={`/${lang}/sign-in`}>{t("auth.signedOut.signInAgain")}</TextLink>
        </li>
        <li>
          <TextLink href={`/${lang}/library`}>{t("auth.signedOut.library")}</TextLink>
        </li>
      </ul>
    </AuthPanel>
  );
}
