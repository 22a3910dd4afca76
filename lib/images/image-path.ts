// Where an organization's images are served, and how a Markdown image URL is recognized as one.
// No "server-only": the editor, the renderer and the proxy use it. The path has no language: it is
// written into resources' Markdown, which is the same whichever language the reader's pages use.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const IMAGE_PATH = new RegExp(`^/o/(${SLUG})/images/(${UUID})$`);

/** Width and height of each image, by id: what the renderer puts on <img> against layout shift. */
export type ImageSizes = Record<string, { width: number; height: number }>;

/** Paths the proxy leaves without a language prefix (app/o/[org]/images/[imageId]/route.ts). */
export const IMAGE_PATH_PREFIX = /^\/o\/[^/]+\/images\//;

/** `/o/<slug>/images/<id>`: what the editor writes into the Markdown, and what serves the image. */
export function imagePath(orgSlug: string, imageId: string): string {
  return `/o/${orgSlug}/images/${imageId}`;
}

/** The organization and image an image URL names, or null when it is not one of ours. */
export function parseImagePath(url: string): { orgSlug: string; imageId: string } | null {
  const match = IMAGE_PATH.exec(url);
  return match ? { orgSlug: match[1]!, imageId: match[2]! } : null;
}

/** The upload route of a program's editor. */
export function imageUploadPath(lang: string, orgSlug: string, programId: string): string {
  return `/${lang}/o/${orgSlug}/programs/${programId}/images`;
}

/** Paths of the upload route, for the proxy's body limit. */
export const IMAGE_UPLOAD_PATH = new RegExp(`^/[a-z]{2}/o/[^/]+/programs/[^/]+/images$`);

/**
 * `![alt](url)` with the alt text made safe for Markdown: one line, and the characters that would
 * end or break the brackets escaped.
 */
export function imageMarkdown(alt: string, url: string): string {
  const safeAlt = alt
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\[\]]/g, (character) => `\\${character}`);
  return `![${safeAlt}](${url})`;
}

/** `text` with `paragraph` inserted at `at`, as a paragraph of its own: a blank line on each side. */
export function insertParagraph(text: string, at: number, paragraph: string): string {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead =
    before.trim() === "" ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const tail =
    after.trim() === "" ? "" : after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  return `${before}${lead}${paragraph}${tail}${after}`;
}
