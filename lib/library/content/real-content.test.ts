import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadLibraryContent } from "./load-library-content";

// The repository's own content, so a broken program fails the test suite, not only content:check.
const CONTENT_ROOT = fileURLToPath(new URL("../../../content/programs", import.meta.url));

describe("content/programs", () => {
  it("loads, with handtere-avvisning's 8 statements in order and their resources", async () => {
    const programs = await loadLibraryContent(CONTENT_ROOT);
    const program = programs.find((p) => p.slug === "handtere-avvisning");

    expect(program).toBeDefined();
    expect(program?.statements.map((s) => s.text.nb)).toEqual([
      "Jeg vet hva som menes med avvisning",
      "Jeg kjenner de forskjellige dimensjonene for avvisning",
      "Jeg vet hvordan mennesker opplever avvisning",
      "Jeg forstår hva som kan få folk til å avvise andre",
      "Jeg kan prosessere avvisning",
      "Jeg lar ikke avvisning bremse meg",
      "Jeg tar ikke avvisning personlig",
      "Jeg ser de positive aspektene ved avvisning",
    ]);
    expect(program?.statements.map((s) => s.resources.length)).toEqual([1, 1, 3, 1, 5, 2, 4, 2]);
  });

  it("says each program's quote in each language: the Norwegian page shows a Norwegian quote", async () => {
    const programs = await loadLibraryContent(CONTENT_ROOT);
    const flagship = programs.find((p) => p.slug === "handtere-avvisning");
    expect(flagship?.quote?.text.nb).toBe("Avvisning er ikke et nederlag. Det er en ny retning.");
    for (const program of programs) {
      if (!program.quote) continue;
      const { nb, en, nl } = program.quote.text;
      // A saying is translated; identical texts would be one language shown as another.
      expect(new Set([nb, en, nl]).size, `${program.slug}: the quote's three texts`).toBe(3);
    }
  });

  it("holds the five programs of the avvisning series", async () => {
    const slugs = (await loadLibraryContent(CONTENT_ROOT)).map((p) => p.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        "avvisning-pa-jobben",
        "avvisningsarsaker",
        "avvisningsutfordringen",
        "handtere-avvisning",
        "takle-jobbavslag",
      ]),
    );
  });
});
