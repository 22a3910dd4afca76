"use client";

import { Trash2 } from "@/components/ui/icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { deleteTeamAction } from "@/lib/actions/teams/delete-team";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  teamId: string;
  name: string;
  memberCount: number;
  action: typeof deleteTeamAction;
};

/** Deletes the team after a confirmation that says its people stay in the organization. */
export function DeleteTeamButton({ lang, orgSlug, teamId, name, memberCount, action }: Props) {
  const { t } = useTranslation(["people", "common"]);
  const [open, setOpen] = useState(false);
  const { state, formAction, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: () => {
        setOpen(false);
      },
    },
  );
  return (
    <div className="flex flex-col gap-1">
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("teams.delete.title", { name })}
        description={t("teams.delete.body", { count: memberCount })}
        closeLabel={t("common:ui.close")}
        trigger={
          <Button variant="ghost" className="self-start text-red-800 hover:bg-red-50">
            <Trash2 aria-hidden="true" className="size-4" />
            {t("teams.delete.button")}
          </Button>
        }
      >
        <form action={formAction} className="flex flex-wrap justify-end gap-2">
          <input type="hidden" name="teamId" value={teamId} />
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {t("teams.delete.cancel")}
          </Button>
          <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-900">
            {t("teams.delete.confirm")}
          </Button>
        </form>
      </Dialog>
      <FormStatus inline state={state} />
    </div>
  );
}
