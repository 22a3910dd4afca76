/**
 * The search in the spellings names are written in. ILIKE folds case by the database's locale, and
 * a database created without one (the embedded server) folds ASCII only: "ødegård" would miss
 * "Ødegård". Lower case, upper case and capitalised words cover how names are written.
 */
export function caseVariants(search: string): string[] {
  const lower = search.toLocaleLowerCase("nb");
  const capitalised = lower.replace(
    /(^|[\s'-])(\p{L})/gu,
    (_match, before: string, letter: string) => before + letter.toLocaleUpperCase("nb"),
  );
  return [...new Set([search, lower, search.toLocaleUpperCase("nb"), capitalised])];
}
