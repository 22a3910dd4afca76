"use client";

import { MailWarning } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { resendFailedInvitationsAction } from "@/lib/actions/invitations/resend-failed-invitations";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  /** Open invitations whose mail failed for good. */
  count: number;
  action: typeof resendFailedInvitationsAction;
};

/** Above the invitation list when mails failed: what happened, and one button to send them all again. */
export function ResendFailedMails({ lang, orgSlug, count, action }: Props) {
  const { t } = useTranslation("people");
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="font-medium text-accent-900 empty:hidden">
        {state?.ok ? t("invitations.mailFailed.resent", { count: state.data.resent }) : null}
      </p>
      {count > 0 && (
        <div className="flex flex-col gap-3 rounded-2xl border border-red-200 bg-red-50 p-5 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex gap-3 text-red-950">
            <MailWarning aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-red-800" />
            <div>
              <p className="font-semibold">{t("invitations.mailFailed.title", { count })}</p>
              <p className="mt-1 text-sm">{t("invitations.mailFailed.body")}</p>
            </div>
          </div>
          <form action={formAction} className="shrink-0">
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? t("invitations.mailFailed.sending") : t("invitations.mailFailed.action", { count })}
            </Button>
          </form>
        </div>
      )}
      {failure && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {failure.error}
        </p>
      )}
    </div>
  );
}
