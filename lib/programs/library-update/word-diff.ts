// A word-level difference between two texts, for showing HR what a library update changes.
// Longest common subsequence over words; each word keeps the whitespace after it, so line breaks
// in Markdown survive. Pure and shared with the UI.

export type DiffPart = { type: "same" | "added" | "removed"; text: string };

/** Above this many word pairs the table gets too big to fill: show the whole text as replaced. */
const MAX_CELLS = 4_000_000;

/** Words with the whitespace that follows each: "a  b\nc" → ["a  ", "b\n", "c"]. */
export function tokenize(text: string): string[] {
  return text.trimStart().match(/\S+\s*/g) ?? [];
}

const word = (token: string) => token.trimEnd();

/**
 * The parts of the change from `before` to `after` in reading order: unchanged words, removed
 * words (only in `before`) and added words (only in `after`). Where words were replaced, the
 * removed ones come first. Neighbouring parts of one type are merged. Words are compared without
 * their whitespace; an unchanged part shows the whitespace `before` had.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // A common start and end cost nothing to match and keep the table small.
  let start = 0;
  while (start < a.length && start < b.length && word(a[start]!) === word(b[start]!)) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && word(a[endA - 1]!) === word(b[endB - 1]!)) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  const push = (type: DiffPart["type"], text: string) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last && last.type === type) last.text += text;
    else parts.push({ type, text });
  };
  push("same", a.slice(0, start).join(""));
  for (const part of middle(a.slice(start, endA), b.slice(start, endB))) push(part.type, part.text);
  push("same", a.slice(endA).join(""));
  // The last word of a text has no whitespace after it; where another part follows, it needs one.
  for (const part of parts.slice(0, -1)) if (!/\s$/.test(part.text)) part.text += " ";
  return parts;
}

/** The changed middle: removals and additions between unchanged words, removals first in each run. */
function middle(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return [
      { type: "removed", text: a.join("") },
      { type: "added", text: b.join("") },
    ];
  }
  // lengths[i * (m + 1) + j] = length of the longest common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        word(a[i]!) === word(b[j]!)
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) parts.push({ type: "removed", text: removed });
    if (added) parts.push({ type: "added", text: added });
    removed = "";
    added = "";
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && word(a[i]!) === word(b[j]!)) {
      flush();
      parts.push({ type: "same", text: a[i]! });
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) {
      removed += a[i]!;
      i += 1;
    } else {
      added += b[j]!;
      j += 1;
    }
  }
  flush();
  return parts;
}

/** The words before the change (`same` and `removed` parts) or after it (`same` and `added`). */
export function sideOf(parts: DiffPart[], side: "before" | "after"): string[] {
  const skip = side === "before" ? "added" : "removed";
  return parts.filter((part) => part.type !== skip).flatMap((part) => tokenize(part.text).map(word));
}
