"use client";

import { ImagePlus } from "@/components/ui/icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, buttonClasses } from "@/components/ui/button";
import type { ActionResult, ActionState } from "@/lib/actions/action-result";
import {
  IMAGE_ALT_MAX_LENGTH,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_WIDTH,
  imageContentTypes,
} from "@/lib/images/image-limits";
import { imageUploadPath } from "@/lib/images/image-path";
import type { UploadedImage } from "@/lib/images/upload-image";
import { cn } from "@/lib/ui/cn";
import { FormStatus } from "@/components/ui/form-status";
import type { ImageErrorKey } from "@/lib/images/image-limits";
import { Field } from "@/components/ui/field";

type Props = {
  lang: string;
  orgSlug: string;
  programId: string;
  /** Puts the uploaded image's Markdown into the text being edited. */
  onUploaded: (image: UploadedImage) => void;
};

const megabytes = MAX_IMAGE_BYTES / 1024 / 1024;

/**
 * Uploads one image with its alt text to the program's image route (a route handler: an image may
 * be larger than a server action's body, ADR 030) and hands back the Markdown to insert. Its
 * fields have no names, so saving the resource around it never sends them. The server decides
 * what the file is; the size is checked here too only to spare a long upload.
 */
export function ImageUpload({ lang, orgSlug, programId, onUploaded }: Props) {
  const { t } = useTranslation("programs");
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file field after an upload (a file input's value cannot be set).
  const [fileKey, setFileKey] = useState(0);
  const [alt, setAlt] = useState("");
  const [state, setState] = useState<ActionState<UploadedImage>>(null);
  const [pending, setPending] = useState(false);
  const failure = state && !state.ok ? state : null;
  const fileId = useId();
  const fileError = failure?.fieldErrors.file;

  const fail = (key: ImageErrorKey, field: "file" | "alt", values?: Record<string, number>) => {
    const error = t(`images.errors.${key}`, values);
    setState({ ok: false, code: "INVALID", error, fieldErrors: { [field]: error }, values: {} });
  };

  const upload = async () => {
    if (!file) return fail("fileMissing", "file");
    if (file.size > MAX_IMAGE_BYTES) return fail("tooLarge", "file", { megabytes });
    if (alt.trim() === "") return fail("altMissing", "alt");
    const body = new FormData();
    body.append("file", file);
    body.append("alt", alt);
    setPending(true);
    try {
      const response = await fetch(imageUploadPath(lang, orgSlug, programId), { method: "POST", body });
      const result = (await response.json()) as ActionResult<UploadedImage>;
      setState(result);
      if (result.ok) {
        onUploaded(result.data);
        setAlt("");
        setFile(null);
        setFileKey((key) => key + 1);
      }
    } catch {
      // The proxy's 413 for a body over the limit is JSON too; only a lost connection lands here.
      setState({
        ok: false,
        code: "INVALID",
        error: t("images.errors.network"),
        fieldErrors: {},
        values: {},
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <section
      aria-labelledby={headingId}
      // A box of its own from the small breakpoint; on a phone the nested editor is narrow already.
      className="flex flex-col gap-3 border-t border-stone-200 pt-3 sm:rounded-lg sm:border sm:bg-stone-50 sm:px-4 sm:py-3"
    >
      <h5 id={headingId} className="flex items-center gap-2 font-semibold text-stone-900">
        <ImagePlus aria-hidden="true" className="size-5 text-stone-600" />
        {t("images.title")}
      </h5>
      <p className="text-sm text-stone-700">{t("images.lead", { megabytes, width: MAX_IMAGE_WIDTH })}</p>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={fileId} className="font-medium text-stone-900">
          {t("images.file")}
        </label>
        {/* The browser's own file button speaks the browser's language: this one speaks ours. */}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <input
            key={fileKey}
            id={fileId}
            type="file"
            accept={imageContentTypes.join(",")}
            className="peer sr-only"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileId}-error` : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <label
            htmlFor={fileId}
            className={cn(
              buttonClasses("secondary", "sm"),
              "cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600",
            )}
          >
            {t("images.choose")}
          </label>
          <span className="min-w-0 text-sm break-all text-stone-700">
            {file ? file.name : t("images.noFile")}
          </span>
        </div>
        {fileError && (
          <p id={`${fileId}-error`} className="text-sm font-medium text-red-800">
            {fileError}
          </p>
        )}
      </div>
      <Field
        label={t("images.alt")}
        hint={t("images.altHint")}
        value={alt}
        maxLength={IMAGE_ALT_MAX_LENGTH}
        onChange={(event) => setAlt(event.target.value)}
        onKeyDown={(event) => {
          // Enter here uploads the image; it must not save the resource form around it.
          if (event.key !== "Enter") return;
          event.preventDefault();
          void upload();
        }}
        error={failure?.fieldErrors.alt}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button variant="secondary" disabled={pending} onClick={() => void upload()}>
          <ImagePlus aria-hidden="true" className="size-4" />
          {pending ? t("images.uploading") : t("images.upload")}
        </Button>
        <FormStatus state={state} />
      </div>
    </section>
  );
}
