// Which workspace section link is "current" for an address: shared by the nav and its test.

export type NavCurrent = "page" | "true" | undefined;

/**
 * aria-current for each link: "page" for the page itself; on a sub-page (a program's editor under
 * Programs) "true" for its section, the longest link the address starts with. The overview is the
 * prefix of every section, so it only wins where no section does.
 */
export function navCurrent(hrefs: string[], pathname: string): NavCurrent[] {
  if (hrefs.includes(pathname)) return hrefs.map((href) => (href === pathname ? "page" : undefined));
  const section = hrefs
    .filter((href) => pathname.startsWith(`${href}/`))
    .reduce<string | null>((best, href) => (!best || href.length > best.length ? href : best), null);
  return hrefs.map((href) => (href === section ? "true" : undefined));
}
