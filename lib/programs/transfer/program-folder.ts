// An organization's program as the files of a content folder (docs/content-format.md), and back.
// Pure: shared by the export, the round-trip tests and the import's checks.
import { languages } from "@/lib/i18n/settings";
import type { LocalizedText } from "../program-texts";
import type { TransferProgram } from "./check-program-folder";

/** What the library's program.json needs that an organization's program has no value for. */
const EXPORT_POSITION = 1;

/**
 * The folder name and program.json slug: the Bokmål title in kebab-case ASCII, as the library's
 * slugs are ("Håndtere avvisning" → handtere-avvisning).
 */
export function programSlug(title: LocalizedText): string {
  const slug = (title.nb ?? "")
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "program";
}

/** program.json and `resources/<key>.<lng>.md`, keyed by their path inside the folder. */
export function programFolderFiles(program: TransferProgram): Map<string, string> {
  const json = {
    slug: program.slug,
    position: EXPORT_POSITION,
    title: program.title,
    ...(Object.keys(program.tagline).length > 0 ? { tagline: program.tagline } : {}),
    ...(Object.keys(program.summary).length > 0 ? { summary: program.summary } : {}),
    ...(program.quote
      ? {
          quote: {
            text: program.quote.text,
            ...(program.quote.author ? { author: program.quote.author } : {}),
          },
        }
      : {}),
    statements: program.statements.map((statement) => ({
      key: statement.key,
      kind: statement.kind,
      text: statement.text,
      resources: statement.resources.map((resource) => resource.key),
      ...(statement.reflectionPrompts.length > 0 ? { reflectionPrompts: statement.reflectionPrompts } : {}),
    })),
  };
  const files = new Map<string, string>([["program.json", `${JSON.stringify(json, null, 2)}\n`]]);
  for (const statement of program.statements) {
    for (const resource of statement.resources) {
      for (const language of languages) {
        const title = resource.title[language];
        const body = resource.body[language];
        if (title && body) files.set(`resources/${resource.key}.${language}.md`, `# ${title}\n\n${body}\n`);
      }
    }
  }
  return files;
}
