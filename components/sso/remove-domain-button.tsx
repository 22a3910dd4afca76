"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionState } from "@/lib/actions/action-result";
import type { removeSsoDomainAction } from "@/lib/actions/sso/remove-sso-domain";
import type { Language } from "@/lib/i18n/settings";
import type { RemovedSsoDomain } from "@/lib/sso/remove-sso-domain";
import type { SsoDomainView } from "@/lib/sso/sso-domains";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  scope: { lang: Language; orgSlug: string };
  domain: SsoDomainView;
  action: typeof removeSsoDomainAction;
  /** The list announces the outcome: this button goes away with its domain. */
  onDone: (state: ActionState<RemovedSsoDomain>) => void;
};

/** "Remove" with a confirmation that says what removing a verified domain changes for sign-in. */
export function RemoveDomainButton({ scope, domain, action, onDone }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { formAction, pending } = useFormAction(action, scope, {
    onResult: (result) => {
      setConfirming(false);
      onDone(result);
    },
  });
  const values = { domain: domain.domain };
  return (
    <Dialog
      open={confirming}
      onOpenChange={setConfirming}
      title={t("sso.confirmRemove.title", values)}
      description={
        domain.verified ? t("sso.confirmRemove.bodyVerified", values) : t("sso.confirmRemove.bodyPending")
      }
      closeLabel={t("ui.close")}
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("sso.removeName", values)}>
          {t("sso.remove")}
        </Button>
      }
    >
      <form action={formAction} className="flex flex-wrap justify-end gap-2">
        <input type="hidden" name="domainId" value={domain.id} />
        <Button variant="ghost" onClick={() => setConfirming(false)}>
          {t("sso.cancel")}
        </Button>
        <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-900">
          {pending ? t("sso.removing") : t("sso.remove")}
        </Button>
      </form>
    </Dialog>
  );
}
