"use client";

import { LogOut } from "@/components/ui/icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, type ButtonProps } from "@/components/ui/button";
import { signOutAndLeave } from "@/lib/auth/sign-out-client";
import type { Language } from "@/lib/i18n/settings";

/** Ends the session (next-auth deletes its row) and reloads on the home page, signed out. */
export function SignOutButton({
  lang,
  variant = "ghost",
  size = "sm",
}: {
  lang: Language;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size={size}
      aria-disabled={pending || undefined}
      onClick={() => {
        if (pending) return;
        setPending(true);
        void signOutAndLeave(`/${lang}`);
      }}
    >
      <LogOut aria-hidden="true" className="size-4" />
      {pending ? t("auth.signOut.pending") : t("auth.signOut.button")}
    </Button>
  );
}
