// An uploaded file becomes an image we are willing to store and serve (ADR 030): its type is read
// from its first bytes (never its name or the browser's content type), its size in pixels from its
// header before any decoding, and then it is decoded, turned upright, scaled down and re-encoded
// by sharp (libvips), which writes no metadata: EXIF, GPS, XMP and ICC are gone.
import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import { AppError } from "@/lib/errors/app-error";
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_WIDTH, type ImageContentType, type ImageErrorKey } from "./image-limits";

// Each upload is decoded once: libvips's operation cache would only hold memory.
sharp.cache(false);
// Only the three loaders we take, from memory: whatever the sniffing below missed, libvips cannot
// open SVG (librsvg), GIF, TIFF, HEIF, PDF or any other format in this process.
sharp.block({ operation: ["VipsForeignLoad"] });
sharp.unblock({
  operation: ["VipsForeignLoadPngBuffer", "VipsForeignLoadJpegBuffer", "VipsForeignLoadWebpBuffer"],
});

export type ProcessedImage = {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: ImageContentType;
  width: number;
  height: number;
  sha256: string;
};

const fileError = (key: ImageErrorKey, values?: Record<string, string | number>) =>
  AppError.invalid({
    messageKey: `programs:images.errors.${key}`,
    messageValues: values,
    fieldErrors: { file: `programs:images.errors.${key}` },
  });

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** What the first bytes say the file is: one of ours, text that looks like markup (SVG), or anything else. */
export function sniffImageType(bytes: Uint8Array): ImageContentType | "markup" | null {
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP")
    return "image/webp";
  // SVG is XML: scripts and external references in an image would run wherever it is opened.
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 256));
  if (/^\uFEFF?\s*</.test(head)) return "markup";
  return null;
}

const formatOf: Record<string, ImageContentType> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

/**
 * Checks and converts one uploaded file. Refusals are AppError INVALID with a message for the
 * `file` field: empty, too large, not PNG/JPEG/WebP (SVG named apart), too many pixels, unreadable.
 */
export async function processImage(input: Uint8Array): Promise<ProcessedImage> {
  if (input.length === 0) throw fileError("fileMissing");
  if (input.length > MAX_IMAGE_BYTES)
    throw fileError("tooLarge", { megabytes: MAX_IMAGE_BYTES / 1024 / 1024 });
  const sniffed = sniffImageType(input);
  if (sniffed === "markup") throw fileError("svg");
  if (sniffed === null) throw fileError("notAnImage");

  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "warning" } as const;
  let metadata: Metadata;
  try {
    // Reads the header only: dimensions are known before a single pixel is decoded.
    metadata = await sharp(input, options).metadata();
  } catch (cause) {
    throw tooManyPixelsOr(cause);
  }
  const { width, height, format } = metadata;
  if (!width || !height || format === undefined || formatOf[format] !== sniffed) throw fileError("corrupt");
  if (width * height > MAX_IMAGE_PIXELS)
    throw fileError("tooManyPixels", { megapixels: MAX_IMAGE_PIXELS / 1_000_000 });

  let output: { data: Buffer; info: OutputInfo };
  try {
    const pipeline = sharp(input, options)
      .timeout({ seconds: 30 })
      // Upright by its EXIF orientation first, since the orientation tag goes with the rest.
      .rotate()
      .resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true });
    const encoded =
      sniffed === "image/png"
        ? pipeline.png({ compressionLevel: 9 })
        : sniffed === "image/jpeg"
          ? pipeline.jpeg({ quality: 82, mozjpeg: true })
          : pipeline.webp({ quality: 82 });
    output = await encoded.toBuffer({ resolveWithObject: true });
  } catch (cause) {
    throw tooManyPixelsOr(cause);
  }
  const bytes = new Uint8Array(output.data);
  return {
    bytes,
    contentType: sniffed,
    width: output.info.width,
    height: output.info.height,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** sharp's own pixel-limit refusal, or a file libvips cannot read. */
function tooManyPixelsOr(cause: unknown): AppError {
  const message = cause instanceof Error ? cause.message : "";
  if (/pixel limit/i.test(message))
    return fileError("tooManyPixels", { megapixels: MAX_IMAGE_PIXELS / 1_000_000 });
  return AppError.invalid({
    messageKey: "programs:images.errors.corrupt",
    fieldErrors: { file: "programs:images.errors.corrupt" },
    cause,
  });
}
