"use client";

import { MailCheck, MailMinus } from "@/components/ui/icons";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { FormStatus } from "@/components/ui/form-status";
import { Button, buttonClasses } from "@/components/ui/button";
import type { unsubscribeAction } from "@/lib/actions/account/unsubscribe";
import type { Language } from "@/lib/i18n/settings";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  token: string;
  kind: NotificationKind;
  signedIn: boolean;
  action: typeof unsubscribeAction;
};

/**
 * The unsubscribe page's content: which kind of mail the link is about and one button that turns
 * it off (a POST: opening the page changes nothing); afterwards, what changed and where to undo it.
 * The form works before the page's scripts have loaded, too.
 */
export function UnsubscribePanel({ lang, token, kind, signedIn, action }: Props) {
  const { t } = useTranslation("account");
  const { state, formAction, pending } = useFormAction(action, { lang });
  const title = useRef<HTMLHeadingElement>(null);
  const done = state?.ok === true;
  useEffect(() => {
    // The button is gone: the new title takes the focus, so a screen reader reads what happened.
    if (done) title.current?.focus();
  }, [done]);
  const label = t(`mailPreferences.kinds.${kind}.label`);

  if (done)
    return (
      <AuthPanel
        titleRef={title}
        icon={<MailCheck aria-hidden="true" className="size-6" />}
        title={t("unsubscribe.done.title")}
        lead={<p>{t("unsubscribe.done.body", { kind: label })}</p>}
      >
        <p className="text-stone-800">{t("unsubscribe.done.again", { page: t("title") })}</p>
        <Link href={`/${lang}/orgs`} className={`${buttonClasses("secondary")} self-start`}>
          {signedIn ? t("unsubscribe.done.organizations") : t("unsubscribe.done.signIn")}
        </Link>
      </AuthPanel>
    );

  return (
    <AuthPanel
      titleRef={title}
      icon={<MailMinus aria-hidden="true" className="size-6" />}
      title={t("unsubscribe.title")}
      lead={<p>{t("unsubscribe.lead")}</p>}
    >
      <div className="rounded-xl border border-stone-200 bg-stone-50 p-4">
        <p className="font-semibold text-stone-900">{label}</p>
        <p className="mt-1 text-stone-700">{t(`mailPreferences.kinds.${kind}.help`)}</p>
      </div>
      <form action={formAction} className="flex flex-col gap-3">
        <input type="hidden" name="token" value={token} />
        <Button type="submit" size="lg" disabled={pending} className="w-full">
          {t("unsubscribe.button")}
        </Button>
        <FormStatus inline state={state} />
      </form>
      <p className="text-sm text-stone-600">{t("unsubscribe.note")}</p>
    </AuthPanel>
  );
}
