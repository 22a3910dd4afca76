"use client";

import { ImagePlus } from "lucide-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult, ActionState } from "@/lib/actions/action-result";
import {
  IMAGE_ALT_MAX_LENGTH,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_WIDTH,
  imageContentTypes,
} from "@/lib/images/image-limits";
import { imageUploadPath } from "@/lib/images/image-path";
import type { UploadedImage } from "@/lib/images/upload-image";
import { FormStatus } from "./form-status";

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

  const fail = (key: string, field: "file" | "alt", values?: Record<string, number>) => {
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
      className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-stone-50 px-4 py-3"
    >
      <h5 id={headingId} className="flex items-center gap-2 font-semibold text-stone-900">
        <ImagePlus aria-hidden="true" className="size-5 text-stone-600" />
        {t("images.title")}
      </h5>
      <p className="text-sm text-stone-700">{t("images.lead", { megabytes, width: MAX_IMAGE_WIDTH })}</p>
      <Input
        key={fileKey}
        type="file"
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        label={t("images.file")}
        accept={imageContentTypes.join(",")}
        error={failure?.fieldErrors.file}
        className="file:mr-3 file:rounded-md file:border-0 file:bg-stone-200 file:px-3 file:py-1 file:text-stone-900"
      />
      <Input
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
