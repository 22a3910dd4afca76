// The upload as an HTTP endpoint (POST /[lang]/o/[org]/programs/[programId]/images). Not a server
// action: an action's body is capped at 1 MB for the whole app (ADR 010), and an image may be 5 MB.
// It keeps the action pipeline's steps and answers: session → membership of the URL's organization
// → permission → zod → work → { ok, data } or { ok: false, code, error, fieldErrors } translated.
// The image is decoded and re-encoded before the transaction opens, so no connection waits on it.
import "server-only";
import { actionFailure, parseInput } from "@/lib/actions/pipeline";
import type { ActionResult } from "@/lib/actions/action-result";
import { withTenant } from "@/lib/db/tenant";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { getT } from "@/lib/i18n/server";
import { defaultLanguage, isLanguage, type Language } from "@/lib/i18n/settings";
import { requireRouteWorkspace } from "@/lib/pages/read-route";
import { MAX_IMAGE_BYTES, MAX_IMAGE_UPLOAD_BODY_BYTES } from "./image-limits";
import { processImage } from "./process-image";
import { uploadImage, type UploadedImage } from "./upload-image";
import { uploadImageInput } from "./upload-image-input";

type Params = { lang: string; org: string; programId: string };

export async function handleImageUpload(request: Request, params: Params): Promise<Response> {
  const lang: Language = isLanguage(params.lang) ? params.lang : defaultLanguage;
  try {
    // The upload's own permission, checked before the body is read (ADR 038).
    const ctx = await requireRouteWorkspace(params.org, uploadImage.permission);
    const form = await readForm(request);
    const file = form.get("file");
    const input = parseInput(uploadImageInput, {
      programId: params.programId,
      alt: form.get("alt") ?? undefined,
      file: file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : undefined,
    });
    const image = await processImage(input.file);
    const uploaded = await withTenant(ctx, (tx) =>
      uploadImage({ tx, ctx, programId: input.programId, alt: input.alt, image }),
    );
    const result: ActionResult<UploadedImage> = {
      ok: true,
      data: uploaded,
      message: getT(lang, "programs")("images.uploaded"),
    };
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return Response.json(actionFailure(error, lang), {
      status: error.status,
      headers: { "cache-control": "no-store" },
    });
  }
}

/**
 * The multipart body, read up to the upload's limit whatever Content-Length said (the proxy refuses
 * larger declared bodies; a chunked one is cut off here). Anything but a form is refused.
 */
async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type) || !request.body) throw fileMissing();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_IMAGE_UPLOAD_BODY_BYTES) {
      await reader.cancel();
      throw AppError.invalid({
        messageKey: "programs:images.errors.tooLarge",
        messageValues: { megabytes: MAX_IMAGE_BYTES / 1024 / 1024 },
        fieldErrors: { file: "programs:images.errors.tooLarge" },
      });
    }
    chunks.push(value);
  }
  try {
    return await new Response(new Blob(chunks as BlobPart[]), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw fileMissing();
  }
}

const fileMissing = () =>
  AppError.invalid({
    messageKey: "programs:images.errors.fileMissing",
    fieldErrors: { file: "programs:images.errors.fileMissing" },
  });
