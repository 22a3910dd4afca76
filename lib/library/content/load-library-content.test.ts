import { describe, expect, it } from "vitest";
import { fileIn, fixture, problemsOf } from "./content-test-helpers";
import { ContentValidationError } from "./content-validation-error";
import { countLibraryContent, loadLibraryContent } from "./load-library-content";

describe("loadLibraryContent: a valid library", () => {
  it("returns plain, typed programs sorted by position, not by folder name", async () => {
    const programs = await loadLibraryContent(fixture("valid"));

    expect(programs.map((p) => p.slug)).toEqual(["onboarding", "feedback"]);
    expect(programs.map((p) => p.position)).toEqual([1, 2]);
    expect(countLibraryContent(programs)).toEqual({ programs: 2, statements: 3, resources: 4 });
    // Plain data: survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(programs))).toEqual(programs);
  });

  it("keeps statements and resources in program.json order with their texts", async () => {
    const [onboarding, feedback] = await loadLibraryContent(fixture("valid"));

    expect(onboarding).toMatchObject({
      slug: "onboarding",
      title: { nb: "Første dager", en: "First days", nl: "Eerste dagen" },
      quote: { text: { en: "Everyone was new once." }, author: "Kari Nordmann", source: "Velkomstheftet, 2024" },
      related: ["feedback"],
    });
    expect(onboarding?.version).toMatch(/^[0-9a-f]{16}$/);
    expect(onboarding?.statements.map((s) => [s.position, s.key, s.kind])).toEqual([
      [0, "who-we-are", "know"],
      [1, "ask-for-help", "can"],
    ]);
    const [whoWeAre] = onboarding?.statements ?? [];
    expect(whoWeAre?.text).toEqual({ nb: "Jeg vet hvem vi er", en: "I know who we are", nl: "Ik weet wie we zijn" });
    expect(whoWeAre?.reflectionPrompts).toEqual([
      { nb: "Hva overrasket deg?", en: "What surprised you?", nl: "Wat verraste je?" },
    ]);
    expect(whoWeAre?.resources.map((r) => [r.position, r.key])).toEqual([
      [0, "welcome"],
      [1, "our-values"],
    ]);
    expect(whoWeAre?.resources[1]?.text.nl).toEqual({
      title: "Onze waarden",
      body: "## Openheid\n\nWe delen wat we weten.\n\n- **Vertrouwen**\n- *Zorg*",
    });
    // Code, `a < b` and autolinks are not raw HTML; the program link resolves.
    expect(whoWeAre?.resources[0]?.text.en.body).toContain("[Feedback](program:feedback)");

    expect(feedback?.quote).toBeNull();
    // Only the fields the content gives: a quote without a source has no `source` key at all.
    expect(Object.keys(onboarding?.quote ?? {})).toEqual(["text", "author", "source"]);
    expect(feedback?.statements[0]?.reflectionPrompts).toEqual([]);
  });
});

describe("loadLibraryContent: broken fixtures name the file, the field and the language", () => {
  it("a missing nl translation in program.json", async () => {
    const root = fixture("missing-nl-translation");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "broken-program/program.json")}: statements[1].text.nl: required`,
    ]);
  });

  it("a missing .nl.md resource file", async () => {
    const root = fixture("missing-resource-file");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "broken-program/resources/intro.nl.md")}: missing (resource "intro" of statement "basics")`,
    ]);
  });

  it("an unknown related slug", async () => {
    const root = fixture("unknown-related");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "broken-program/program.json")}: related[0]: unknown program "no-such-program"`,
    ]);
  });

  it("raw HTML in Markdown", async () => {
    const root = fixture("raw-html");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "broken-program/resources/intro.en.md")}: line 4: raw HTML is not allowed (it is not rendered), write Markdown instead: "<div", "</div"`,
    ]);
  });

  it("a resource file without a # title", async () => {
    const root = fixture("missing-title");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "broken-program/resources/exercise.nl.md")}: line 1: must be the title as a level-1 heading ("# Title")`,
    ]);
  });

  it("a duplicate statement key", async () => {
    const root = fixture("duplicate-key");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "broken-program/program.json")}: statements[1].key: duplicate "basics" (also statements[0])`,
    ]);
  });

  it("a statement kind other than know or can", async () => {
    const root = fixture("bad-kind");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "broken-program/program.json")}: statements[0].kind: must be "know" or "can" (got "should")`,
    ]);
  });

  it("throws one error whose message lists every problem", async () => {
    const error = await loadLibraryContent(fixture("bad-kind")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as Error).message).toMatch(/^Library content is invalid \(1 problem\):\n {2}- .*statements\[0\]\.kind/);
  });

  it("reports a missing programs folder", async () => {
    const root = fixture("no-such-folder");
    expect(await problemsOf(root)).toEqual([`${fileIn(root, "")}: missing (no programs folder)`]);
  });
});
