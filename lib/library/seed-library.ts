// The library seed: writes the programs loaded from content/programs into the library tables, as
// the owner role (the application role may only read them). Runs in `npm start`, `npm run db:seed`
// and the end-to-end server. No "server-only": it runs in plain Node scripts.
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../generated/prisma/client";
import { ContentValidationError } from "./content/content-validation-error";
import type { LibraryProgram, LibraryResource, LibraryStatement } from "./content/library-content-types";
import { loadLibraryContent } from "./content/load-library-content";

/** Slugs of the loaded programs by what the seed did to them, each list in library order. */
export type SeedLibraryResult = { created: string[]; updated: string[]; unchanged: string[] };

export type SeedLibraryOptions = {
  /** Where warnings go (programs in the database that the content no longer has); console.warn by default. */
  warn?: (line: string) => void;
};

type Outcome = keyof SeedLibraryResult;
type Tx = Prisma.TransactionClient;

/**
 * Upserts `programs` (from loadLibraryContent) into the library tables, one transaction per program.
 * Idempotent: a program whose stored version and position equal the loaded ones gets no write at all.
 * A new version is recorded in LibraryProgramVersion next to the earlier ones, which stay for diffing
 * organizations' copies against. Programs missing from `programs` are kept (organizations may have
 * copied them) and reported through `warn`.
 */
export async function seedLibrary(
  owner: PrismaClient,
  programs: readonly LibraryProgram[],
  options: SeedLibraryOptions = {},
): Promise<SeedLibraryResult> {
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const stored = await owner.libraryProgram.findMany({
    select: { slug: true, currentVersion: true, position: true },
  });
  const storedBySlug = new Map(stored.map((row) => [row.slug, row]));

  const result: SeedLibraryResult = { created: [], updated: [], unchanged: [] };
  for (const program of programs) {
    const row = storedBySlug.get(program.slug);
    // The common case (nothing changed) costs no transaction; seedProgram checks again under a lock.
    const outcome: Outcome =
      row !== undefined && isCurrent(row, program)
        ? "unchanged"
        : await owner.$transaction((tx) => seedProgram(tx, program), { maxWait: 10_000, timeout: 60_000 });
    result[outcome].push(program.slug);
  }

  const loaded = new Set(programs.map((program) => program.slug));
  for (const row of stored) {
    if (!loaded.has(row.slug)) {
      warn(`Library program "${row.slug}" is in the database but not in the content: left as it is.`);
    }
  }
  return result;
}

function isCurrent(row: { currentVersion: string; position: number }, program: LibraryProgram): boolean {
  return row.currentVersion === program.version && row.position === program.position;
}

async function seedProgram(tx: Tx, program: LibraryProgram): Promise<Outcome> {
  // Two seeds at once (two `npm start`s on one database) take turns per program.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:library-seed:${program.slug}`}))`;
  const existing = await tx.libraryProgram.findUnique({
    where: { slug: program.slug },
    select: { id: true, currentVersion: true, position: true },
  });
  if (existing !== null && existing.currentVersion === program.version) {
    if (existing.position === program.position) return "unchanged";
    // Moving a program in the list is not a new version of it (see program-version.ts).
    await tx.libraryProgram.update({ where: { id: existing.id }, data: { position: program.position } });
    return "updated";
  }

  const fields = {
    position: program.position,
    currentVersion: program.version,
    title: program.title,
    tagline: program.tagline,
    summary: program.summary,
    quote: program.quote === null ? Prisma.DbNull : json(program.quote),
    related: program.related,
  };
  const { id: programId } = await tx.libraryProgram.upsert({
    where: { slug: program.slug },
    create: { slug: program.slug, ...fields },
    update: fields,
    select: { id: true },
  });
  // A version seen before (content changed and then changed back) keeps its first record.
  await tx.libraryProgramVersion.createMany({
    data: [{ programId, version: program.version, content: json(program) }],
    skipDuplicates: true,
  });
  await replaceStatements(tx, programId, program.statements);
  return existing === null ? "created" : "updated";
}

/** Makes the program's statements and resources those of `statements`; ids stay where keys stay. */
async function replaceStatements(
  tx: Tx,
  programId: string,
  statements: readonly LibraryStatement[],
): Promise<void> {
  for (const statement of statements) {
    const data = {
      position: statement.position,
      kind: statement.kind,
      text: statement.text,
      reflectionPrompts: statement.reflectionPrompts,
    };
    const { id: statementId } = await tx.libraryStatement.upsert({
      where: { programId_key: { programId, key: statement.key } },
      create: { programId, key: statement.key, ...data },
      update: data,
      select: { id: true },
    });
    for (const resource of statement.resources) {
      const resourceData = {
        position: resource.position,
        title: texts(resource, "title"),
        body: texts(resource, "body"),
      };
      await tx.libraryResource.upsert({
        where: { statementId_key: { statementId, key: resource.key } },
        create: { statementId, key: resource.key, ...resourceData },
        update: resourceData,
        select: { id: true },
      });
    }
    await tx.libraryResource.deleteMany({
      where: { statementId, key: { notIn: statement.resources.map((resource) => resource.key) } },
    });
  }
  // Cascades to their resources.
  await tx.libraryStatement.deleteMany({
    where: { programId, key: { notIn: statements.map((statement) => statement.key) } },
  });
}

/** One part (title or body) of a resource in every language: `{ nb, en, nl }`. */
function texts(resource: LibraryResource, part: "title" | "body"): Record<"nb" | "en" | "nl", string> {
  return { nb: resource.text.nb[part], en: resource.text.en[part], nl: resource.text.nl[part] };
}

/**
 * The loader returns plain JSON data (strings, numbers, arrays, objects, null); TypeScript cannot
 * see that through its interfaces, which have no index signature.
 */
function json(value: object): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}

/**
 * Loads content/programs (or `contentDir`) and seeds it into the database at `ownerUrl`: the one
 * call `npm start`, `npm run db:seed` and the end-to-end server make after applying migrations.
 * Invalid content is printed problem by problem, then thrown, before anything is written.
 */
export async function seedLibraryAt(
  ownerUrl: string,
  options: SeedLibraryOptions & { contentDir?: string } = {},
): Promise<SeedLibraryResult> {
  let programs: LibraryProgram[];
  try {
    programs = await loadLibraryContent(options.contentDir);
  } catch (error) {
    if (error instanceof ContentValidationError) console.error(error.message);
    throw error;
  }
  const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl, max: 2 }) });
  try {
    return await seedLibrary(owner, programs, options);
  } finally {
    await owner.$disconnect();
  }
}

/** `Library: 5 programs (1 created, 0 updated, 4 unchanged).` */
export function summarizeSeed(result: SeedLibraryResult): string {
  const total = result.created.length + result.updated.length + result.unchanged.length;
  return (
    `Library: ${total} program${total === 1 ? "" : "s"} (${result.created.length} created, ` +
    `${result.updated.length} updated, ${result.unchanged.length} unchanged).`
  );
}
