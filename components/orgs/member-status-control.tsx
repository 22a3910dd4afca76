"use client";

import { useActionState, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionState } from "@/lib/actions/action-result";
import type { setMemberStatusAction } from "@/lib/actions/set-member-status";
import type { ChangedStatus } from "@/lib/orgs/set-member-status";
import type { Language } from "@/lib/i18n/settings";
import type { MemberStatus } from "@/lib/orgs/member-input";
import { ActionFeedback } from "./action-feedback";

export type MemberStatusControlProps = {
  lang: Language;
  orgSlug: string;
  orgName: string;
  membershipId: string;
  memberLabel: string;
  status: MemberStatus;
  action: typeof setMemberStatusAction;
};

/** Deactivate (after a confirmation that says what it means) or reactivate a member. */
export function MemberStatusControl({
  lang,
  orgSlug,
  orgName,
  membershipId,
  memberLabel,
  status,
  action,
}: MemberStatusControlProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, formAction, pending] = useActionState<ActionState<ChangedStatus>, FormData>(
    async (previous, formData) => {
      const result = await bound(previous, formData);
      // The answer shows beside the button, so the confirmation can go.
      setConfirming(false);
      return result;
    },
    null,
  );

  const hidden = (next: MemberStatus) => (
    <>
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="status" value={next} />
    </>
  );

  return (
    <div className="flex flex-col gap-1">
      {status === "active" ? (
        <Dialog
          open={confirming}
          onOpenChange={setConfirming}
          title={t("members.confirmDeactivate.title", { name: memberLabel })}
          description={t("members.confirmDeactivate.body", { name: memberLabel, org: orgName })}
          closeLabel={t("ui.close")}
          trigger={
            <Button variant="secondary" aria-label={t("members.deactivateName", { name: memberLabel })}>
              {t("members.deactivate")}
            </Button>
          }
        >
          <form action={formAction} className="flex flex-wrap justify-end gap-2">
            {hidden("deactivated")}
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              {t("members.confirmDeactivate.cancel")}
            </Button>
            <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-900">
              {t("members.deactivate")}
            </Button>
          </form>
        </Dialog>
      ) : (
        <form action={formAction}>
          {hidden("active")}
          <Button
            type="submit"
            variant="secondary"
            disabled={pending}
            aria-label={t("members.reactivateName", { name: memberLabel })}
          >
            {t("members.reactivate")}
          </Button>
        </form>
      )}
      <ActionFeedback state={state} />
    </div>
  );
}
