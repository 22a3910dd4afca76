import type { MetadataRoute } from "next";
import { languages, languageTags } from "@/lib/i18n/settings";
import { listLibraryPaths } from "@/lib/library/library-queries";
import { siteUrl } from "@/lib/seo/alternates";

// Always current: read from the library tables on each request (cheap, and no database needed at build).
export const dynamic = "force-dynamic";

/** Every public page in every language, each with its hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const paths = await listLibraryPaths();
  const pages: { path: string; lastModified?: Date }[] = [
    { path: "" },
    { path: "/library" },
    ...paths.flatMap(({ slug, statementKeys, updatedAt }) => [
      { path: `/library/${slug}`, lastModified: updatedAt },
      ...statementKeys.map((key) => ({ path: `/library/${slug}/${key}`, lastModified: updatedAt })),
    ]),
  ];
  return pages.flatMap(({ path, lastModified }) =>
    languages.map((lang) => ({
      url: `${base}/${lang}${path}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: {
        languages: Object.fromEntries(
          languages.map((other) => [languageTags[other], `${base}/${other}${path}`]),
        ),
      },
    })),
  );
}
