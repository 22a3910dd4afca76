"use client";

import { Trash2 } from "lucide-react";
import { useActionState, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionFeedback } from "@/components/orgs/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionState } from "@/lib/actions/action-result";
import type { deleteTeamAction } from "@/lib/actions/teams/delete-team";
import type { Language } from "@/lib/i18n/settings";
import type { DeletedTeam } from "@/lib/teams/delete-team";

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
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, formAction, pending] = useActionState<ActionState<DeletedTeam>, FormData>(
    async (previous, formData) => {
      const result = await bound(previous, formData);
      setOpen(false);
      return result;
    },
    null,
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
      <ActionFeedback state={state} />
    </div>
  );
}
