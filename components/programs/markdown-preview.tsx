"use client";

import { Eye, EyeOff } from "@/components/ui/icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProgramMarkdown, type MarkdownImages } from "@/components/library/markdown";
import { Button } from "@/components/ui/button";
import type { Language } from "@/lib/i18n/settings";

type Props = {
  lang: Language;
  /** The language the text is written in. */
  language: Language;
  title: string;
  body: string;
  /** The organization's images the text may show (none in a new resource's preview). */
  images?: MarkdownImages;
};

/**
 * A resource as learners will read it, behind a toggle: rendered by ProgramMarkdown, the library
 * pages' renderer, so no raw HTML, event handler or unsafe link survives here either.
 */
export function MarkdownPreview({ lang, language, title, body, images }: Props) {
  const { t } = useTranslation("programs");
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={open}
          aria-controls={open ? regionId : undefined}
          onClick={() => setOpen((current) => !current)}
        >
          {open ? (
            <EyeOff aria-hidden="true" className="size-4" />
          ) : (
            <Eye aria-hidden="true" className="size-4" />
          )}
          {open ? t("editor.hidePreview") : t("editor.showPreview")}
        </Button>
      </div>
      {open && (
        <section
          id={regionId}
          aria-label={t("editor.preview")}
          className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-3"
        >
          <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
            {t("editor.preview")}
          </p>
          <div lang={language} className="prose prose-stone mt-2 max-w-none">
            {title && <p className="text-lg font-semibold text-stone-900">{title}</p>}
            {body ? (
              <ProgramMarkdown source={body} lang={lang} topHeading={4} images={images} />
            ) : (
              <p className="text-stone-600 italic">{t("editor.previewEmpty")}</p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
