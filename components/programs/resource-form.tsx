"use client";

import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProgramMarkdown, type MarkdownImages } from "@/components/library/markdown";
import { Button } from "@/components/ui/button";
import type { updateResourceAction } from "@/lib/actions/programs/update-resource";
import { defaultLanguage, type Language } from "@/lib/i18n/settings";
import { insertParagraph } from "@/lib/images/image-path";
import type { UploadedImage } from "@/lib/images/upload-image";
import { RESOURCE_BODY_MAX_LENGTH, RESOURCE_TITLE_MAX_LENGTH } from "@/lib/programs/program-limits";
import type { LocalizedText, TextUpdatedAt } from "@/lib/programs/program-texts";
import { textState } from "@/lib/programs/translation-status";
import { FormStatus } from "@/components/ui/form-status";
import { ImageUpload } from "./image-upload";
import { MajorChangeField } from "./major-change-field";
import { MarkdownPreview } from "./markdown-preview";
import { TranslationHint } from "./translation-hint";
import { Field, TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  /** The program the resource is in: images are uploaded for it. */
  programId: string;
  /** The organization's images the program's texts show, with their sizes. */
  images: MarkdownImages;
  language: Language;
  resource: {
    id: string;
    title: LocalizedText;
    body: LocalizedText;
    lockVersion: number;
    textUpdatedAt: TextUpdatedAt;
  };
  action: typeof updateResourceAction;
};

/**
 * A resource's title and Markdown body in one language, with a preview rendered the way learners
 * will see it (ProgramMarkdown: no raw HTML, only safe links, only the organization's images), an
 * image upload that inserts the image's Markdown where the cursor is, and the "major change" choice.
 */
export function ResourceForm({ lang, orgSlug, programId, images, language, resource, action }: Props) {
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
  const [title, setTitle] = useState(resource.title[language] ?? "");
  const [body, setBody] = useState(resource.body[language] ?? "");
  const bodyOriginal = language === defaultLanguage ? undefined : resource.body[defaultLanguage];
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [shown, setShown] = useState(images);
  const insertImage = (image: UploadedImage) => {
    setShown((current) => ({
      ...current,
      sizes: { ...current.sizes, [image.id]: { width: image.width, height: image.height } },
    }));
    // Where the cursor was when the text area was last used; at the end when it never was.
    const field = bodyRef.current;
    const at = field?.dataset.used === "true" ? field.selectionEnd : null;
    setBody((current) => insertParagraph(current, at ?? current.length, image.markdown));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="resourceId" value={resource.id} />
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="lockVersion" value={resource.lockVersion} />
      <Field
        label={t("editor.fields.resourceTitle")}
        name="title"
        lang={language}
        value={title}
        onValueChange={setTitle}
        maxLength={RESOURCE_TITLE_MAX_LENGTH}
        required={language === defaultLanguage}
        hint={
          <TranslationHint
            state={textState(resource.title, language, resource.textUpdatedAt)}
            language={language}
            original={resource.title[defaultLanguage]}
          />
        }
        error={failure?.fieldErrors.title}
      />
      <TextareaField
        label={t("editor.fields.resourceBody")}
        name="body"
        lang={language}
        rows={12}
        value={body}
        onValueChange={setBody}
        maxLength={RESOURCE_BODY_MAX_LENGTH}
        required={language === defaultLanguage}
        ref={(field) => {
          bodyRef.current = field;
          if (!field) return;
          const used = () => (field.dataset.used = "true");
          field.addEventListener("focus", used);
          return () => field.removeEventListener("focus", used);
        }}
        hint={
          <div className="flex flex-col gap-1">
            <p>{t("editor.fields.markdownHint")}</p>
            <TranslationHint
              state={textState(resource.body, language, resource.textUpdatedAt)}
              language={language}
            />
          </div>
        }
        error={failure?.fieldErrors.body}
      />
      {bodyOriginal && (
        <details className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-2">
          <summary className="cursor-pointer font-medium text-stone-800">
            {t("translation.showOriginal")}
          </summary>
          <div lang={defaultLanguage} className="prose prose-stone mt-2 max-w-none">
            <ProgramMarkdown source={bodyOriginal} lang={lang} topHeading={4} images={shown} />
          </div>
        </details>
      )}
      <ImageUpload lang={lang} orgSlug={orgSlug} programId={programId} onUploaded={insertImage} />
      <MarkdownPreview lang={lang} language={language} title={title} body={body} images={shown} />
      <MajorChangeField checked={major} onChange={setMajor} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("editor.saving") : t("editor.saveResource")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
