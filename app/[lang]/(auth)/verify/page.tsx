import { MailCheck } from "@/components/ui/icons";
import type { Metadata } from "next";
import { connection } from "next/server";
import { AuthPanel } from "@/components/auth/auth-panel";
import { FormAlert } from "@/components/auth/form-alert";
import { OutboxNotice } from "@/components/auth/outbox-notice";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { SIGN_IN_CODE_LENGTH } from "@/lib/auth/sign-in-code";
import { routeLanguage } from "@/lib/i18n/route-language";
import { getT } from "@/lib/i18n/server";
import type { TranslationKey } from "@/lib/i18n/keys";
import { isOutboxEnabled } from "@/lib/mail/outbox";
import { Field } from "@/components/ui/field";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = getT(await routeLanguage(params));
  return { title: t("auth.verify.metaTitle"), robots: { index: false } };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const codeErrors: Partial<Record<string, TranslationKey>> = {
  codeInvalid: "auth.errors.codeInvalid",
  codeExpired: "auth.errors.codeExpired",
};

/** "Check your email", after a sign-in link was requested: open the link, or type the code here. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const lang = await routeLanguage(params);
  // Whether mail goes to the outbox is decided by the running server's environment, not the build's.
  await connection();
  const t = getT(lang);
  const query = await searchParams;
  const email = emailAddressSchema.safeParse(first(query.email) ?? "");
  const callbackUrl = safeCallbackPath(first(query.callbackUrl), lang);
  const errorKey = codeErrors[first(query.error) ?? ""];
  return (
    <AuthPanel
      icon={<MailCheck aria-hidden="true" className="size-6" />}
      title={t("auth.verify.title")}
      lead={<p>{t("auth.verify.body")}</p>}
    >
      {email.success && (
        <form method="post" action="/api/auth/code" className="flex flex-col gap-4">
          <FormAlert title={t("auth.errors.title")} message={errorKey ? t(errorKey) : undefined} />
          <p className="text-stone-700">{t("auth.verify.codeFor", { email: email.data })}</p>
          <input type="hidden" name="email" value={email.data} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <input type="hidden" name="lang" value={lang} />
          <Field
            name="code"
            label={t("auth.verify.codeLabel")}
            hint={t("auth.verify.codeHint")}
            // The message is in the alert above; said twice, it would be read twice.
            aria-invalid={errorKey ? true : undefined}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 \-]*"
            maxLength={SIGN_IN_CODE_LENGTH + 4}
            required
          />
          <Button type="submit">{t("auth.verify.codeSubmit")}</Button>
        </form>
      )}
      {isOutboxEnabled() && <OutboxNotice lang={lang} />}
      <p className="text-stone-700">
        {t("auth.verify.noMail")} <TextLink href={`/${lang}/sign-in`}>{t("auth.verify.tryAgain")}</TextLink>
      </p>
    </AuthPanel>
  );
}
