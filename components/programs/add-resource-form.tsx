"use client";

import { Plus } from "@/components/ui/icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MarkdownImages } from "@/components/library/markdown";
import { Button } from "@/components/ui/button";
import type { addResourceAction } from "@/lib/actions/programs/add-resource";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import { RESOURCE_BODY_MAX_LENGTH, RESOURCE_TITLE_MAX_LENGTH } from "@/lib/programs/program-limits";
import { FormStatus } from "@/components/ui/form-status";
import { MarkdownPreview } from "./markdown-preview";
import { Field, TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  statementId: string;
  /** The organization's images the program's texts show: a pasted image URL shows in the preview. */
  images: MarkdownImages;
  /** The language being edited; Bokmål is asked for as well when it is another one. */
  language: Language;
  action: typeof addResourceAction;
};

const empty = { title: "", body: "", titleNb: "", bodyNb: "" };

/** A new resource (title and Markdown text) at the end of a statement's resources. */
export function AddResourceForm({ lang, orgSlug, statementId, images, language, action }: Props) {
  const { t } = useTranslation("programs");
  const [texts, setTexts] = useState(empty);
  const { state, onSubmit, pending } = useFormAction(
    action,
    { lang, orgSlug },
    {
      onResult: (result) => {
        if (result.ok) setTexts(empty);
      },
    },
  );
  const failure = state && !state.ok ? state : null;
  const inBokmal = language === defaultLanguage;
  const set = (field: keyof typeof empty) => (value: string) =>
    setTexts((current) => ({ ...current, [field]: value }));
  const named = (key: "newResourceTitle" | "newResourceBody") =>
    inBokmal ? t(`structure.${key}Nb`) : t(`structure.${key}`, { language: t(`languages.${language}`) });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="language" value={language} />
      {!inBokmal && (
        <>
          <Field
            label={t("structure.newResourceTitleNb")}
            name="titleNb"
            lang={defaultLanguage}
            value={texts.titleNb}
            onValueChange={set("titleNb")}
            maxLength={RESOURCE_TITLE_MAX_LENGTH}
            required
            error={failure?.fieldErrors.titleNb}
          />
          <TextareaField
            label={t("structure.newResourceBodyNb")}
            name="bodyNb"
            lang={defaultLanguage}
            rows={6}
            value={texts.bodyNb}
            onValueChange={set("bodyNb")}
            maxLength={RESOURCE_BODY_MAX_LENGTH}
            required
            hint={t("editor.fields.markdownHint")}
            error={failure?.fieldErrors.bodyNb}
          />
        </>
      )}
      <Field
        label={named("newResourceTitle")}
        name="title"
        lang={language}
        value={texts.title}
        onValueChange={set("title")}
        maxLength={RESOURCE_TITLE_MAX_LENGTH}
        required={inBokmal}
        error={failure?.fieldErrors.title}
      />
      <TextareaField
        label={named("newResourceBody")}
        name="body"
        lang={language}
        rows={6}
        value={texts.body}
        onValueChange={set("body")}
        maxLength={RESOURCE_BODY_MAX_LENGTH}
        required={inBokmal}
        hint={t("editor.fields.markdownHint")}
        error={failure?.fieldErrors.body}
      />
      <MarkdownPreview
        lang={lang}
        language={language}
        title={texts.title}
        body={texts.body}
        images={images}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          <Plus aria-hidden="true" className="size-4" />
          {pending ? t("structure.adding") : t("structure.addResource")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
