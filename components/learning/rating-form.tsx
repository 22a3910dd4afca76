"use client";

import { ShieldCheck } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/programs/form-status";
import { useSubmitAction } from "@/components/programs/use-submit-action";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import type { rateStatementAction } from "@/lib/actions/learning/rate-statement";
import type { Language } from "@/lib/i18n/settings";
import { levelNameKey, levels, type Level } from "@/lib/learning/levels";

type Props = {
  lang: Language;
  orgSlug: string;
  statementId: string;
  /** Made by the page when it rendered; a new one arrives with the refresh after each save. */
  requestKey: string;
  currentLevel: Level | null;
  action: typeof rateStatementAction;
};

/**
 * The four-level familiarity scale with an optional private note and the two flags. The fields are
 * keyed by the request key: after a save the page hands a new key, and the form starts afresh.
 */
export function RatingForm({ lang, orgSlug, statementId, requestKey, currentLevel, action }: Props) {
  const { t } = useTranslation("learning");
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, onSubmit, pending] = useSubmitAction(bound);
  const levelError = state && !state.ok ? state.fieldErrors.level : undefined;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" aria-describedby="rating-privacy">
      <p
        id="rating-privacy"
        className="flex items-start gap-2 rounded-lg bg-accent-50 p-3 text-sm text-stone-800"
      >
        <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-accent-700" />
        {t("rating.privacy")}
      </p>
      <div key={requestKey} className="flex flex-col gap-5">
        <input type="hidden" name="statementId" value={statementId} />
        <input type="hidden" name="requestKey" value={requestKey} />
        <RadioGroup
          legend={t("rating.title")}
          name="level"
          defaultValue={currentLevel ? String(currentLevel) : undefined}
          options={levels.map((level) => ({
            value: String(level),
            label: `${level} · ${t(levelNameKey(level))}`,
          }))}
        />
        {levelError && (
          <p role="alert" className="text-sm font-medium text-red-800">
            {levelError}
          </p>
        )}
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`note-${statementId}`} className="font-medium text-stone-900">
            {t("rating.note")}
          </label>
          <p id={`note-hint-${statementId}`} className="text-sm text-stone-600">
            {t("rating.noteHint")}
          </p>
          <textarea
            id={`note-${statementId}`}
            name="note"
            rows={3}
            maxLength={2000}
            aria-describedby={`note-hint-${statementId}`}
            className="rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
          />
        </div>
        <div className="flex flex-col gap-3">
          <label className="flex items-start gap-3">
            <input type="checkbox" name="unclear" value="true" className="mt-1 size-5 accent-accent-700" />
            <span className="text-stone-900">{t("rating.unclear")}</span>
          </label>
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              name="wantsHelp"
              value="true"
              aria-describedby={`help-hint-${statementId}`}
              className="mt-1 size-5 accent-accent-700"
            />
            <span>
              <span className="block text-stone-900">{t("rating.wantsHelp")}</span>
              <span id={`help-hint-${statementId}`} className="block text-sm text-stone-600">
                {t("rating.wantsHelpHint")}
              </span>
            </span>
          </label>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("rating.submitting") : t("rating.submit")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
