// What an imported zip may be. No "server-only": the import form shows the limits and refuses a
// file that is too large before sending it.
import { MAX_REQUEST_BODY_BYTES } from "@/lib/security/headers-request-size";

/**
 * The zip travels in a server action, under the app's one request limit (ADR 010), less room for
 * the form's other fields and the multipart envelope; at most 10 MB should that limit be raised.
 * A program is text: the largest library program zips to about 55 KB.
 */
export const MAX_ZIP_BYTES = Math.min(10 * 1024 * 1024, MAX_REQUEST_BODY_BYTES - 16 * 1024);
/** Unpacked, all files together: a zip bomb is refused from what the zip declares, before inflating. */
export const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024;
/** One file unpacked (the editor's longest text, a resource body, is 20 000 characters). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** program.json plus three languages of up to a few hundred resources. */
export const MAX_FILES = 2000;
