"use client";

import { useActionState, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ActionFeedback } from "@/components/orgs/action-feedback";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/action-result";
import type { markHelpRequestHandledAction } from "@/lib/actions/insights/mark-help-request-handled";
import type { Language } from "@/lib/i18n/settings";
import type { HandledHelpRequest } from "@/lib/insights/help-requests";

type Props = {
  lang: Language;
  orgSlug: string;
  helpRequestId: string;
  /** Names the person and statement, so the button is clear out of context. */
  label: string;
  action: typeof markHelpRequestHandledAction;
};

export function MarkHandledButton({ lang, orgSlug, helpRequestId, label, action }: Props) {
  const { t } = useTranslation("insights");
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, formAction, pending] = useActionState<ActionState<HandledHelpRequest>, FormData>(bound, null);
  return (
    <form action={formAction} className="flex flex-col gap-1 print:hidden">
      <input type="hidden" name="helpRequestId" value={helpRequestId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={pending}
        aria-label={`${t("help.markHandled")}: ${label}`}
      >
        {pending ? t("help.marking") : t("help.markHandled")}
      </Button>
      <ActionFeedback state={state} />
    </form>
  );
}
