"use client";

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/programs/form-status";
import { useSubmitAction } from "@/components/programs/use-submit-action";
import { Button } from "@/components/ui/button";
import type { saveReflectionAction } from "@/lib/actions/learning/save-reflection";
import type { Language } from "@/lib/i18n/settings";

type Props = {
  lang: Language;
  orgSlug: string;
  statementId: string;
  promptIndex: number;
  prompt: string;
  saved: string;
  action: typeof saveReflectionAction;
};

/** One reflection prompt with the learner's private answer, saved (and edited) in place. */
export function ReflectionForm({ lang, orgSlug, statementId, promptIndex, prompt, saved, action }: Props) {
  const { t } = useTranslation("learning");
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, onSubmit, pending] = useSubmitAction(bound);
  const id = `reflection-${statementId}-${promptIndex}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="promptIndex" value={promptIndex} />
      <label htmlFor={id} className="font-medium text-stone-900">
        {prompt}
      </label>
      <textarea
        id={id}
        name="text"
        rows={4}
        maxLength={5000}
        defaultValue={saved}
        className="rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("reflection.save")}
          <span className="sr-only">: {prompt}</span>
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
