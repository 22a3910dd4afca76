"use client";

// One form around a statement's help requests: each request's "mark as handled" is a submit button
// carrying its id (the submitter's name and value reach the action), so the page sends one form and
// its action fields once, not once per request (issue 17 item 4). Works without JavaScript too.
import { useActionState, useMemo, type ReactNode } from "react";
import { ActionFeedback } from "@/components/orgs/action-feedback";
import type { ActionState } from "@/lib/actions/action-result";
import type { markHelpRequestHandledAction } from "@/lib/actions/insights/mark-help-request-handled";
import type { Language } from "@/lib/i18n/settings";
import type { HandledHelpRequest } from "@/lib/insights/help-requests";

type Props = {
  lang: Language;
  orgSlug: string;
  action: typeof markHelpRequestHandledAction;
  children: ReactNode;
};

export function HelpHandledForm({ lang, orgSlug, action, children }: Props) {
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, formAction, pending] = useActionState<ActionState<HandledHelpRequest>, FormData>(bound, null);
  return (
    <form action={formAction} aria-busy={pending} className="flex flex-col gap-2">
      {children}
      <ActionFeedback state={state} />
    </form>
  );
}
