"use client";

import { Info } from "@/components/ui/icons";
import { startTransition, useActionState, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Switch } from "@/components/ui/switch";
import type { ActionState } from "@/lib/actions/action-result";
import type { setMailPreferencesAction } from "@/lib/actions/account/set-mail-preferences";
import type { SavedMailPreferences } from "@/lib/account/save-mail-preferences";
import type { Language } from "@/lib/i18n/settings";
import type { MailPreferences } from "@/lib/notifications/mail-preferences";
import { notificationKinds } from "@/lib/notifications/notification-kinds";
import { useBoundAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  action: typeof setMailPreferencesAction;
  preferences: MailPreferences;
};

/**
 * One switch per kind of notification mail, each saved the moment it is flipped (like the sharing
 * switch above it). Every save sends all switches as the person sees them, so saves that overlap
 * end in what the person last chose; a failure puts the switches back to what was saved.
 */
export function MailPreferencesForm({ lang, action, preferences }: Props) {
  const { t } = useTranslation("account");
  const id = useId();
  const [shown, setShown] = useState(preferences);
  const saved = useRef(preferences);
  const bound = useBoundAction(action, { lang });
  const [state, dispatch, pending] = useActionState<ActionState<SavedMailPreferences>, MailPreferences>(
    async (_previous, next) => {
      const fields = Object.fromEntries(notificationKinds.map((kind) => [kind, String(next[kind])]));
      const result = await bound(fields);
      if (result.ok) saved.current = result.data.preferences;
      else setShown(saved.current);
      return result;
    },
    null,
  );
  return (
    <div className="flex flex-col gap-4">
      <ul aria-busy={pending} className="flex flex-col divide-y divide-stone-200 border-y border-stone-200">
        {notificationKinds.map((kind) => (
          <li key={kind} className="flex items-start justify-between gap-4 py-4">
            <div>
              <label htmlFor={`${id}-${kind}`} className="font-medium text-stone-900">
                {t(`mailPreferences.kinds.${kind}.label`)}
              </label>
              <p id={`${id}-${kind}-description`} className="mt-1 text-sm text-stone-700">
                {t(`mailPreferences.kinds.${kind}.help`)}
              </p>
            </div>
            <Switch
              id={`${id}-${kind}`}
              checked={shown[kind]}
              aria-describedby={`${id}-${kind}-description`}
              onChange={(event) => {
                const next = { ...shown, [kind]: event.target.checked };
                setShown(next);
                startTransition(() => dispatch(next));
              }}
            />
          </li>
        ))}
      </ul>
      <p className="flex gap-2 text-sm text-stone-700">
        <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-accent-700" />
        {t("mailPreferences.always")}
      </p>
      <FormStatus inline state={state} />
    </div>
  );
}
