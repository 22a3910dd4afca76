"use client";

import { Trash2 } from "@/components/ui/icons";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { ConfirmButtons } from "@/components/ui/confirm-buttons";
import { Dialog } from "@/components/ui/dialog";
import type { deleteProgramItemAction } from "@/lib/actions/programs/delete-program-item";
import type { Language } from "@/lib/i18n/settings";
import { useAnnounce } from "./structure-announcer";
import { useBoundAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  itemType: "statement" | "resource";
  itemId: string;
  /** The item's text: named in the button and in the question. */
  label: string;
  action: typeof deleteProgramItemAction;
  /** Where focus goes once the item (and this button with it) is gone. */
  focusAfterId: string;
};

/** Deletes a statement (with its resources) or a resource after a confirmation that says what goes. */
export function DeleteItemButton({ lang, orgSlug, itemType, itemId, label, action, focusAfterId }: Props) {
  const { t } = useTranslation(["programs", "common"]);
  const announce = useAnnounce();
  const bound = useBoundAction(action, { lang, orgSlug });
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [deleted, setDeleted] = useState(false);
  const confirm = () =>
    startTransition(async () => {
      const result = await bound({ itemType, itemId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setDeleted(true);
      setOpen(false);
      announce(result.message ?? "");
      // When the refreshed list removes the item (and the dialog with it) before the dialog closes
      // itself, focus falls to the page: pick it up at the heading.
      setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body)
          document.getElementById(focusAfterId)?.focus();
      }, 0);
    });
  const isStatement = itemType === "statement";
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
      }}
      title={isStatement ? t("structure.deleteStatementTitle") : t("structure.deleteResourceTitle")}
      description={
        isStatement
          ? t("structure.deleteStatementBody", { name: label })
          : t("structure.deleteResourceBody", { name: label })
      }
      closeLabel={t("common:ui.close")}
      onCloseAutoFocus={(event) => {
        if (!deleted) return;
        // The trigger is gone with the item: continue from the list's heading instead.
        event.preventDefault();
        document.getElementById(focusAfterId)?.focus();
      }}
      trigger={
        <Button variant="secondary" size="sm" aria-label={t("structure.deleteName", { name: label })}>
          <Trash2 aria-hidden="true" className="size-4" />
          {t("structure.delete")}
        </Button>
      }
    >
      <ConfirmButtons
        error={error}
        cancelLabel={t("structure.cancel")}
        onCancel={() => setOpen(false)}
        confirmLabel={t("structure.confirmDelete")}
        pendingLabel={t("structure.deleting")}
        pending={pending}
        onConfirm={confirm}
        danger
      />
    </Dialog>
  );
}
