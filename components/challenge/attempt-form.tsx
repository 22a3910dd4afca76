"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import {
  ASK_MAX_LENGTH,
  challengeAreas,
  challengeOutcomes,
  feelings,
  LESSON_MAX_LENGTH,
} from "@/lib/challenge/challenge-options";
import type { AttemptView } from "@/lib/challenge/get-challenge";
import type { Language } from "@/lib/i18n/settings";
import type { ScopedAction } from "@/components/ui/use-form-action";
import type { WorkspaceScope } from "@/lib/actions/pipeline";
import { Field, TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  action: ScopedAction<WorkspaceScope>;
  /** Today's date, the default for a new attempt. */
  today: string;
  /** Editing this attempt; a new one when absent. */
  attempt?: AttemptView;
  onDone?: (message?: string) => void;
  onCancel?: () => void;
};

/**
 * Logs an attempt, or edits one. A quick entry is one line and the answer (issue 19); the day,
 * area, feelings and lesson are optional details behind a disclosure, none of them preselected. A new attempt carries a request key made when the form appears,
 * so a double submit logs it once; after success the form starts over with a fresh key.
 */
export function AttemptForm(props: Props) {
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | undefined>();
  return (
    <div className="flex flex-col gap-3">
      <AttemptFields
        key={round}
        {...props}
        onDone={(text) => {
          if (props.attempt) props.onDone?.(text);
          else {
            setMessage(text);
            setRound((value) => value + 1);
          }
        }}
      />
      {!props.attempt && (
        <p role="status" className="text-sm font-medium text-accent-800 empty:hidden">
          {message}
        </p>
      )}
    </div>
  );
}

function AttemptFields({ lang, orgSlug, action, today, attempt, onDone, onCancel }: Props) {
  const { t } = useTranslation("challenge");
  const [requestKey] = useState(() => crypto.randomUUID());
  const [ask, setAsk] = useState(attempt?.ask ?? "");
  const [lesson, setLesson] = useState(attempt?.lesson ?? "");
  const { state, onSubmit, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: (result) => {
        if (result.ok) onDone?.(result.message);
      },
    },
  );
  const errors = state && !state.ok ? state.fieldErrors : {};
  const feelingOptions = feelings.map((value) => ({
    value: String(value),
    label: t("form.feelingOption", { value, word: t(`feelings.${value}`) }),
  }));
  const idPrefix = attempt ? `edit-${attempt.id}` : "new";
  // The details start closed on a new entry; an entry that has some opens with them, and so does
  // a details field the server rejected, so its message is not hidden.
  const hasDetails = Boolean(
    attempt && (attempt.area || attempt.feelingBefore || attempt.feelingAfter || attempt.lesson),
  );
  const detailErrors = Boolean(
    errors.occurredOn || errors.area || errors.feelingBefore || errors.feelingAfter || errors.lesson,
  );
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      {attempt ? (
        <input type="hidden" name="attemptId" value={attempt.id} />
      ) : (
        <input type="hidden" name="requestKey" value={requestKey} />
      )}
      <Field
        label={t("form.ask")}
        hint={t("form.askHint")}
        name="ask"
        value={ask}
        onValueChange={setAsk}
        maxLength={ASK_MAX_LENGTH}
        required
        error={errors.ask}
      />
      <div>
        <RadioGroup
          legend={t("form.outcome")}
          name="outcome"
          orientation="horizontal"
          defaultValue={attempt?.outcome}
          options={challengeOutcomes.map((outcome) => ({
            value: outcome,
            label: t(`outcomes.${outcome}`),
          }))}
        />
        {errors.outcome && <p className="mt-1 text-sm font-medium text-red-800">{errors.outcome}</p>}
      </div>
      <details
        open={hasDetails || detailErrors || undefined}
        className="rounded-xl border border-stone-200 p-4 open:pb-5"
      >
        <summary className="min-h-11 cursor-pointer content-center font-medium text-accent-800 focus-visible:outline-3 focus-visible:outline-accent-600">
          {t("form.details")}
        </summary>
        <div className="mt-4 flex flex-col gap-5">
          <Field
            id={`${idPrefix}-date`}
            label={t("form.date")}
            type="date"
            name="occurredOn"
            defaultValue={attempt?.occurredOn ?? today}
            max={today}
            error={errors.occurredOn}
          />
          <div>
            <RadioGroup
              legend={t("form.area")}
              name="area"
              defaultValue={attempt?.area ?? undefined}
              options={challengeAreas.map((area) => ({ value: area, label: t(`areas.${area}`) }))}
            />
            {errors.area && <p className="mt-1 text-sm font-medium text-red-800">{errors.area}</p>}
          </div>
          <RadioGroup
            legend={t("form.feelingBefore")}
            name="feelingBefore"
            orientation="horizontal"
            defaultValue={attempt?.feelingBefore ? String(attempt.feelingBefore) : undefined}
            options={feelingOptions}
          />
          <RadioGroup
            legend={t("form.feelingAfter")}
            name="feelingAfter"
            orientation="horizontal"
            defaultValue={attempt?.feelingAfter ? String(attempt.feelingAfter) : undefined}
            options={feelingOptions}
          />
          <TextareaField
            label={t("form.lesson")}
            hint={t("form.lessonHint")}
            name="lesson"
            value={lesson}
            onValueChange={setLesson}
            maxLength={LESSON_MAX_LENGTH}
            rows={3}
            error={errors.lesson}
          />
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {attempt ? t("form.save") : t("form.add")}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        )}
      </div>
      {state && !state.ok && <FormStatus state={state} />}
    </form>
  );
}
