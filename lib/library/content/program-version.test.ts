import { afterEach, describe, expect, it } from "vitest";
import { copyFixture, fixture } from "./content-test-helpers";
import { loadLibraryContent } from "./load-library-content";
import { canonicalJson } from "./program-version";

type Copy = Awaited<ReturnType<typeof copyFixture>>;
let copy: Copy | null = null;
afterEach(async () => {
  await copy?.remove();
  copy = null;
});

async function versions(root: string): Promise<Record<string, string>> {
  const programs = await loadLibraryContent(root);
  return Object.fromEntries(programs.map((p) => [p.slug, p.version]));
}

describe("program version", () => {
  it("is the same across two loads", async () => {
    const first = await versions(fixture("valid"));
    expect(await versions(fixture("valid"))).toEqual(first);
    expect(first.onboarding).not.toEqual(first.feedback);
  });

  it("changes when one character of one resource changes, and only for that program", async () => {
    copy = await copyFixture("valid");
    const before = await versions(copy.root);
    await copy.edit("onboarding/resources/our-values.nl.md", (text) => text.replace("Zorg", "Zorq"));
    const after = await versions(copy.root);
    expect(after.onboarding).not.toEqual(before.onboarding);
    expect(after.feedback).toEqual(before.feedback);
  });

  it("changes when a statement text or the statement order changes", async () => {
    copy = await copyFixture("valid");
    const before = await versions(copy.root);
    await copy.editJson("onboarding/program.json", (json) => {
      (json.statements as unknown[]).reverse();
      return json;
    });
    const reordered = await versions(copy.root);
    expect(reordered.onboarding).not.toEqual(before.onboarding);
  });

  it("does not depend on key order in program.json, formatting, line endings or position", async () => {
    copy = await copyFixture("valid");
    const before = await versions(copy.root);
    await copy.edit("onboarding/program.json", (text) => {
      const json = JSON.parse(text) as Record<string, unknown>;
      const reversed = Object.fromEntries(Object.entries(json).reverse());
      return JSON.stringify({ ...reversed, position: 7 });
    });
    await copy.edit("onboarding/resources/welcome.nb.md", (text) => text.replace(/\n/g, "\r\n") + "\n\n");
    expect(await versions(copy.root)).toEqual(before);
  });
});

describe("canonicalJson", () => {
  it("sorts object keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: 1 })).toBe(canonicalJson({ a: 1, b: undefined }));
  });
});
