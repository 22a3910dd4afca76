"use client";

// Every statement's help requests in ONE form (issue 17 item 4): each request's "mark as handled" is
// a submit button carrying its id (the submitter's name and value reach the action), so the page
// sends the form and its action fields once, not once per statement (≈ 400 bytes each). Drawn here
// from compact groups rather than passed in as server-rendered markup, which the page's payload
// would carry a second time (ADR 028, ADR 043). Works without JavaScript too.
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

/** One statement's requests. */
export type HelpRequestGroupData = {
  statementId: string;
  /** Open requests, for `data-help-group`. */
  open: number;
  /** "2 people want help with “…”" */
  heading: string;
  /** "Program: …" */
  program: string;
  /** The statement's resources: the path under the learner's program pages, and the title. */
  links: [path: string, title: string][];
  requests: HelpRequestLine[];
};

type Props = {
  lang: Language;
  orgSlug: string;
  action: typeof markHelpRequestHandledAction;
  groups: HelpRequestGroupData[];
  /** The learner pages' address, which every resource link starts with. */
  learn: string;
  /** The words of the list: "open", the button, its label with `{name}`, "Resources to point them to:". */
  labels: { open: string; markHandled: string; markHandledFor: string; pointTo: string };
};

export function HelpRequestList({ lang, orgSlug, action, groups, learn, labels }: Props) {
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  return (
    <form action={formAction} aria-busy={pending} className="flex flex-col gap-4">
      <FormStatus inline state={state} />
      <ul className="help-groups flex flex-col gap-4">
        {groups.map((group) => (
          <li key={group.statementId} id={`help-${group.statementId}`} data-help-group={group.open}>
            <h3>{group.heading}</h3>
            <p>{group.program}</p>
            {group.links.length > 0 && (
              <div>
                <p>{labels.pointTo}</p>
                <ul>
                  {group.links.map(([path, title]) => (
                    <li key={path}>
                      <a href={`${learn}/${path}`} className="text-link">
                        {title}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ul className="request-list">
              {group.requests.map((request) => (
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
          </li>
        ))}
      </ul>
    </form>
  );
}
