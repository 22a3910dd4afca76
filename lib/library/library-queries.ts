import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { languages, type Language } from "@/lib/i18n/settings";
import { countWords, readingMinutes } from "./reading-time";

/*
 * Reads the public library for pages: plain objects in one language, no Prisma types. The JSON
 * columns are checked on the way out (the seed writes them from validated content, but a page
 * should fail on a malformed row rather than render `undefined`).
 */

export type LibraryProgramCard = {
  slug: string;
  title: string;
  tagline: string;
  summary: string;
  statementCount: number;
  resourceCount: number;
  /** Minutes to read every resource in this language: the sum of what each resource shows. */
  totalMinutes: number;
  languages: Language[];
  /** statement texts in this language, for search */
  statements: string[];
};

export type LibraryStatementSummary = {
  key: string;
  kind: "know" | "can";
  /** 0-based order within the program. */
  position: number;
  text: string;
  resourceCount: number;
  readingMinutes: number;
};

export type LibraryProgramDetail = {
  slug: string;
  version: string;
  title: string;
  tagline: string;
  summary: string;
  quote: { text: string; author: string | null; source: string | null } | null;
  statements: LibraryStatementSummary[];
  /** Minutes to read every resource in this language: the sum of what each resource shows. */
  totalMinutes: number;
  related: { slug: string; title: string; tagline: string }[];
};

export type LibraryResourceView = { key: string; title: string; body: string; readingMinutes: number };

export type LibraryStatementDetail = {
  program: { slug: string; title: string };
  /** position is 0-based. */
  statement: { key: string; kind: "know" | "can"; position: number; text: string };
  resources: LibraryResourceView[];
  previous: { key: string; text: string } | null;
  next: { key: string; text: string } | null;
  statementCount: number;
};

// nb, the default language, is always there; others may be missing (say, a language added later).
const localizedTextSchema = z.object({
  nb: z.string().min(1),
  en: z.string().min(1).optional(),
  nl: z.string().min(1).optional(),
});
type StoredText = z.infer<typeof localizedTextSchema>;

