// What an uploaded image may be (issue 21, item 3; ADR 030). No "server-only": the editor checks the
// size before sending, and the proxy lets the upload route's larger body through.
import type { Resources } from "@/lib/i18n/resources";

/** The largest file accepted, before resizing: a phone photo fits, a poster-sized scan does not. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * The most pixels an image may declare (40 megapixels: 8000 × 5000). Checked on the header before
 * anything is decoded, so a small file claiming huge dimensions (a decompression bomb) costs nothing.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Images wider than this are scaled down: wider than any resource column, at twice its density. */
export const MAX_IMAGE_WIDTH = 1600;

export const IMAGE_ALT_MAX_LENGTH = 250;

/** The formats taken in and served; everything else (SVG, GIF, TIFF, HEIC …) is refused. */
export const imageContentTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export type ImageContentType = (typeof imageContentTypes)[number];

/** The upload request: the file plus the form's other fields and multipart framing. */
export const MAX_IMAGE_UPLOAD_BODY_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

/** What can be wrong with an image (locales/<lng>/programs.json, images.errors). */
export type ImageErrorKey = keyof Resources["programs"]["images"]["errors"];
