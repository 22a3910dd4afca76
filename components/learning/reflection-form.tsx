"use client";

import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import type { saveReflectionAction } from "@/lib/actions/learning/save-reflection";
import type { Language } from "@/lib/i18n/settings";
import { REFLECTION_MAX_LENGTH } from "@/lib/learning/learning-limits";
import { useFormAction } from "@/components/ui/use-form-action";

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
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  const id = `reflection-${statementId}-${promptIndex}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="promptIndex" value={promptIndex} />
      <TextareaField
        id={id}
        label={prompt}
        name="text"
        rows={4}
        maxLength={REFLECTION_MAX_LENGTH}
        defaultValue={saved}
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
