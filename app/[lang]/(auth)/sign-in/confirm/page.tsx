import { LogIn } from "@/components/ui/icons";
import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { emailCallbackAction, signInLinkParams } from "@/lib/auth/sign-in-link";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = getT(await routeLanguage(params));
  return { title: t("auth.confirm.metaTitle"), robots: { index: false } };
}

/**
 * Where a sign-in mail's link lands (issue 15). Opening it changes nothing, so a mail scanner that
 * fetches every link cannot use it up; the button's POST to next-auth's callback signs in.
 */
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  const lang = await routeLanguage(params);
  const t = getT(lang);
  const query = new URLSearchParams(
    Object.entries(await searchParams).flatMap(([key, value]) =>
      typeof value === "string" ? [[key, value] as [string, string]] : [],
    ),
  );
  const link = signInLinkParams(query);
  if (!link) {
    return (
      <AuthPanel
        icon={<LogIn aria-hidden="true" className="size-6" />}
        title={t("auth.confirm.title", { app: t("app.name") })}
        lead={<p>{t("auth.confirm.incomplete")}</p>}
      >
        <p>
          <TextLink href={`/${lang}/sign-in`}>{t("auth.verify.tryAgain")}</TextLink>
        </p>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel
      icon={<LogIn aria-hidden="true" className="size-6" />}
      title={t("auth.confirm.title", { app: t("app.name") })}
      lead={<p>{t("auth.confirm.lead", { email: link.email })}</p>}
    >
      <form method="post" action={emailCallbackAction(link)}>
        <Button type="submit" className="w-full break-all">
          {t("auth.confirm.button", { email: link.email })}
        </Button>
      </form>
      <p className="text-sm text-stone-600">{t("auth.confirm.why")}</p>
    </AuthPanel>
  );
}
