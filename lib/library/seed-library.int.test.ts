import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "../../tests/db";
import type { LibraryProgram } from "./content/library-content-types";
import { loadLibraryContent } from "./content/load-library-content";
import { computeProgramVersion } from "./content/program-version";
import { seedLibrary } from "./seed-library";

const database = setupTestDatabase();
const FLAGSHIP = "handtere-avvisning";

let programs: LibraryProgram[];
let slugs: string[];

beforeAll(async () => {
  programs = await loadLibraryContent();
  slugs = programs.map((program) => program.slug);
});

beforeEach(async () => {
  // Cascades to versions, statements and resources: every test starts from an empty library.
  await database.owner.libraryProgram.deleteMany();
});

/** Everything the seed writes, with ids and timestamps, in a stable order. */
async function snapshot() {
  const owner = database.owner;
  return {
    programs: await owner.libraryProgram.findMany({ orderBy: { slug: "asc" } }),
    versions: await owner.libraryProgramVersion.findMany({
      orderBy: [{ programId: "asc" }, { version: "asc" }],
    }),
    statements: await owner.libraryStatement.findMany({ orderBy: [{ programId: "asc" }, { key: "asc" }] }),
    resources: await owner.libraryResource.findMany({ orderBy: [{ statementId: "asc" }, { key: "asc" }] }),
  };
}

function silent() {
  const warnings: string[] = [];
  return { warnings, options: { warn: (line: string) => warnings.push(line) } };
}

/** A copy of `program` with its version recomputed, as the loader would after the same edit. */
function edited(program: LibraryProgram, edit: (copy: LibraryProgram) => void): LibraryProgram {
  const copy = structuredClone(program);
  edit(copy);
  const { version: _version, position: _position, ...content } = copy;
  return { ...copy, version: computeProgramVersion(content) };
}

