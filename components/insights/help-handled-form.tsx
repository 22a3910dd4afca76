"use client";

// One form around a statement's help requests: each request's "mark as handled" is a submit button
// carrying its id (the submitter's name and value reach the action), so the page sends one form and
// its action fields once, not once per request (issue 17 item 4). Works without JavaScript too.
import { FormStatus } from "@/components/ui/form-status";
import type { markHelpRequestHandledAction } from "@/lib/actions/insights/mark-help-request-handled";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

/** One request as the list shows it, every text formatted on the server. */
export type HelpRequestLine = {
  id: string;
  name: string;
  /** "Asked 3 Dec 2026" */
  asked: string;
  /** "Handled 4 Dec 2026", or absent while the request is open. */
  handled?: string;
};

type Props = {
  lang: Language;
  orgSlug: string;
  action: typeof markHelpRequestHandledAction;
  requests: HelpRequestLine[];
  /** The words of the list: "open", the button, and its label with `{name}` for the person. */
  labels: { open: string; markHandled: string; markHandledFor: string };
};

/**
 * The requests are drawn here from compact lines rather than passed in as server-rendered markup,
 * which the page's payload would carry a second time (ADR 028).
 */
export function HelpHandledForm({ lang, orgSlug, action, requests, labels }: Props) {
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  return (
    <form action={formAction} aria-busy={pending} className="flex flex-col gap-2">
      <ul className="request-list flex flex-col divide-y divide-stone-200 border-t border-stone-200 text-sm">
        {requests.map((request) => (
          <li key={request.id} data-help-request={request.handled ? "handled" : "open"}>
            <span>
              <span className="who">{request.name}</span> · {request.asked} ·{" "}
              {request.handled ?? <span className="open">{labels.open}</span>}
            </span>
            {!request.handled && (
              <button
                type="submit"
                name="helpRequestId"
                value={request.id}
                aria-label={labels.markHandledFor.replace("{name}", () => request.name)}
              >
                {labels.markHandled}
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormStatus inline state={state} />
    </form>
  );
}
