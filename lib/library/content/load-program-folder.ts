import path from "node:path";
import { displayPath, listFolder, readTextFileIfExists } from "./content-files";
import { describeSchemaIssues } from "./describe-schema-issues";
import type { LibraryProgram, ResourceText } from "./library-content-types";
import {
  CONTENT_LANGUAGES,
  KEBAB_CASE,
  programSchema,
  type ContentLanguage,
  type ProgramSource,
} from "./program-schema";
import { computeProgramVersion, type VersionedProgramContent } from "./program-version";
import { parseResourceMarkdown } from "./resource-markdown";

export interface ProgramFolderResult {
  /** Null whenever `problems` is not empty. */
  program: LibraryProgram | null;
  /** From program.json even when it has other problems, so duplicates are still found. */
  position: number | null;
  problems: string[];
}

type ResourceTexts = Map<string, Record<ContentLanguage, ResourceText>>;

/** Which statement a resource key belongs to, from its first mention in program.json. */
interface ResourceOwner {
  statement: string;
  statementIndex: number;
  field: string;
}

const RESOURCE_FILE_NAME = new RegExp(`^(.+)\\.(${CONTENT_LANGUAGES.join("|")})\\.md$`);

/**
 * Loads and checks one `content/programs/<slug>/` folder. Everything is checked even after a
 * first problem (the cross-reference checks read program.json leniently for that), so one run
 * lists all there is to fix.
 */