describe("seedLibrary", () => {
  it("creates every program once; a second run changes nothing", async () => {
    const first = await seedLibrary(database.owner, programs);
    expect(first).toEqual({ created: slugs, updated: [], unchanged: [] });
    const before = await snapshot();
    expect(before.programs).toHaveLength(programs.length);
    expect(before.versions).toHaveLength(programs.length);
    expect(before.statements).toHaveLength(programs.flatMap((p) => p.statements).length);
    expect(before.resources).toHaveLength(
      programs.flatMap((p) => p.statements.flatMap((s) => s.resources)).length,
    );
    for (const program of programs) {
      expect(before.programs.find((row) => row.slug === program.slug)?.currentVersion).toBe(program.version);
    }

    const second = await seedLibrary(database.owner, await loadLibraryContent());
    expect(second).toEqual({ created: [], updated: [], unchanged: slugs });
    // Same rows, ids, versions and updatedAt: the second run wrote nothing.
    expect(await snapshot()).toEqual(before);
  });

  it("gives a program a new version when one resource text changes, and keeps the old one", async () => {
    await seedLibrary(database.owner, programs);
    const before = await snapshot();
    const flagshipBefore = before.programs.find((row) => row.slug === FLAGSHIP);
    const definisjon = before.resources.find((row) => row.key === "definisjon");

    const contentDir = await mkdtemp(path.join(tmpdir(), "evne-content-"));
    try {
      await cp("content/programs", contentDir, { recursive: true });
      const sentence = "An added sentence for the version test.";
      await appendFile(path.join(contentDir, FLAGSHIP, "resources", "definisjon.en.md"), `\n${sentence}\n`);
      const changed = await loadLibraryContent(contentDir);

      const result = await seedLibrary(database.owner, changed);
      expect(result).toEqual({
        created: [],
        updated: [FLAGSHIP],
        unchanged: slugs.filter((slug) => slug !== FLAGSHIP),
      });

      const after = await snapshot();
      const flagshipAfter = after.programs.find((row) => row.slug === FLAGSHIP);
      const newVersion = changed.find((program) => program.slug === FLAGSHIP)?.version;
      expect(flagshipAfter?.currentVersion).toBe(newVersion);
      expect(newVersion).not.toBe(flagshipBefore?.currentVersion);
      expect(flagshipAfter?.id).toBe(flagshipBefore?.id);
      expect(flagshipAfter?.updatedAt.getTime()).toBeGreaterThan(flagshipBefore?.updatedAt.getTime() ?? 0);

      // Both versions are recorded; the old one still holds the old text.
      const versions = after.versions.filter((row) => row.programId === flagshipBefore?.id);
      expect(versions.map((row) => row.version).sort()).toEqual(
        [flagshipBefore?.currentVersion, newVersion].sort(),
      );
      const oldContent = versions.find((row) => row.version === flagshipBefore?.currentVersion)
        ?.content as unknown as LibraryProgram;
      const newContent = versions.find((row) => row.version === newVersion)
        ?.content as unknown as LibraryProgram;
      const bodyIn = (content: LibraryProgram | undefined) =>
        content?.statements[0]?.resources.find((resource) => resource.key === "definisjon")?.text.en.body;
      expect(bodyIn(oldContent)).toBe((definisjon?.body as { en: string }).en);
      expect(bodyIn(oldContent)).not.toContain(sentence);
      expect(bodyIn(newContent)).toContain(sentence);

      // The resource row keeps its id and now has the new text.
      const definisjonAfter = after.resources.find((row) => row.key === "definisjon");
      expect(definisjonAfter?.id).toBe(definisjon?.id);
      expect((definisjonAfter?.body as { en: string }).en).toContain(sentence);

      // Every other program is untouched.
      const others = (rows: typeof before.programs) => rows.filter((row) => row.slug !== FLAGSHIP);
      expect(others(after.programs)).toEqual(others(before.programs));
      expect(after.versions.filter((row) => row.programId !== flagshipBefore?.id)).toEqual(
        before.versions.filter((row) => row.programId !== flagshipBefore?.id),
      );

      // Seeding the changed content again is a no-op.
      expect((await seedLibrary(database.owner, changed)).unchanged).toEqual(slugs);
    } finally {
      await rm(contentDir, { recursive: true, force: true });
    }
  });

  it("removes statements and resources the content no longer has, keeping the ids of the rest", async () => {
    await seedLibrary(database.owner, programs);
    const flagship = programs.find((program) => program.slug === FLAGSHIP)!;
    const idsBefore = await database.owner.libraryStatement.findMany({
      where: { program: { slug: FLAGSHIP } },
      select: { key: true, id: true },
    });

    const trimmed = edited(flagship, (copy) => {
      copy.statements.pop(); // positive-aspekter and its resources
      const opplevelse = copy.statements.find((statement) => statement.key === "opplevelse")!;
      opplevelse.resources = opplevelse.resources.slice(0, 1);
    });
    const result = await seedLibrary(
      database.owner,
      programs.map((program) => (program.slug === FLAGSHIP ? trimmed : program)),
    );
    expect(result.updated).toEqual([FLAGSHIP]);

    const statements = await database.owner.libraryStatement.findMany({
      where: { program: { slug: FLAGSHIP } },
      orderBy: { position: "asc" },
      select: { id: true, key: true, _count: { select: { resources: true } } },
    });
    expect(statements.map((row) => row.key)).toEqual(trimmed.statements.map((statement) => statement.key));
    expect(statements.map((row) => row._count.resources)).toEqual([1, 1, 1, 1, 5, 2, 4]);
    for (const row of statements) {
      expect(row.id).toBe(idsBefore.find((before) => before.key === row.key)?.id);
    }
    const removedKeys = [
      ...flagship.statements[7]!.resources.map((resource) => resource.key),
      ...flagship.statements[2]!.resources.slice(1).map((resource) => resource.key),
    ];
    expect(removedKeys).toHaveLength(4);
    expect(
      await database.owner.libraryResource.count({
        where: { key: { in: removedKeys }, statement: { program: { slug: FLAGSHIP } } },
      }),
    ).toBe(0);
  });

  it("moves a program without a new version", async () => {
    await seedLibrary(database.owner, programs);
    const before = await database.owner.libraryProgram.findUniqueOrThrow({ where: { slug: FLAGSHIP } });
    const moved = programs.map((program) =>
      program.slug === FLAGSHIP ? { ...program, position: 99 } : program,
    );

    const result = await seedLibrary(database.owner, moved);
    expect(result.updated).toEqual([FLAGSHIP]);
    const after = await database.owner.libraryProgram.findUniqueOrThrow({ where: { slug: FLAGSHIP } });
    expect(after.position).toBe(99);
    expect(after.currentVersion).toBe(before.currentVersion);
    expect(await database.owner.libraryProgramVersion.count({ where: { programId: before.id } })).toBe(1);
    expect((await seedLibrary(database.owner, moved)).unchanged).toEqual(slugs);
  });

  it("keeps a program the content no longer has, with a warning", async () => {
    await seedLibrary(database.owner, programs);
    const { warnings, options } = silent();
    const result = await seedLibrary(
      database.owner,
      programs.filter((program) => program.slug !== "takle-jobbavslag"),
      options,
    );
    expect(result.unchanged).toEqual(slugs.filter((slug) => slug !== "takle-jobbavslag"));
    expect(warnings).toEqual([expect.stringContaining('"takle-jobbavslag"')]);
    expect(await database.owner.libraryProgram.count({ where: { slug: "takle-jobbavslag" } })).toBe(1);
  });

  it("is readable but not writable by the application role", async () => {
    await seedLibrary(database.owner, programs);
    expect(await database.app.libraryProgram.count()).toBe(programs.length);
    await expect(
      database.app
        .$executeRaw`insert into "LibraryProgram" (id, slug, position, "currentVersion", title, tagline, summary, related, "updatedAt")
        values (gen_random_uuid(), 'intruder', 100, 'x', '{}', '{}', '{}', '{}', now())`,
    ).rejects.toThrow(/permission denied/);
    await expect(
      database.app.libraryProgram.update({ where: { slug: FLAGSHIP }, data: { position: 42 } }),
    ).rejects.toThrow(/permission denied/);
  });
});
