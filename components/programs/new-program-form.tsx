"use client";

import { Plus } from "@/components/ui/icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { createProgramAction } from "@/lib/actions/programs/create-program";
import type { Language } from "@/lib/i18n/settings";
import {
  PROGRAM_SUMMARY_MAX_LENGTH,
  PROGRAM_TAGLINE_MAX_LENGTH,
  PROGRAM_TITLE_MAX_LENGTH,
} from "@/lib/programs/program-limits";
import { Field, TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * "New program": empty or a duplicate of one of the organization's programs, named in Bokmål (the
 * original every other language is translated from). On success the action opens its editor.
 */
export function NewProgramForm({
  lang,
  orgSlug,
  action,
  programs,
  requestKey,
  duplicateOf,
}: {
  lang: Language;
  orgSlug: string;
  action: typeof createProgramAction;
  programs: { id: string; title: string }[];
  /** Made when the page was rendered: a double submit makes one program. */
  requestKey: string;
  /** Preselected source (the programs list's "Duplicate" link). */
  duplicateOf: string;
}) {
  const { t } = useTranslation("programs");
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  const [source, setSource] = useState(failure?.values.duplicateOf ?? duplicateOf);
  const [summary, setSummary] = useState(failure?.values.summary ?? "");
  const duplicating = source !== "";
  return (
    <form action={formAction} noValidate className="flex max-w-2xl flex-col gap-5">
      <input type="hidden" name="requestKey" value={requestKey} />
      {programs.length > 0 && (
        <Select
          label={t("create.startFrom")}
          name="duplicateOf"
          value={source}
          onChange={(event) => setSource(event.target.value)}
          emptyOption={t("create.empty")}
          options={programs.map((program) => ({
            value: program.id,
            label: t("create.duplicateOf", { title: program.title }),
          }))}
        />
      )}
      <Field
        label={t("create.title")}
        hint={t(duplicating ? "create.titleHintDuplicate" : "create.titleHint")}
        name="title"
        required={!duplicating}
        autoComplete="off"
        lang="nb"
        maxLength={PROGRAM_TITLE_MAX_LENGTH}
        defaultValue={failure?.values.title}
        key={failure ? `failed-${failure.error}-${failure.values.title}` : "new"}
        autoFocus={failure !== null}
        error={
          failure
            ? (failure.fieldErrors.title ?? (failure.fieldErrors.duplicateOf || failure.error))
            : undefined
        }
      />
      <Field
        label={t("create.tagline")}
        hint={t("create.optionalHint")}
        name="tagline"
        autoComplete="off"
        lang="nb"
        maxLength={PROGRAM_TAGLINE_MAX_LENGTH}
        defaultValue={failure?.values.tagline}
        error={failure?.fieldErrors.tagline}
      />
      <TextareaField
        label={t("create.summary")}
        hint={t("create.optionalHint")}
        name="summary"
        value={summary}
        onValueChange={setSummary}
        rows={4}
        lang="nb"
        maxLength={PROGRAM_SUMMARY_MAX_LENGTH}
        error={failure?.fieldErrors.summary}
      />
      <div>
        <Button type="submit" disabled={pending}>
          <Plus aria-hidden="true" className="size-4" />
          {pending ? t("create.submitting") : t(duplicating ? "create.submitDuplicate" : "create.submit")}
        </Button>
      </div>
    </form>
  );
}