export async function loadProgramFolder(options: {
  folderPath: string;
  knownSlugs: ReadonlySet<string>;
}): Promise<ProgramFolderResult> {
  const { folderPath, knownSlugs } = options;
  const folderName = path.basename(folderPath);
  const jsonPath = path.join(folderPath, "program.json");
  const jsonFile = displayPath(jsonPath);
  const problems: string[] = [];
  const reportInJson = (problem: string) => problems.push(`${jsonFile}: ${problem}`);

  for (const entry of (await listFolder(folderPath)) ?? []) {
    if (entry.name === "program.json" || (entry.name === "resources" && entry.isDirectory)) continue;
    problems.push(
      `${displayPath(path.join(folderPath, entry.name))}: unexpected ${entry.isDirectory ? "folder" : "file"} (a program folder holds program.json and resources/)`,
    );
  }

  const jsonText = await readTextFileIfExists(jsonPath);
  if (jsonText === null) {
    return { program: null, position: null, problems: [...problems, `${jsonFile}: missing`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText.replace(/^\uFEFF/, "")); // editors on Windows may add a BOM
  } catch (error) {
    reportInJson(`not valid JSON (${(error as Error).message})`);
    return { program: null, position: null, problems };
  }

  const parsed = programSchema.safeParse(raw);
  if (!parsed.success) describeSchemaIssues(parsed.error.issues).forEach(reportInJson);

  const outline = readOutline(raw);
  if (typeof outline.slug === "string" && outline.slug !== folderName) {
    reportInJson(`slug: must equal the folder name "${folderName}" (got "${outline.slug}")`);
  }
  checkRelated(outline.related, folderName, knownSlugs, reportInJson);
  checkStatementKeys(outline.statements, reportInJson);
  const owners = assignResourceOwners(outline.statements, reportInJson);
  const texts = await loadResourceTexts(folderPath, owners, knownSlugs, problems);

  const { position } = outline;
  if (!parsed.success || problems.length > 0) return { program: null, position, problems };
  return { program: buildProgram(parsed.data, texts), position, problems };
}

interface ProgramOutline {
  slug: unknown;
  position: number | null;
  related: unknown[];
  statements: { key: unknown; resources: unknown[] }[];
}

/** The parts of program.json that cross-checks need, read without trusting its shape. */
function readOutline(raw: unknown): ProgramOutline {
  const program = isRecord(raw) ? raw : {};
  const statements = Array.isArray(program.statements) ? program.statements : [];
  return {
    slug: program.slug,
    position: Number.isInteger(program.position) ? (program.position as number) : null,
    related: Array.isArray(program.related) ? program.related : [],
    statements: statements.map((statement: unknown) =>
      isRecord(statement)
        ? {
            key: statement.key,
            resources: Array.isArray(statement.resources) ? statement.resources : [],
          }
        : { key: undefined, resources: [] },
    ),
  };
}

function checkRelated(
  related: readonly unknown[],
  ownSlug: string,
  knownSlugs: ReadonlySet<string>,
  report: (problem: string) => void,
): void {
  related.forEach((slug, index) => {
    if (typeof slug !== "string") return;
    const field = `related[${index}]`;
    if (slug === ownSlug) report(`${field}: must not be the program itself`);
    else if (related.indexOf(slug) < index) report(`${field}: duplicate "${slug}"`);
    else if (!knownSlugs.has(slug)) report(`${field}: unknown program "${slug}"`);
  });
}

function checkStatementKeys(
  statements: ProgramOutline["statements"],
  report: (problem: string) => void,
): void {
  const firstIndex = new Map<string, number>();
  statements.forEach(({ key }, index) => {
    if (typeof key !== "string") return;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else report(`statements[${index}].key: duplicate "${key}" (also statements[${first}])`);
  });
}

/** One resource belongs to exactly one statement: its progress and rating hang off that pair. */
function assignResourceOwners(
  statements: ProgramOutline["statements"],
  report: (problem: string) => void,
): Map<string, ResourceOwner> {
  const owners = new Map<string, ResourceOwner>();
  statements.forEach((statement, statementIndex) => {
    const statementName =
      typeof statement.key === "string" ? statement.key : `statements[${statementIndex}]`;
    statement.resources.forEach((resourceKey, resourceIndex) => {
      // Malformed keys are reported by the schema; they name no file to look for.
      if (typeof resourceKey !== "string" || !KEBAB_CASE.test(resourceKey)) return;
      const field = `statements[${statementIndex}].resources[${resourceIndex}]`;
      const owner = owners.get(resourceKey);
      if (owner === undefined) {
        owners.set(resourceKey, { statement: statementName, statementIndex, field });
      } else if (owner.statementIndex === statementIndex) {
        report(`${field}: duplicate "${resourceKey}" (also ${owner.field})`);
      } else {
        report(
          `${field}: resource "${resourceKey}" already belongs to statement "${owner.statement}" (${owner.field}); a resource belongs to one statement`,
        );
      }
    });
  });
  return owners;
}

async function loadResourceTexts(
  folderPath: string,
  owners: ReadonlyMap<string, ResourceOwner>,
  knownSlugs: ReadonlySet<string>,
  problems: string[],
): Promise<ResourceTexts> {
  const resourcesPath = path.join(folderPath, "resources");

  for (const entry of (await listFolder(resourcesPath)) ?? []) {
    const file = displayPath(path.join(resourcesPath, entry.name));
    const key = RESOURCE_FILE_NAME.exec(entry.name)?.[1];
    if (entry.isDirectory || key === undefined || !KEBAB_CASE.test(key)) {
      problems.push(
        `${file}: unexpected ${entry.isDirectory ? "folder" : "file"} (resource files are named <resource-key>.<${CONTENT_LANGUAGES.join("|")}>.md)`,
      );
    } else if (!owners.has(key)) {
      problems.push(`${file}: not used by any statement (list "${key}" in a statement's resources or delete the file)`);
    }
  }

  const wanted = [...owners].flatMap(([key, owner]) =>
    CONTENT_LANGUAGES.map((language) => ({ key, owner, language })),
  );
  // Read in parallel, report in program.json order.
  const loaded = await Promise.all(
    wanted.map(async ({ key, owner, language }) => {
      const filePath = path.join(resourcesPath, `${key}.${language}.md`);
      const file = displayPath(filePath);
      const source = await readTextFileIfExists(filePath);
      if (source === null) {
        return { key, language, text: null, problems: [`${file}: missing (resource "${key}" of statement "${owner.statement}")`] };
      }
      const markdown = parseResourceMarkdown(source);
      const fileProblems = markdown.problems.map((problem) => `${file}: ${problem}`);
      for (const link of markdown.programLinks) {
        if (!knownSlugs.has(link.slug)) {
          fileProblems.push(`${file}: line ${link.line}: link to unknown program "${link.slug}"`);
        }
      }
      return { key, language, text: markdown.text, problems: fileProblems };
    }),
  );

  const texts = new Map<string, Partial<Record<ContentLanguage, ResourceText>>>();
  for (const result of loaded) {
    problems.push(...result.problems);
    if (result.text === null) continue;
    texts.set(result.key, { ...texts.get(result.key), [result.language]: result.text });
  }
  return completeTexts(texts);
}

/** Keeps only resources that have every language (the others were reported as problems). */
function completeTexts(texts: Map<string, Partial<Record<ContentLanguage, ResourceText>>>): ResourceTexts {
  const complete: ResourceTexts = new Map();
  for (const [key, byLanguage] of texts) {
    const { nb, en, nl } = byLanguage;
    if (nb && en && nl) complete.set(key, { nb, en, nl });
  }
  return complete;
}

function buildProgram(source: ProgramSource, texts: ResourceTexts): LibraryProgram {
  const content: VersionedProgramContent = {
    slug: source.slug,
    title: source.title,
    tagline: source.tagline,
    summary: source.summary,
    // `source` only when given: an absent key leaves the version hash of existing content as it was.
    quote: source.quote
      ? {
          text: source.quote.text,
          author: source.quote.author ?? null,
          ...(source.quote.source ? { source: source.quote.source } : {}),
        }
      : null,
    related: source.related,
    statements: source.statements.map((statement, statementPosition) => ({
      key: statement.key,
      kind: statement.kind,
      position: statementPosition,
      text: statement.text,
      reflectionPrompts: statement.reflectionPrompts,
      resources: statement.resources.map((key, resourcePosition) => {
        const text = texts.get(key);
        // Unreachable: a missing file is a problem, and programs with problems are not built.
        if (text === undefined) throw new Error(`resource "${key}" was not loaded`);
        return { key, position: resourcePosition, text };
      }),
    })),
  };
  const { slug, ...rest } = content;
  return { slug, position: source.position, version: computeProgramVersion(content), ...rest };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
