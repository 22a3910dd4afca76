import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyFixture, fileIn, problemsOf } from "./content-test-helpers";

/** Each test copies the valid fixture to a temp folder and breaks one thing in it. */
type Copy = Awaited<ReturnType<typeof copyFixture>>;
let copy: Copy | null = null;
async function validCopy(): Promise<Copy> {
  copy = await copyFixture("valid");
  return copy;
}
afterEach(async () => {
  await copy?.remove();
  copy = null;
});

type Json = Record<string, unknown>;
const statementsOf = (json: Json) => json.statements as Json[];

describe("cross-checks", () => {
  it("collects every problem of every program in one error", async () => {
    const { root, editJson, edit } = await validCopy();
    await editJson("onboarding/program.json", (json) => {
      delete (json.title as Json).nl;
      (json.tagline as Json).de = "Tagline";
      (statementsOf(json)[1] as Json).kind = "might";
      return json;
    });
    await edit("feedback/resources/feedback-basics.nb.md", (text) => text.replace("# ", ""));
    await rm(path.join(root, "feedback/resources/feedback-basics.en.md"));

    const onboarding = fileIn(root, "onboarding/program.json");
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "feedback/resources/feedback-basics.nb.md")}: line 1: must be the title as a level-1 heading ("# Title")`,
      `${fileIn(root, "feedback/resources/feedback-basics.en.md")}: missing (resource "feedback-basics" of statement "give-feedback")`,
      `${onboarding}: title.nl: required`,
      `${onboarding}: tagline.de: unknown field`,
      `${onboarding}: statements[1].kind: must be "know" or "can" (got "might")`,
    ]);
  });

  it("requires the slug to equal the folder name, in kebab-case", async () => {
    const { root, editJson } = await validCopy();
    await editJson("feedback/program.json", (json) => ({ ...json, slug: "Feed_back" }));
    const file = fileIn(root, "feedback/program.json");
    expect(await problemsOf(root)).toEqual([
      `${file}: slug: must be a kebab-case ASCII slug like "my-slug" (got "Feed_back")`,
      `${file}: slug: must equal the folder name "feedback" (got "Feed_back")`,
    ]);
  });

  it("rejects related programs that are the program itself or listed twice", async () => {
    const { root, editJson } = await validCopy();
    await editJson("feedback/program.json", (json) => ({ ...json, related: ["feedback", "onboarding", "onboarding"] }));
    const file = fileIn(root, "feedback/program.json");
    expect(await problemsOf(root)).toEqual([
      `${file}: related[0]: must not be the program itself`,
      `${file}: related[2]: duplicate "onboarding"`,
    ]);
  });

  it("rejects a resource used by two statements and a resource listed twice", async () => {
    const { root, editJson } = await validCopy();
    await editJson("onboarding/program.json", (json) => {
      const [first, second] = statementsOf(json);
      (first as Json).resources = ["welcome", "our-values", "welcome"];
      (second as Json).resources = ["asking-well", "our-values"];
      return json;
    });
    const file = fileIn(root, "onboarding/program.json");
    expect(await problemsOf(root)).toEqual([
      `${file}: statements[0].resources[2]: duplicate "welcome" (also statements[0].resources[0])`,
      `${file}: statements[1].resources[1]: resource "our-values" already belongs to statement "who-we-are" (statements[0].resources[1]); a resource belongs to one statement`,
    ]);
  });

  it("rejects resource files no statement uses and files that are not resources", async () => {
    const { root } = await validCopy();
    await writeFile(path.join(root, "feedback/resources/old-draft.nb.md"), "# Old\n\nText.\n");
    await writeFile(path.join(root, "feedback/resources/notes.txt"), "notes");
    await writeFile(path.join(root, "feedback/notes.md"), "notes");
    await mkdir(path.join(root, "feedback/resources/images"));
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "feedback/notes.md")}: unexpected file (a program folder holds program.json and resources/)`,
      `${fileIn(root, "feedback/resources/images")}: unexpected folder (resource files are named <resource-key>.<nb|en|nl>.md)`,
      `${fileIn(root, "feedback/resources/notes.txt")}: unexpected file (resource files are named <resource-key>.<nb|en|nl>.md)`,
      `${fileIn(root, "feedback/resources/old-draft.nb.md")}: not used by any statement (list "old-draft" in a statement's resources or delete the file)`,
    ]);
  });

  it("checks program: links in Markdown against the existing programs", async () => {
    const { root, edit } = await validCopy();
    await edit("onboarding/resources/welcome.nl.md", (text) =>
      text.replace("program:feedback", "program:feedbak") + "\n[ref]: program:gone\n",
    );
    const file = fileIn(root, "onboarding/resources/welcome.nl.md");
    expect(await problemsOf(root)).toEqual([
      `${file}: line 3: link to unknown program "feedbak"`,
      `${file}: line 13: link to unknown program "gone"`,
    ]);
  });

  it("rejects two programs with the same position", async () => {
    const { root, editJson } = await validCopy();
    await editJson("onboarding/program.json", (json) => ({ ...json, position: 2 }));
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "onboarding/program.json")}: position: 2 is also the position of "feedback"`,
    ]);
  });

  it("reports a program folder without program.json, and still resolves links to it", async () => {
    const { root } = await validCopy();
    await rename(path.join(root, "feedback/program.json"), path.join(root, "feedback/program.jsonc"));
    expect(await problemsOf(root)).toEqual([
      `${fileIn(root, "feedback/program.jsonc")}: unexpected file (a program folder holds program.json and resources/)`,
      `${fileIn(root, "feedback/program.json")}: missing`,
    ]);
  });

  it("reports invalid JSON", async () => {
    const { root, edit } = await validCopy();
    await edit("feedback/program.json", (text) => text.replace(/}\s*$/, ""));
    const [problem, ...others] = await problemsOf(root);
    expect(others).toEqual([]);
    expect(problem).toMatch(new RegExp(`^${fileIn(root, "feedback/program.json")}: not valid JSON \\(`));
  });
});