const quoteSchema = z
  .object({ text: localizedTextSchema, author: z.string().nullable(), source: z.string().optional() })
  .nullable();

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(`Malformed library data in ${where}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** The text in `lang`, or in the default language where it has none. */
function pick(text: StoredText, lang: Language): string {
  return text[lang] ?? text.nb;
}

function localize(value: unknown, lang: Language, where: string): string {
  return pick(parse(localizedTextSchema, value, where), lang);
}

function languagesOf(texts: readonly StoredText[]): Language[] {
  return languages.filter((lang) => texts.every((text) => text[lang] !== undefined));
}

/**
 * Minutes to read all of a program's resources in `lang`: the sum of what each resource shows
 * ("n min read"), so the total agrees with the figures beside the resources.
 */
function totalMinutes(
  statements: readonly { resources: readonly { key: string; body: unknown }[] }[],
  lang: Language,
  where: string,
): number {
  let minutes = 0;
  for (const statement of statements)
    for (const resource of statement.resources)
      minutes += readingMinutes(
        countWords(localize(resource.body, lang, `${where} resource "${resource.key}" body`)),
      );
  return minutes;
}

/** Every program of the library, in library order, as cards. */
export async function listLibraryPrograms(lang: Language): Promise<LibraryProgramCard[]> {
  const programs = await db.libraryProgram.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      tagline: true,
      summary: true,
      statements: {
        orderBy: { position: "asc" },
        select: { key: true, text: true, resources: { select: { key: true, body: true } } },
      },
    },
  });
  return programs.map((program) => {
    const where = `program "${program.slug}"`;
    const title = parse(localizedTextSchema, program.title, `${where} title`);
    const tagline = parse(localizedTextSchema, program.tagline, `${where} tagline`);
    const summary = parse(localizedTextSchema, program.summary, `${where} summary`);
    const statements = program.statements.map((statement) =>
      parse(localizedTextSchema, statement.text, `${where} statement "${statement.key}"`),
    );
    return {
      slug: program.slug,
      title: pick(title, lang),
      tagline: pick(tagline, lang),
      summary: pick(summary, lang),
      statementCount: program.statements.length,
      resourceCount: program.statements.reduce((sum, statement) => sum + statement.resources.length, 0),
      // Read on the server for the total time; the bodies themselves are not part of the card.
      totalMinutes: totalMinutes(program.statements, lang, where),
      // Resource texts are left out of the languages to keep this quick; the loader demands every language.
      languages: languagesOf([title, tagline, summary, ...statements]),
      statements: statements.map((text) => pick(text, lang)),
    };
  });
}

/** One program with its statements (in order) and the related programs that exist; null if unknown. */
export async function getLibraryProgram(slug: string, lang: Language): Promise<LibraryProgramDetail | null> {
  const program = await db.libraryProgram.findUnique({
    where: { slug },
    select: {
      slug: true,
      currentVersion: true,
      title: true,
      tagline: true,
      summary: true,
      quote: true,
      related: true,
      statements: {
        orderBy: { position: "asc" },
        select: {
          key: true,
          kind: true,
          position: true,
          text: true,
          resources: { select: { key: true, body: true } },
        },
      },
    },
  });
  if (program === null) return null;

  const related =
    program.related.length === 0
      ? []
      : await db.libraryProgram.findMany({
          where: { slug: { in: program.related } },
          select: { slug: true, title: true, tagline: true },
        });
  const relatedBySlug = new Map(related.map((row) => [row.slug, row]));

  const where = `program "${slug}"`;
  const quote = parse(quoteSchema, program.quote, `${where} quote`);
  return {
    totalMinutes: totalMinutes(program.statements, lang, where),
    slug: program.slug,
    version: program.currentVersion,
    title: localize(program.title, lang, `${where} title`),
    tagline: localize(program.tagline, lang, `${where} tagline`),
    summary: localize(program.summary, lang, `${where} summary`),
    quote:
      quote === null
        ? null
        : { text: pick(quote.text, lang), author: quote.author, source: quote.source ?? null },
    statements: program.statements.map((statement) => {
      const words = statement.resources.reduce(
        (sum, resource) =>
          sum + countWords(localize(resource.body, lang, `${where} resource "${resource.key}" body`)),
        0,
      );
      return {
        key: statement.key,
        kind: statement.kind,
        position: statement.position,
        text: localize(statement.text, lang, `${where} statement "${statement.key}"`),
        resourceCount: statement.resources.length,
        readingMinutes: readingMinutes(words),
      };
    }),
    related: program.related.flatMap((relatedSlug) => {
      const row = relatedBySlug.get(relatedSlug);
      if (row === undefined) return [];
      const at = `program "${relatedSlug}"`;
      return [
        {
          slug: row.slug,
          title: localize(row.title, lang, `${at} title`),
          tagline: localize(row.tagline, lang, `${at} tagline`),
        },
      ];
    }),
  };
}

/** One statement with its resources and its neighbours in the program; null if either is unknown. */
export async function getLibraryStatement(
  slug: string,
  key: string,
  lang: Language,
): Promise<LibraryStatementDetail | null> {
  const statement = await db.libraryStatement.findFirst({
    where: { key, program: { slug } },
    select: {
      key: true,
      kind: true,
      position: true,
      text: true,
      resources: { orderBy: { position: "asc" }, select: { key: true, title: true, body: true } },
      program: {
        select: {
          slug: true,
          title: true,
          statements: { orderBy: { position: "asc" }, select: { key: true, text: true } },
        },
      },
    },
  });
  if (statement === null) return null;

  const where = `program "${slug}"`;
  const siblings = statement.program.statements;
  const index = siblings.findIndex((sibling) => sibling.key === key);
  const neighbour = (at: number) => {
    const sibling = siblings[at];
    if (sibling === undefined) return null;
    return { key: sibling.key, text: localize(sibling.text, lang, `${where} statement "${sibling.key}"`) };
  };
  return {
    program: {
      slug: statement.program.slug,
      title: localize(statement.program.title, lang, `${where} title`),
    },
    statement: {
      key: statement.key,
      kind: statement.kind,
      position: statement.position,
      text: localize(statement.text, lang, `${where} statement "${key}"`),
    },
    resources: statement.resources.map((resource) => {
      const body = localize(resource.body, lang, `${where} resource "${resource.key}" body`);
      return {
        key: resource.key,
        title: localize(resource.title, lang, `${where} resource "${resource.key}" title`),
        body,
        readingMinutes: readingMinutes(countWords(body)),
      };
    }),
    previous: index > 0 ? neighbour(index - 1) : null,
    next: neighbour(index + 1),
    statementCount: siblings.length,
  };
}

/** Every program's slug and statement keys, in library order: for the sitemap. */
export async function listLibraryPaths(): Promise<
  { slug: string; statementKeys: string[]; updatedAt: Date }[]
> {
  const programs = await db.libraryProgram.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      updatedAt: true,
      statements: { orderBy: { position: "asc" }, select: { key: true } },
    },
  });
  return programs.map((program) => ({
    slug: program.slug,
    statementKeys: program.statements.map((statement) => statement.key),
    updatedAt: program.updatedAt,
  }));
}
