/** Words a reader gets through per minute, for the "n min" shown next to resources. */
export const WORDS_PER_MINUTE = 200;

// Link targets (`](https://…)`, `](program:slug)`) and reference definitions are not read.
const INLINE_LINK_TARGET = /\]\([^)]*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:.*$/gm;
// A word has at least one letter or digit: list markers, `##`, `>` and `—` are not words.
const WORD = /[\p{L}\p{N}]/u;

/** Words a reader reads in a Markdown text. */
export function countWords(markdown: string): number {
  const text = markdown.replace(REFERENCE_DEFINITION, " ").replace(INLINE_LINK_TARGET, "]");
  return text.split(/\s+/).filter((token) => WORD.test(token)).length;
}

/** Minutes to read `words` words: rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
