"use client";

import { startTransition, useActionState, useId, useState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult, ActionState } from "@/lib/actions/action-result";
import type { DirectAction } from "@/components/ui/use-form-action";
import type { WorkspaceScope } from "@/lib/actions/pipeline";
import { Switch } from "@/components/ui/switch";
import type { Language } from "@/lib/i18n/settings";
import { useBoundAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  /** A workspace action taking `{ share: "true" | "false" }`. */
  action: DirectAction<WorkspaceScope, { share: boolean }>;
  label: string;
  description?: string;
  checked: boolean;
};

/**
 * An on/off setting saved the moment it is flipped: a native checkbox with the switch role (Space
 * toggles it, screen readers say "on"/"off"), its label and description tied to it, and the
 * confirmation announced in a status region. A failure puts the switch back.
 */
export function ToggleSwitch({ lang, orgSlug, action, label, description, checked }: Props) {
  const id = useId();
  const [on, setOn] = useState(checked);
  const bound = useBoundAction(action, { lang, orgSlug });
  const [state, dispatch, pending] = useActionState<ActionState<{ share: boolean }>, boolean>(
    async (_previous, next): Promise<ActionResult<{ share: boolean }>> => {
      const result = await bound({ share: String(next) });
      setOn(result.ok ? result.data.share : !next);
      return result;
    },
    null,
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-start justify-between gap-4">
        <div>
          <label htmlFor={id} className="font-medium text-stone-900">
            {label}
          </label>
          {description && (
            <p id={`${id}-description`} className="mt-1 text-sm text-stone-700">
              {description}
            </p>
          )}
        </div>
        <Switch
          id={id}
          checked={on}
          aria-describedby={description ? `${id}-description` : undefined}
          disabled={pending}
          onChange={(event) => {
            const next = event.target.checked;
            setOn(next);
            startTransition(() => dispatch(next));
          }}
        />
      </div>
      <FormStatus inline state={state} />
    </div>
  );
}
