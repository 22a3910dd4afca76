import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "../../tests/db";
import type { LibraryProgram } from "./content/library-content-types";
import { loadLibraryContent } from "./content/load-library-content";
import {
  getLibraryProgram,
  getLibraryStatement,
  listLibraryPaths,
  listLibraryPrograms,
} from "./library-queries";
import { countWords, readingMinutes } from "./reading-time";
import { seedLibrary } from "./seed-library";

// The queries go through lib/db/client, which tests/setup/test-database.ts points at this file's database.
const database = setupTestDatabase();
const FLAGSHIP = "handtere-avvisning";

let programs: LibraryProgram[];
let flagship: LibraryProgram;

beforeAll(async () => {
  programs = await loadLibraryContent();
  flagship = programs.find((program) => program.slug === FLAGSHIP)!;
  await seedLibrary(database.owner, programs);
});

/** Runs `check` with one program row changed behind the seed's back, then puts it back. */
async function withProgramRow(
  slug: string,
  data: Parameters<typeof database.owner.libraryProgram.update>[0]["data"],
  check: () => Promise<void>,
) {
  const original = await database.owner.libraryProgram.findUniqueOrThrow({ where: { slug } });
  await database.owner.libraryProgram.update({ where: { slug }, data });
  try {
    await check();
  } finally {
    await database.owner.libraryProgram.update({
      where: { slug },
      data: { title: original.title as object, related: original.related },
    });
  }
}

describe("listLibraryPrograms", () => {
  it("lists every program in library order, in the reader's language", async () => {
    const cards = await listLibraryPrograms("en");
    expect(cards.map((card) => card.slug)).toEqual(programs.map((program) => program.slug));
    for (const [index, card] of cards.entries()) {
      const program = programs[index]!;
      expect(card).toEqual({
        slug: program.slug,
        title: program.title.en,
        tagline: program.tagline.en,
        summary: program.summary.en,
        statementCount: program.statements.length,
        resourceCount: program.statements.reduce((sum, statement) => sum + statement.resources.length, 0),
        // The total time is what each resource shows, added up (issue 19).
        totalMinutes: program.statements.reduce(
          (sum, statement) =>
            sum +
            statement.resources.reduce(
              (inner, resource) => inner + readingMinutes(countWords(resource.text.en.body)),
              0,
            ),
          0,
        ),
        languages: ["nb", "en", "nl"],
        statements: program.statements.map((statement) => statement.text.en),
      });
    }
    expect(cards[0]).toMatchObject({ slug: FLAGSHIP, statementCount: 8, resourceCount: 19 });
  });

  it("falls back to Bokmål and leaves out a language a text lacks", async () => {
    await withProgramRow(FLAGSHIP, { title: { nb: "Bare bokmål" } }, async () => {
      const card = (await listLibraryPrograms("nl")).find((row) => row.slug === FLAGSHIP);
      expect(card?.title).toBe("Bare bokmål");
      expect(card?.languages).toEqual(["nb"]);
    });
  });

  it("fails on a malformed text instead of rendering it", async () => {
    await withProgramRow(FLAGSHIP, { title: { en: 42 } }, async () => {
      await expect(listLibraryPrograms("nb")).rejects.toThrow(
        /Malformed library data in program "handtere-avvisning" title/,
      );
    });
  });
});

