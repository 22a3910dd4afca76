"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { updateProgramDetailsAction } from "@/lib/actions/programs/update-program-details";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import {
  PROGRAM_SUMMARY_MAX_LENGTH,
  PROGRAM_TAGLINE_MAX_LENGTH,
  PROGRAM_TITLE_MAX_LENGTH,
  QUOTE_AUTHOR_MAX_LENGTH,
  QUOTE_SOURCE_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
} from "@/lib/programs/program-limits";
import type { LocalizedText, ProgramQuote } from "@/lib/programs/program-texts";
import { textState } from "@/lib/programs/translation-status";
import { FormStatus } from "@/components/ui/form-status";
import { TranslationHint } from "./translation-hint";
import { Field, TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  /** The language whose texts are edited. */
  language: Language;
  program: {
    id: string;
    lockVersion: number;
    title: LocalizedText;
    tagline: LocalizedText;
    summary: LocalizedText;
    quote: ProgramQuote | null;
  };
  action: typeof updateProgramDetailsAction;
};

/** The program's title, tagline, summary and quote in one language. */
export function ProgramDetailsForm({ lang, orgSlug, language, program, action }: Props) {
  const { t } = useTranslation("programs");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  const [title, setTitle] = useState(program.title[language] ?? "");
  const [tagline, setTagline] = useState(program.tagline[language] ?? "");
  const [summary, setSummary] = useState(program.summary[language] ?? "");
  const [quoteText, setQuoteText] = useState(program.quote?.text[language] ?? "");
  const [quoteAuthor, setQuoteAuthor] = useState(program.quote?.author ?? "");
  const [quoteSource, setQuoteSource] = useState(program.quote?.source ?? "");
  const original = (text: LocalizedText | undefined) =>
    language === defaultLanguage ? undefined : text?.[defaultLanguage];
  const hint = (text: LocalizedText) => (
    <TranslationHint state={textState(text, language)} language={language} original={original(text)} />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="programId" value={program.id} />
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="lockVersion" value={program.lockVersion} />
      <Field
        label={t("editor.fields.title")}
        name="title"
        lang={language}
        value={title}
        onValueChange={setTitle}
        maxLength={PROGRAM_TITLE_MAX_LENGTH}
        required={language === defaultLanguage}
        hint={hint(program.title)}
        error={failure?.fieldErrors.title}
      />
      <Field
        label={t("editor.fields.tagline")}
        name="tagline"
        lang={language}
        value={tagline}
        onValueChange={setTagline}
        maxLength={PROGRAM_TAGLINE_MAX_LENGTH}
        hint={hint(program.tagline)}
        error={failure?.fieldErrors.tagline}
      />
      <TextareaField
        label={t("editor.fields.summary")}
        name="summary"
        lang={language}
        value={summary}
        onValueChange={setSummary}
        maxLength={PROGRAM_SUMMARY_MAX_LENGTH}
        hint={hint(program.summary)}
        error={failure?.fieldErrors.summary}
      />
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <TextareaField
          // Named by its language: each language has its own quote, translated (docs/content-format.md).
          label={t("editor.fields.quoteIn", { language: t(`languages.${language}`) })}
          name="quoteText"
          lang={language}
          rows={2}
          value={quoteText}
          onValueChange={setQuoteText}
          maxLength={QUOTE_MAX_LENGTH}
          hint={program.quote ? hint(program.quote.text) : t("editor.fields.quoteHint")}
          error={failure?.fieldErrors.quoteText}
        />
        <Field
          label={t("editor.fields.quoteAuthor")}
          name="quoteAuthor"
          value={quoteAuthor}
          onValueChange={setQuoteAuthor}
          maxLength={QUOTE_AUTHOR_MAX_LENGTH}
          hint={t("editor.fields.quoteAuthorHint")}
          error={failure?.fieldErrors.quoteAuthor}
        />
        <Field
          label={t("editor.fields.quoteSource")}
          name="quoteSource"
          value={quoteSource}
          onValueChange={setQuoteSource}
          maxLength={QUOTE_SOURCE_MAX_LENGTH}
          hint={t("editor.fields.quoteSourceHint")}
          error={failure?.fieldErrors.quoteSource}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("editor.saving") : t("editor.saveDetails")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
