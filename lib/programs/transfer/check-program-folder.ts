import { KEBAB_CASE, type StatementKind } from "@/lib/library/content/program-schema";
import type { ResourceText } from "@/lib/library/content/library-content-types";
import { languages, type Language } from "@/lib/i18n/settings";
import type { LocalizedText, ProgramQuote } from "../program-texts";
import { checkResourceMarkdown } from "./markdown-problems";
import { schemaProblems } from "./schema-problems";
import { problem, type TransferProblem } from "./transfer-problem";
import { transferProgramSchema } from "./transfer-schema";

/** A program read from a folder in the content format, ready to be written as the organization's own. */
export type TransferProgram = {
  slug: string;
  title: LocalizedText;
  tagline: LocalizedText;
  summary: LocalizedText;
  quote: ProgramQuote | null;
  statements: {
    key: string;
    kind: StatementKind;
    text: LocalizedText;
    reflectionPrompts: LocalizedText[];
    resources: { key: string; title: LocalizedText; body: LocalizedText }[];
  }[];
  /** `images/<name>` → bytes: the images the resources show, as `../images/<name>` (ADR 031). */
  images: Map<string, Uint8Array>;
};

/** An image file of a folder: a plain name with the extension of a format Evne takes. */
const IMAGE_FILE = /^images\/[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.(?:png|jpe?g|webp)$/i;

const RESOURCE_FILE = new RegExp(`^resources/(.+)\\.(${languages.join("|")})\\.md$`);

/**
 * Checks a program folder (docs/content-format.md) as the library's loader does
 * (lib/library/content/load-program-folder.ts), with the same schema and Markdown rules, except
 * that only Bokmål is required: English and Dutch are imported where they are there. Every problem
 * is listed, not only the first.
 */
export function checkProgramFolder(options: {
  files: ReadonlyMap<string, string>;
  /** `images/<name>` → bytes; checked as images when imported (lib/images/process-image.ts). */
  images?: ReadonlyMap<string, Uint8Array>;
  /** The folder program.json was found in; its slug must match, as in the library. */
  folderName: string | null;
  /** Programs a `program:` link may name: the library's. */
  knownSlugs: ReadonlySet<string>;
}): { program: TransferProgram } | { problems: TransferProblem[] } {
  const { files, folderName, knownSlugs } = options;
  const problems: TransferProblem[] = [];
  const folderImages = new Set<string>();
  for (const name of [...(options.images?.keys() ?? [])].sort()) {
    if (IMAGE_FILE.test(name)) folderImages.add(name);
    else problems.push(problem(name, "unexpectedImageFile"));
  }
  const shownImages = new Set<string>();
  const resourceFiles = new Map<string, { key: string; language: Language }>();
  for (const name of [...files.keys()].sort()) {
    if (name === "program.json") continue;
    const match = RESOURCE_FILE.exec(name);
    if (match && !match[1]!.includes("/")) {
      if (KEBAB_CASE.test(match[1]!))
        resourceFiles.set(name, { key: match[1]!, language: match[2] as Language });
      else problems.push(problem(name, "unexpectedResourceFile"));
    } else if (name.startsWith("resources/")) problems.push(problem(name, "unexpectedResourceFile"));
    else problems.push(problem(name, "unexpectedFile"));
  }

  const jsonText = files.get("program.json");
  if (jsonText === undefined) return { problems: [problem("program.json", "noProgramJson"), ...problems] };
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      problems: [problem("program.json", "invalidJson", { detail: (error as Error).message }), ...problems],
    };
  }
  const parsed = transferProgramSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) problems.push(...schemaProblems(parsed.error.issues));

  // Cross-checks on the raw JSON, so they are listed even when the schema found other problems.
  const outline = readOutline(raw);
  if (folderName !== null && typeof outline.slug === "string" && outline.slug !== folderName)
    problems.push(
      problem("program.json", "slugMismatch", { folder: folderName, slug: outline.slug }, { field: "slug" }),
    );
  const statementIndex = new Map<string, number>();
  outline.statements.forEach(({ key }, index) => {
    if (typeof key !== "string") return;
    const first = statementIndex.get(key);
    if (first === undefined) statementIndex.set(key, index);
    else
      problems.push(
        problem(
          "program.json",
          "duplicateStatementKey",
          { key, other: `statements[${first}]` },
          { field: `statements[${index}].key` },
        ),
      );
  });
  const owners = new Map<string, { statement: string; statementIndex: number; field: string }>();
  outline.statements.forEach((statement, index) => {
    const statementName = typeof statement.key === "string" ? statement.key : `statements[${index}]`;
    statement.resources.forEach((resourceKey, resourceIndex) => {
      if (typeof resourceKey !== "string" || !KEBAB_CASE.test(resourceKey)) return;
      const field = `statements[${index}].resources[${resourceIndex}]`;
      const owner = owners.get(resourceKey);
      if (owner === undefined)
        owners.set(resourceKey, { statement: statementName, statementIndex: index, field });
      else if (owner.statementIndex === index)
        problems.push(
          problem("program.json", "duplicateResource", { key: resourceKey, other: owner.field }, { field }),
        );
      else
        problems.push(
          problem(
            "program.json",
            "resourceOfOtherStatement",
            { key: resourceKey, statement: owner.statement },
            { field },
          ),
        );
    });
  });

  for (const [name, { key }] of resourceFiles) {
    if (!owners.has(key)) problems.push(problem(name, "unusedResource", { key }));
  }
  const texts = new Map<string, Partial<Record<Language, ResourceText>>>();
  for (const [key, owner] of owners) {
    for (const language of languages) {
      const name = `resources/${key}.${language}.md`;
      const source = files.get(name);
      if (source === undefined) {
        // Bokmål is the original; the other languages are imported where they are translated.
        if (language === "nb")
          problems.push(problem(name, "missingResource", { key, statement: owner.statement }));
        continue;
      }
      const checked = checkResourceMarkdown(name, source, knownSlugs, folderImages);
      problems.push(...checked.problems);
      for (const image of checked.images) shownImages.add(image);
      if (checked.text) texts.set(key, { ...texts.get(key), [language]: checked.text });
    }
  }

  for (const name of folderImages)
    if (!shownImages.has(name)) problems.push(problem(name, "unusedImage", { name }));

  if (!parsed.success || problems.length > 0) return { problems };
  const source = parsed.data;
  return {
    program: {
      slug: source.slug,
      title: source.title,
      tagline: source.tagline ?? {},
      summary: source.summary ?? {},
      quote: source.quote ? { text: source.quote.text, author: source.quote.author ?? null } : null,
      statements: source.statements.map((statement) => ({
        key: statement.key,
        kind: statement.kind,
        text: statement.text,
        reflectionPrompts: statement.reflectionPrompts,
        resources: statement.resources.map((key) => {
          const byLanguage = texts.get(key) ?? {};
          const title: LocalizedText = {};
          const body: LocalizedText = {};
          for (const language of languages) {
            const text = byLanguage[language];
            if (!text) continue;
            title[language] = text.title;
            body[language] = text.body;
          }
          return { key, title, body };
        }),
      })),
      images: new Map([...shownImages].map((name) => [name, options.images!.get(name)!])),
    },
  };
}

type Outline = { slug: unknown; statements: { key: unknown; resources: unknown[] }[] };

/** The parts of program.json the cross-checks need, read without trusting its shape. */
function readOutline(raw: unknown): Outline {
  const record = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const program = record(raw);
  const statements = Array.isArray(program.statements) ? program.statements : [];
  return {
    slug: program.slug,
    statements: statements.map((statement: unknown) => {
      const s = record(statement);
      return { key: s.key, resources: Array.isArray(s.resources) ? s.resources : [] };
    }),
  };
}
