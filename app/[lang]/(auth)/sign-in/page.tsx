import { LogIn } from "@/components/ui/icons";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthPanel } from "@/components/auth/auth-panel";
import { OutboxNotice } from "@/components/auth/outbox-notice";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { isSingleSignOnEnabled } from "@/lib/auth/providers";
import { getSessionUser } from "@/lib/auth/session";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { signInErrorKey } from "@/lib/auth/sign-in-errors";
import { authUrl, getEnv } from "@/lib/env";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import { isOutboxEnabled } from "@/lib/mail/outbox";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<{
    callbackUrl?: string | string[];
    error?: string | string[];
    retryIn?: string | string[];
    email?: string | string[];
  }>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = getT(await routeLanguage(params));
  return { title: t("auth.signIn.metaTitle"), robots: { index: false } };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ params, searchParams }: Props) {
  const lang = await routeLanguage(params);
  const t = getT(lang);
  const query = await searchParams;
  // next-auth sends people back here with an absolute URL; anything off-site becomes the home page.
  const callbackUrl = safeCallbackPath(first(query.callbackUrl), lang, authUrl(getEnv()));
  if (await getSessionUser()) redirect(callbackUrl);

  const error = first(query.error);
  const env = getEnv();
  return (
    <AuthPanel
      icon={<LogIn aria-hidden="true" className="size-6" />}
      title={t("auth.signIn.title")}
      lead={
        <>
          <p>{t("auth.signIn.lead")}</p>
          <p className="mt-2 text-base text-stone-600">{t("auth.signIn.newHere")}</p>
        </>
      }
    >
      <SignInForm
        lang={lang}
        callbackUrl={callbackUrl}
        initialEmail={emailAddressSchema.safeParse(first(query.email) ?? "").data}
        initialError={
          error ? t(signInErrorKey(error), { count: Number(first(query.retryIn)) || 15 }) : undefined
        }
      />
      {isSingleSignOnEnabled(env) && (
        <>
          <p className="flex items-center gap-3 text-sm text-stone-600" aria-hidden="true">
            <span className="h-px flex-1 bg-stone-200" />
            {t("auth.signIn.or")}
            <span className="h-px flex-1 bg-stone-200" />
          </p>
          <SsoButton lang={lang} callbackUrl={callbackUrl} />
        </>
      )}
      {isOutboxEnabled(env) && <OutboxNotice lang={lang} />}
    </AuthPanel>
  );
}
