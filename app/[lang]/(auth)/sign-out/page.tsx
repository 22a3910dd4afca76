import { LogOut } from "@/components/ui/icons";
import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireSessionUser } from "@/lib/auth/session";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getT(await routeLanguage(params));
  return { title: t("auth.signOut.metaTitle"), robots: { index: false } };
}

/** Sign-out as a page of its own, for links and small screens; only for someone signed in. */
export default async function SignOutPage({ params }: Props) {
  const lang = await routeLanguage(params);
  const user = await requireSessionUser(lang, `/${lang}/sign-out`);
  const t = getT(lang);
  return (
    <AuthPanel
      icon={<LogOut aria-hidden="true" className="size-6" />}
      title={t("auth.signOut.title")}
      lead={<p>{t("auth.signOut.body", { email: user.email })}</p>}
    >
      <div>
        <SignOutButton lang={lang} variant="primary" size="lg" />
      </div>
    </AuthPanel>
  );
}
