"use client";

import { Eye, EyeOff } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { setItemHiddenAction } from "@/lib/actions/programs/set-item-hidden";
import type { Language } from "@/lib/i18n/settings";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  itemType: "statement" | "resource";
  itemId: string;
  hidden: boolean;
  /** The item's text, for the button's accessible name. */
  label: string;
  action: typeof setItemHiddenAction;
};

/** Hides a statement or resource from learners, or shows it again. */
export function ItemVisibilityButton({ lang, orgSlug, itemType, itemId, hidden, label, action }: Props) {
  const { t } = useTranslation("programs");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="itemType" value={itemType} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="hidden" value={hidden ? "false" : "true"} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-label={hidden ? t("editor.showName", { name: label }) : t("editor.hideName", { name: label })}
      >
        {hidden ? (
          <Eye aria-hidden="true" className="size-4" />
        ) : (
          <EyeOff aria-hidden="true" className="size-4" />
        )}
        {hidden ? t("editor.show") : t("editor.hide")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