describe("getLibraryProgram", () => {
  it("returns the flagship's statements in the content's order", async () => {
    const detail = await getLibraryProgram(FLAGSHIP, "nb");
    expect(detail).not.toBeNull();
    expect(detail?.version).toBe(flagship.version);
    expect(detail?.title).toBe("Håndtere avvisning");
    expect(detail?.quote).toEqual({ text: flagship.quote?.text.nb, author: null, source: null });
    expect(detail?.statements.map((statement) => statement.key)).toEqual(
      flagship.statements.map((statement) => statement.key),
    );
    expect(detail?.statements.map((statement) => statement.resourceCount)).toEqual([1, 1, 3, 1, 5, 2, 4, 2]);
    expect(detail?.statements.map((statement) => statement.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(detail?.statements[0]).toMatchObject({
      kind: "know",
      text: "Jeg vet hva som menes med avvisning",
    });
    for (const [index, statement] of (detail?.statements ?? []).entries()) {
      const words = flagship.statements[index]!.resources.reduce(
        (sum, resource) => sum + countWords(resource.text.nb.body),
        0,
      );
      expect(statement.readingMinutes).toBe(readingMinutes(words));
    }
    const resourceMinutes = flagship.statements.flatMap((statement) =>
      statement.resources.map((resource) => readingMinutes(countWords(resource.text.nb.body))),
    );
    expect(detail?.totalMinutes).toBe(resourceMinutes.reduce((sum, minutes) => sum + minutes, 0));
    // At least as long as the statements' own figures added up: each resource is rounded up on its own.
    expect(detail?.totalMinutes).toBeGreaterThanOrEqual(
      (detail?.statements ?? []).reduce((sum, statement) => sum + statement.readingMinutes, 0),
    );
    expect(detail?.related).toEqual([
      { slug: "avvisningsarsaker", title: "Avvisningsårsaker", tagline: expect.any(String) },
    ]);
  });

  it("lists only related programs that exist, in the order given", async () => {
    const related = ["takle-jobbavslag", "no-such-program", "avvisningsarsaker"];
    await withProgramRow(FLAGSHIP, { related }, async () => {
      const detail = await getLibraryProgram(FLAGSHIP, "en");
      expect(detail?.related.map((row) => row.slug)).toEqual(["takle-jobbavslag", "avvisningsarsaker"]);
      expect(detail?.related[0]?.title).toBe(programs.find((p) => p.slug === "takle-jobbavslag")?.title.en);
    });
  });

  it("returns null for an unknown program", async () => {
    expect(await getLibraryProgram("no-such-program", "nb")).toBeNull();
  });
});

describe("getLibraryStatement", () => {
  it("returns the first statement with its resources and no previous one", async () => {
    const detail = await getLibraryStatement(FLAGSHIP, "hva-er-avvisning", "en");
    const resource = flagship.statements[0]!.resources[0]!;
    expect(detail).toEqual({
      program: { slug: FLAGSHIP, title: "Handling rejection" },
      statement: {
        key: "hva-er-avvisning",
        kind: "know",
        position: 0,
        text: "I know what is meant by rejection",
      },
      resources: [
        {
          key: resource.key,
          title: resource.text.en.title,
          body: resource.text.en.body,
          readingMinutes: readingMinutes(countWords(resource.text.en.body)),
        },
      ],
      previous: null,
      next: { key: "dimensjoner", text: "I know the different dimensions of rejection" },
      statementCount: 8,
    });
  });

  it("returns the last statement with no next one, and resources in reading order", async () => {
    const last = flagship.statements.at(-1)!;
    const beforeLast = flagship.statements.at(-2)!;
    const detail = await getLibraryStatement(FLAGSHIP, last.key, "nl");
    expect(detail?.statement.position).toBe(7);
    expect(detail?.previous).toEqual({ key: beforeLast.key, text: beforeLast.text.nl });
    expect(detail?.next).toBeNull();
    expect(detail?.statementCount).toBe(8);
    expect(detail?.resources.map((resource) => resource.key)).toEqual(last.resources.map((r) => r.key));
  });

  it("has both neighbours in the middle", async () => {
    const detail = await getLibraryStatement(FLAGSHIP, "prosessere", "nb");
    expect(detail?.previous?.key).toBe("arsaker");
    expect(detail?.next?.key).toBe("ikke-bremse");
    expect(detail?.resources).toHaveLength(5);
  });

  it("returns null for an unknown program or statement", async () => {
    expect(await getLibraryStatement("no-such-program", "hva-er-avvisning", "nb")).toBeNull();
    expect(await getLibraryStatement(FLAGSHIP, "no-such-statement", "nb")).toBeNull();
    // A key of another program is not a statement of this one.
    expect(await getLibraryStatement(FLAGSHIP, "hvorfor-avslag", "nb")).toBeNull();
    expect(await getLibraryStatement("takle-jobbavslag", "hvorfor-avslag", "nb")).not.toBeNull();
  });
});

describe("listLibraryPaths", () => {
  it("lists every program's slug and statement keys in order", async () => {
    const paths = await listLibraryPaths();
    expect(paths.map(({ slug, statementKeys }) => ({ slug, statementKeys }))).toEqual(
      programs.map((program) => ({
        slug: program.slug,
        statementKeys: program.statements.map((statement) => statement.key),
      })),
    );
    for (const entry of paths) expect(entry.updatedAt).toBeInstanceOf(Date);
  });
});
