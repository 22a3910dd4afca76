/** Lower-case, without accents; Norwegian letters folded so "avvisningsarsaker" finds "Avvisningsårsaker". */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "");
}

export function searchableText(program: {
  title: string;
  tagline: string;
  summary: string;
  statements: string[];
}): string {
  return foldForSearch([program.title, program.tagline, program.summary, ...program.statements].join("\n"));
}

/** True when every word of the query occurs in the (folded) text; an empty query matches everything. */
export function matchesSearch(foldedText: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => foldedText.includes(word));
}
