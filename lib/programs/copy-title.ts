// The title of a second copy of the same library program: "<title> (2)", then (3)…, in every language.
import type { LocalizedText } from "./program-texts";

/** `title` with " (n)" after it in every language it has. */
export function numberedTitle(title: LocalizedText, n: number): LocalizedText {
  return Object.fromEntries(
    Object.entries(title).map(([lang, text]) => [lang, `${text} (${n})`]),
  ) as LocalizedText;
}

/**
 * The smallest n ≥ 2 such that no program of the organization is already called "<title> (n)"
 * in Bokmål, so that copies stay apart even after one was renamed or deleted.
 */
export function nextCopyNumber(title: LocalizedText, existing: LocalizedText[]): number {
  const taken = new Set(existing.map((text) => text.nb ?? ""));
  let n = 2;
  while (taken.has(`${title.nb ?? ""} (${n})`)) n += 1;
  return n;
}
