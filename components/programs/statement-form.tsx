"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { updateStatementAction } from "@/lib/actions/programs/update-statement";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import { STATEMENT_MAX_LENGTH } from "@/lib/programs/program-limits";
import type { LocalizedText, TextUpdatedAt } from "@/lib/programs/program-texts";
import { textState } from "@/lib/programs/translation-status";
import { FormStatus } from "@/components/ui/form-status";
import { MajorChangeField } from "./major-change-field";
import { TranslationHint } from "./translation-hint";
import { TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { RadioCards } from "@/components/ui/radio-group";

type Props = {
  lang: Language;
  orgSlug: string;
  language: Language;
  statement: {
    id: string;
    kind: "know" | "can";
    text: LocalizedText;
    lockVersion: number;
    textUpdatedAt: TextUpdatedAt;
  };
  action: typeof updateStatementAction;
};

/** A statement's text in one language and its kind (I know / I can). */
export function StatementForm({ lang, orgSlug, language, statement, action }: Props) {
  const { t } = useTranslation("programs");
  const [major, setMajor] = useState(false);
  const { state, onSubmit, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: (result) => {
        if (result.ok) setMajor(false);
      },
    },
  );
  const failure = state && !state.ok ? state : null;
  const [text, setText] = useState(statement.text[language] ?? "");
  const [kind, setKind] = useState(statement.kind);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="statementId" value={statement.id} />
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="lockVersion" value={statement.lockVersion} />
      <TextareaField
        label={t("editor.fields.statement")}
        name="text"
        lang={language}
        rows={2}
        value={text}
        onValueChange={setText}
        maxLength={STATEMENT_MAX_LENGTH}
        required={language === defaultLanguage}
        hint={
          <TranslationHint
            state={textState(statement.text, language, statement.textUpdatedAt)}
            language={language}
            original={statement.text[defaultLanguage]}
          />
        }
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
      <MajorChangeField checked={major} onChange={setMajor} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("editor.saving") : t("editor.saveStatement")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
