"use client";

import { ShieldCheck } from "@/components/ui/icons";
import Link from "next/link";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import type { rateStatementAction } from "@/lib/actions/learning/rate-statement";
import type { Language } from "@/lib/i18n/settings";
import { NOTE_MAX_LENGTH } from "@/lib/learning/learning-limits";
import { levelDescriptionKey, levelNameKey, levels } from "@/lib/learning/levels";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  statementId: string;
  /** Made by the page when it rendered; a new one arrives with the refresh after each save. */
  requestKey: string;
  /** Where the learner reads who sees what (My data). */
  privacyHref: string;
  action: typeof rateStatementAction;
};

/**
 * The four-level familiarity scale, each level with what it means, an optional private note and
 * the two flags. Nothing is chosen beforehand: the page shows the last rating as such, and a new
 * one is chosen by how it feels now (issue 19). The fields are keyed by the request key: after a
 * save the page hands a new key, and the form starts afresh.
 */
export function RatingForm({ lang, orgSlug, statementId, requestKey, privacyHref, action }: Props) {
  const { t } = useTranslation("learning");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  const levelError = state && !state.ok ? state.fieldErrors.level : undefined;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" aria-describedby="rating-privacy">
      {/* The privacy promise once, short, with the way to the whole of it. */}
      <p id="rating-privacy" className="flex items-start gap-2 text-sm text-stone-700">
        <ShieldCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-accent-700" />
        <span>
          {t("rating.privacy")}{" "}
          <Link
            href={privacyHref}
            className="rounded-sm font-medium text-accent-800 underline decoration-accent-300 underline-offset-4 hover:decoration-accent-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
          >
            {t("rating.whoSees")}
          </Link>
        </span>
      </p>
      <div key={requestKey} className="flex flex-col gap-5">
        <input type="hidden" name="statementId" value={statementId} />
        <input type="hidden" name="requestKey" value={requestKey} />
        <RadioGroup
          legend={t("rating.title")}
          name="level"
          options={levels.map((level) => ({
            value: String(level),
            label: `${level} · ${t(levelNameKey(level))}`,
            description: t(levelDescriptionKey(level)),
          }))}
        />
        {levelError && (
          <p role="alert" className="text-sm font-medium text-red-800">
            {levelError}
          </p>
        )}
        <TextareaField
          id={`note-${statementId}`}
          label={t("rating.note")}
          hint={t("rating.noteHint")}
          name="note"
          maxLength={NOTE_MAX_LENGTH}
        />
        <div className="flex flex-col gap-3">
          <label className="flex min-h-11 cursor-pointer items-start gap-3 py-1">
            <input
              type="checkbox"
              name="unclear"
              value="true"
              className="mt-0.5 size-5 shrink-0 accent-accent-700"
            />
            <span className="text-stone-900">{t("rating.unclear")}</span>
          </label>
          <label className="flex min-h-11 cursor-pointer items-start gap-3 py-1">
            <input
              type="checkbox"
              name="wantsHelp"
              value="true"
              aria-describedby={`help-hint-${statementId}`}
              className="mt-0.5 size-5 shrink-0 accent-accent-700"
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
