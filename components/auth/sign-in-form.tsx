"use client";

import { Mail } from "@/components/ui/icons";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/provider-ids";
import { INVALID_EMAIL, retryMinutes, signInErrorKey } from "@/lib/auth/sign-in-errors";
import type { Language } from "@/lib/i18n/settings";
import { FormAlert } from "./form-alert";
import { Field } from "@/components/ui/field";

const EMAIL_INPUT_ID = "sign-in-email";

type SsoRoute = { provider: string | null; required: boolean };

async function ssoRouteFor(email: string): Promise<SsoRoute> {
  const response = await fetch("/api/auth/sso-route", {
    method: "POST",
    body: new URLSearchParams({ email }),
  });
  return (await response.json()) as SsoRoute;
}

/**
 * next-auth/react's signIn() only knows the providers /api/auth/providers lists, and an
 * organization's provider is built per request; this is the same POST it makes.
 */
async function startSingleSignOn(provider: string, callbackUrl: string, lang: Language): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch(
    `/api/auth/signin/${provider}?${new URLSearchParams({ ui_locales: lang, lang })}`,
    {
      method: "POST",
      headers: { "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
    },
  );
  const { url } = (await response.json()) as { url: string };
  window.location.href = url;
}

type Props = {
  lang: Language;
  /** Validated same-origin path to return to after the link is followed. */
  callbackUrl: string;
  /** A translated message the page was opened with (next-auth's ?error=…, e.g. an expired link). */
  initialError?: string;
  /** The address to start with (an invitation's), still editable. */
  initialEmail?: string;
};

/**
 * Asks next-auth to mail a sign-in link. The address is checked here for quick feedback and again
 * on the server, which also applies the rate limit; either answer comes back as a translated message.
 */
export function SignInForm({ lang, callbackUrl, initialError, initialEmail }: Props) {
  const { t } = useTranslation();
  const router = useRouter();
  const alertRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState(false);
  const [emailError, setEmailError] = useState<string>();
  const [formError, setFormError] = useState<string | undefined>(initialError);
  /** The address belongs to an organization's single sign-on, which it does not require: ask. */
  const [ssoChoice, setSsoChoice] = useState<{ provider: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped for every new form error, so focus moves to the alert once it is on the screen.
  const [formErrorCount, setFormErrorCount] = useState(0);

  useEffect(() => {
    if (formErrorCount > 0) alertRef.current?.focus();
  }, [formErrorCount]);

  function showEmailError(message: string) {
    setFormError(undefined);
    setEmailError(message);
    document.getElementById(EMAIL_INPUT_ID)?.focus();
  }

  function showFormError(message: string) {
    setEmailError(undefined);
    setFormError(message);
    setFormErrorCount((count) => count + 1);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(event.currentTarget, false);
  }

  async function submit(form: HTMLFormElement, mailInstead: boolean) {
    if (pending) return;
    const typed = String(new FormData(form).get("email") ?? "");
    if (typed.trim() === "") return showEmailError(t("auth.errors.emailRequired"));
    const email = emailAddressSchema.safeParse(typed);
    if (!email.success) return showEmailError(t("auth.errors.invalidEmail"));

    setPending(true);
    try {
      // An address of an organization's verified single sign-on domain goes to its provider (ADR 016);
      // where the organization does not require it, the person may still have a link mailed.
      if (!mailInstead) {
        const route = await ssoRouteFor(email.data);
        if (route.provider && route.required)
          return await startSingleSignOn(route.provider, callbackUrl, lang);
        if (route.provider) return setSsoChoice({ provider: route.provider });
      }
      // `lang` picks the mail's language on the server (lib/auth/auth-request.ts).
      const result = await signIn(
        EMAIL_PROVIDER_ID,
        { email: email.data, callbackUrl, redirect: false },
        { lang },
      );
      if (result?.error === INVALID_EMAIL) return showEmailError(t("auth.errors.invalidEmail"));
      if (!result || result.error)
        return showFormError(
          t(signInErrorKey(result?.error ?? ""), { count: retryMinutes(result?.url) ?? 15 }),
        );
      // The address goes along so the next page can take the code from the mail.
      router.push(`/${lang}/verify?${new URLSearchParams({ email: email.data, callbackUrl })}`);
    } catch {
      showFormError(t("auth.errors.network"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-5"
      aria-busy={pending || undefined}
    >
      <FormAlert ref={alertRef} title={t("auth.errors.title")} message={formError} />
      <Field
        id={EMAIL_INPUT_ID}
        name="email"
        type="email"
        label={t("auth.signIn.emailLabel")}
        hint={t("auth.signIn.emailHint")}
        error={emailError}
        autoComplete="email"
        defaultValue={initialEmail}
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        onChange={() => {
          if (emailError) setEmailError(undefined);
          setSsoChoice(null);
        }}
      />
      {/* aria-disabled rather than disabled: the button keeps focus while the request runs. */}
      <Button type="submit" size="lg" aria-disabled={pending || undefined}>
        <Mail aria-hidden="true" className="size-5" />
        {pending ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </Button>
      {ssoChoice && (
        <div
          role="group"
          aria-labelledby="sso-choice-lead"
          className="flex flex-col gap-3 rounded-xl border border-accent-200 bg-accent-50 p-4"
        >
          <p id="sso-choice-lead" className="text-stone-800">
            {t("auth.signIn.ssoChoice.lead")}
          </p>
          <Button type="button" onClick={() => void startSingleSignOn(ssoChoice.provider, callbackUrl, lang)}>
            {t("auth.signIn.ssoChoice.continue")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => formRef.current && void submit(formRef.current, true)}
          >
            {t("auth.signIn.ssoChoice.mailInstead")}
          </Button>
        </div>
      )}
    </form>
  );
}
