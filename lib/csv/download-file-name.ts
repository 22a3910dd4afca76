/**
 * A name made safe for a download's file name (ASCII letters, digits and dashes): a team's name is
 * typed by people and goes into a header, where quotes or line breaks must never reach.
 */
export function slugifyFileName(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return ascii || "team";
}
