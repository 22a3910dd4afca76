"use client";

import { KeyRound } from "@/components/ui/icons";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { OIDC_PROVIDER_ID } from "@/lib/auth/provider-ids";
import type { Language } from "@/lib/i18n/settings";

/** Starts single sign-on with the organization's identity provider; shown only when it is configured. */
export function SsoButton({ lang, callbackUrl }: { lang: Language; callbackUrl: string }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="lg"
      aria-disabled={pending || undefined}
      onClick={() => {
        if (pending) return;
        setPending(true);
        // ui_locales asks the identity provider to show its own pages in the same language.
        void signIn(OIDC_PROVIDER_ID, { callbackUrl }, { ui_locales: lang });
      }}
    >
      <KeyRound aria-hidden="true" className="size-5" />
      {t("auth.signIn.sso")}
    </Button>
  );
}
