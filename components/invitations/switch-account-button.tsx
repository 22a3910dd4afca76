"use client";

import { LogOut } from "@/components/ui/icons";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";

/** Signs the wrong account out and goes to sign-in, which comes back to the invitation afterwards. */
export function SwitchAccountButton({
  signInHref,
  invitedEmail,
}: {
  signInHref: string;
  invitedEmail: string;
}) {
  const { t } = useTranslation("people");
  const [pending, setPending] = useState(false);
  return (
    <Button
      size="lg"
      aria-disabled={pending || undefined}
      onClick={() => {
        if (pending) return;
        setPending(true);
        void signOut({ callbackUrl: signInHref });
      }}
    >
      <LogOut aria-hidden="true" className="size-5" />
      {t("accept.wrongAddress.switch", { email: invitedEmail })}
    </Button>
  );
}
