"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { resendInvitationAction } from "@/lib/actions/invitations/resend-invitation";
import type { revokeInvitationAction } from "@/lib/actions/invitations/revoke-invitation";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  invitationId: string;
  email: string;
  resend: typeof resendInvitationAction;
  revoke: typeof revokeInvitationAction;
};

/** Send again (new link, new expiry) or withdraw (after a confirmation) an open or expired invitation. */
export function InvitationActions({ lang, orgSlug, invitationId, email, resend, revoke }: Props) {
  const { t } = useTranslation(["people", "common"]);
  const [confirming, setConfirming] = useState(false);
  const scope = { lang, orgSlug };
  const { state: resendState, formAction: resendAction, pending: resending } = useFormAction(resend, scope);
  const {
    state: revokeState,
    formAction: revokeAction,
    pending: revoking,
  } = useFormAction(revoke, scope, {
    onResult: () => {
      setConfirming(false);
    },
  });
  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <form action={resendAction}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button
            type="submit"
            variant="secondary"
            size="sm"
            disabled={resending}
            aria-label={t("invitations.actions.resendName", { email })}
          >
            {resending ? t("invitations.actions.resending") : t("invitations.actions.resend")}
          </Button>
        </form>
        <Dialog
          open={confirming}
          onOpenChange={setConfirming}
          title={t("invitations.actions.confirmRevoke.title", { email })}
          description={t("invitations.actions.confirmRevoke.body")}
          closeLabel={t("common:ui.close")}
          trigger={
            <Button variant="ghost" size="sm" aria-label={t("invitations.actions.revokeName", { email })}>
              {t("invitations.actions.revoke")}
            </Button>
          }
        >
          <form action={revokeAction} className="flex flex-wrap justify-end gap-2">
            <input type="hidden" name="invitationId" value={invitationId} />
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t("invitations.actions.confirmRevoke.cancel")}
            </Button>
            <Button type="submit" disabled={revoking} className="bg-red-800 hover:bg-red-900">
              {t("invitations.actions.revoke")}
            </Button>
          </form>
        </Dialog>
      </div>
      <FormStatus inline state={resendState} />
      <FormStatus inline state={revokeState} />
    </div>
  );
}
