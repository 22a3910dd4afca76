import { describe, expect, it } from "vitest";
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import { defaultDecision, diffLibraryVersions, type CopySnapshot } from "./library-update-diff";

const tri = (text: string) => ({ nb: `${text} (nb)`, en: `${text} (en)`, nl: `${text} (nl)` });
const resource = (key: string, position: number, title: string, body = `${title} body`) => ({
  key,
  position,
  text: {
    nb: { title: `${title} (nb)`, body: `${body} (nb)` },
    en: { title: `${title} (en)`, body: `${body} (en)` },
    nl: { title: `${title} (nl)`, body: `${body} (nl)` },
  },
});

const versionA: LibraryProgram = {
  slug: "p",
  position: 1,
  version: "a",
  title: tri("Title"),
  tagline: tri("Tagline"),
  summary: tri("Summary"),
  quote: { text: tri("Quote"), author: "Ann" },
  related: [],
  statements: [
    {
      key: "s1",
      kind: "know",
      position: 0,
      text: tri("I know one"),
      reflectionPrompts: [],
      resources: [resource("r1", 0, "R one"), resource("r2", 1, "R two")],
    },
    { key: "s2", kind: "can", position: 1, text: tri("I can two"), reflectionPrompts: [], resources: [] },
    { key: "s3", kind: "can", position: 2, text: tri("I can three"), reflectionPrompts: [], resources: [] },
  ],
};

/** The copy as made from version A, untouched. */
function copyOf(program: LibraryProgram): CopySnapshot {
  return {
    details: {
      title: program.title,
      tagline: program.tagline,
      summary: program.summary,
      quote: program.quote,
    },
    statements: program.statements.map(({ key, kind, text }) => ({ key, kind, text })),
    resources: program.statements.flatMap((statement) =>
      statement.resources.map((r) => ({
        key: r.key,
        statementKey: statement.key,
        title: { nb: r.text.nb.title, en: r.text.en.title, nl: r.text.nl.title },
        body: { nb: r.text.nb.body, en: r.text.en.body, nl: r.text.nl.body },
      })),
    ),
  };
}

function versionB(): LibraryProgram {
  const b = structuredClone(versionA);
  b.version = "b";
  b.tagline = { ...b.tagline, en: "A new tagline (en)" };
  b.statements[0]!.text = { ...b.statements[0]!.text, nb: "Jeg vet nummer en" };
  b.statements[0]!.resources = [resource("r1", 0, "R one"), resource("r3", 1, "R three")];
  b.statements[1]!.kind = "know";
  b.statements = b.statements.filter((statement) => statement.key !== "s3");
  b.statements.push({
    key: "s4",
    kind: "can",
    position: 3,
    text: tri("I can four"),
    reflectionPrompts: [],
    resources: [resource("r4", 0, "R four")],
  });
  return b;
}

describe("diffLibraryVersions", () => {
  it("finds no change between a version and itself", () => {
    expect(diffLibraryVersions(versionA, versionA, copyOf(versionA))).toEqual([]);
  });

  it("lists new, changed and removed statements, resources and details, in library order", () => {
    const items = diffLibraryVersions(versionA, versionB(), copyOf(versionA));
    expect(items.map((item) => [item.id, item.change, item.localEdit])).toEqual([
      ["details:tagline", "changed", false],
      ["statement:s1", "changed", false],
      ["resource:r3", "new", false],
      ["statement:s2", "changed", false],
      ["statement:s4", "new", false],
      ["resource:r4", "new", false],
      ["statement:s3", "removed", false],
      ["resource:r2", "removed", false],
    ]);
    const s1 = items.find((item) => item.id === "statement:s1")!;
    expect(s1.texts).toEqual([
      { field: "text", before: tri("I know one"), after: { ...tri("I know one"), nb: "Jeg vet nummer en" } },
    ]);
    // Only the kind changed: no text to show, the kind line says it.
    const s2 = items.find((item) => item.id === "statement:s2")!;
    expect(s2.texts).toEqual([]);
    expect(s2.kind).toEqual({ before: "can", after: "know" });
    expect(items.find((item) => item.id === "resource:r4")!.statementKey).toBe("s4");
    expect(items.every((item) => defaultDecision(item) === "accept")).toBe(true);
  });

  it("warns where the copy's text differs from the old library text, and defaults those to keep", () => {
    const copy = copyOf(versionA);
    copy.statements[0]!.text = { ...copy.statements[0]!.text, en: "Our own words" };
    copy.resources[1]!.body = { ...copy.resources[1]!.body, nb: "Vår egen tekst" };
    copy.details.tagline = { nb: "Vår undertittel" };
    const items = diffLibraryVersions(versionA, versionB(), copy);
    const edited = items.filter((item) => item.localEdit).map((item) => item.id);
    expect(edited).toEqual(["details:tagline", "statement:s1", "resource:r2"]);
    expect(items.filter((item) => defaultDecision(item) === "keep").map((item) => item.id)).toEqual(edited);
  });

  it("leaves out changes to items the copy deleted, and new items it already has", () => {
    const copy = copyOf(versionA);
    copy.statements = copy.statements.filter((statement) => statement.key !== "s3" && statement.key !== "s1");
    copy.resources = copy.resources.filter((r) => r.statementKey !== "s1");
    copy.statements.push({ key: "s4", kind: "can", text: { nb: "Vår egen fire" } });
    const ids = diffLibraryVersions(versionA, versionB(), copy).map((item) => item.id);
    // s1 and its resources are gone locally: neither its change, nor r2's removal, nor new r3 apply.
    expect(ids).toEqual(["details:tagline", "statement:s2", "resource:r4"]);
  });

  it("compares the quote's text and author", () => {
    const b = structuredClone(versionA);
    b.quote = { text: versionA.quote!.text, author: "Bo" };
    const [item] = diffLibraryVersions(versionA, b, copyOf(versionA));
    expect(item).toMatchObject({
      id: "details:quote",
      author: { before: "Ann", after: "Bo" },
      localEdit: false,
    });
  });
});
