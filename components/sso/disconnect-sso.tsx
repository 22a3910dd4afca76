"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { disconnectSsoAction } from "@/lib/actions/sso/disconnect-sso";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  /** Whether a provider is connected: the button only shows then, the outcome always. */
  connected: boolean;
  action: typeof disconnectSsoAction;
};

/** The owner's "Disconnect single sign-on", after a confirmation that says what stays and what goes. */
export function DisconnectSso({ lang, orgSlug, connected, action }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { state, formAction, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: () => {
        setConfirming(false);
      },
    },
  );
  return (
    <div className="flex flex-col gap-3">
      {connected && (
        <>
          <p className="text-stone-700">{t("sso.disconnectHint")}</p>
          <div>
            <Dialog
              open={confirming}
              onOpenChange={setConfirming}
              title={t("sso.confirmDisconnect.title")}
              description={t("sso.confirmDisconnect.body")}
              closeLabel={t("ui.close")}
              trigger={
                <Button variant="secondary" className="border-red-800 text-red-800 hover:bg-red-50">
                  {t("sso.disconnect")}
                </Button>
              }
            >
              <form action={formAction} className="flex flex-wrap justify-end gap-2">
                <Button variant="ghost" onClick={() => setConfirming(false)}>
                  {t("sso.cancel")}
                </Button>
                <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-900">
                  {pending ? t("sso.disconnecting") : t("sso.disconnect")}
                </Button>
              </form>
            </Dialog>
          </div>
        </>
      )}
      <FormStatus inline state={state} />
    </div>
  );
}
