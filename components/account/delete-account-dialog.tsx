"use client";

import { Trash2 } from "@/components/ui/icons";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { deleteAccountAction } from "@/lib/actions/account/delete-account";
import type { Language } from "@/lib/i18n/settings";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  email: string;
  action: typeof deleteAccountAction;
};

/** Deletes the account after the person has typed their own email address; success leaves for the goodbye page. */
export function DeleteAccountDialog({ lang, email, action }: Props) {
  const { t } = useTranslation(["account", "common"]);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const { state, formAction, pending } = useFormAction(action, { lang });
  const errors = state && !state.ok ? state.fieldErrors : {};
  useEffect(() => {
    // A full page load: the header and every layout render again, signed out.
    if (state?.ok) window.location.replace(new URL(`/${lang}/goodbye`, window.location.origin).href);
  }, [state, lang]);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("delete.dialogTitle")}
      description={t("delete.dialogBody")}
      closeLabel={t("common:ui.close")}
      trigger={
        <Button className="self-start bg-red-800 text-white hover:bg-red-900">
          <Trash2 aria-hidden="true" className="size-4" />
          {t("delete.button")}
        </Button>
      }
    >
      <form action={formAction} className="flex flex-col gap-4">
        <Field
          label={t("delete.emailLabel", { email })}
          type="email"
          name="email"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          required
          error={errors.email}
        />
        {state && !state.ok && !errors.email && <FormStatus state={state} />}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {t("delete.cancel")}
          </Button>
          <Button type="submit" disabled={pending} className="bg-red-800 text-white hover:bg-red-900">
            {t("delete.confirm")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
