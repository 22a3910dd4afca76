// The organization's address in workspace URLs (/[lang]/o/<slug>/…). Shared by the form, which
// proposes one as the name is typed, and the server, which validates what is submitted.

export const SLUG_MIN_LENGTH = 2;
export const SLUG_MAX_LENGTH = 48;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Letters that Unicode does not decompose into a base letter plus accent.
const spelledOut: Record<string, string> = {
  æ: "ae",
  ø: "o",
  å: "a",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  œ: "oe",
};

/** "Bølgen & Moi AS" → "bolgen-moi-as": lower case, Norwegian letters spelled in ASCII, dashes between words. */
export function slugify(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[æøåßđðþłœ]/g, (letter) => spelledOut[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  return ascii
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
}

export function isValidSlug(slug: string): boolean {
  return slug.length >= SLUG_MIN_LENGTH && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}
