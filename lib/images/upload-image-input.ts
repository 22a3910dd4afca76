// The upload's fields once the route has read the multipart body (upload-image-route.ts). Messages
// are translation keys (locales/<lng>/programs.json, images.errors).
import { z } from "@/lib/validation/zod";
import { IMAGE_ALT_MAX_LENGTH } from "./image-limits";

export const uploadImageInput = z.object({
  programId: z.uuid({ error: "programs:errors.notFound" }),
  alt: z
    .string()
    .optional()
    .default("")
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "programs:images.errors.altMissing" })
        .max(IMAGE_ALT_MAX_LENGTH, { error: "programs:images.errors.altTooLong" }),
    ),
  /** The file's bytes; what they are is decided by process-image.ts, from the bytes alone. */
  file: z.instanceof(Uint8Array, { error: "programs:images.errors.fileMissing" }),
});
export type UploadImageInput = z.output<typeof uploadImageInput>;
