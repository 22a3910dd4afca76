"use client";

import { Plus } from "@/components/ui/icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { addStatementAction } from "@/lib/actions/programs/add-statement";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import { STATEMENT_MAX_LENGTH } from "@/lib/programs/program-limits";
import { FormStatus } from "@/components/ui/form-status";
import { TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { RadioCards } from "@/components/ui/radio-group";

type Props = {
  lang: Language;
  orgSlug: string;
  programId: string;
  /** The language being edited; Bokmål is asked for as well when it is another one. */
  language: Language;
  action: typeof addStatementAction;
};

/** A new statement (I know / I can), added at the end of its group. */
export function AddStatementForm({ lang, orgSlug, programId, language, action }: Props) {
  const { t } = useTranslation("programs");
  const [texts, setTexts] = useState({ text: "", textNb: "" });
  const [kind, setKind] = useState<"know" | "can">("know");
  const { state, onSubmit, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: (result) => {
        // Emptied for the next one; after a failure the person's text stays.
        if (result.ok) setTexts({ text: "", textNb: "" });
      },
    },
  );
  const failure = state && !state.ok ? state : null;
  const inBokmal = language === defaultLanguage;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="language" value={language} />
      {!inBokmal && (
        <TextareaField
          label={t("structure.newStatementNb")}
          name="textNb"
          lang={defaultLanguage}
          rows={2}
          value={texts.textNb}
          onValueChange={(textNb) => setTexts((current) => ({ ...current, textNb }))}
          maxLength={STATEMENT_MAX_LENGTH}
          required
          error={failure?.fieldErrors.textNb}
        />
      )}
      <TextareaField
        label={
          inBokmal
            ? t("structure.newStatementNb")
            : t("structure.newStatement", { language: t(`languages.${language}`) })
        }
        name="text"
        lang={language}
        rows={2}
        value={texts.text}
        onValueChange={(text) => setTexts((current) => ({ ...current, text }))}
        maxLength={STATEMENT_MAX_LENGTH}
        required={inBokmal}
        error={failure?.fieldErrors.text}
      />
      <RadioCards
        legend={t("editor.fields.kind")}
        hint={t("editor.fields.kindHint")}
        name="kind"
        options={(["know", "can"] as const).map((value) => ({ value, label: t(`kind.${value}`) }))}
        value={kind}
        onValueChange={(value) => setKind(value as "know" | "can")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          <Plus aria-hidden="true" className="size-4" />
          {pending ? t("structure.adding") : t("structure.addStatement")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
