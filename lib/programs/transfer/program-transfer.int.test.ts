// Export and import of a program (issue 21, item 4) against Postgres as the application role: the
// round trip keeps the content (the real library program, an own Bokmål-only one), a bad file is
// refused with its problems and leaves nothing behind, a double submit makes one program, and only
// HR of the program's own organization may do either.
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import {
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { addResource } from "../add-resource";
import { addStatement } from "../add-statement";
import { createProgram } from "../create-program";
import { getProgramEditor } from "../get-program-editor";
import {
  addResourceInput,
  addStatementInput,
  createProgramInput,
  setItemHiddenInput,
} from "../program-input";
import { setItemHidden } from "../set-item-hidden";
import { updateResource } from "../update-resource";
import { as, copyForTest, FLAGSHIP, seedTestLibrary } from "../testing/program-fixtures";
import { imageStore } from "@/lib/images/image-store";
import { processImage } from "@/lib/images/process-image";
import { png } from "@/lib/images/testing/test-images";
import { uploadImage } from "@/lib/images/upload-image";
import { readText } from "../program-texts";
import { checkProgramFolder } from "./check-program-folder";
import { exportProgram, readProgramForExport } from "./export-program";
import { importProgram, type ImportProgramResult } from "./import-program";
import { nbProgramFiles, withDeclaredSize, zipFiles } from "./testing";
import type { TransferProblem } from "./transfer-problem";

const database = setupTestDatabase();

let library: LibraryProgram[];
let a: TestOrganization;
let b: TestOrganization;

beforeAll(async () => {
  library = await seedTestLibrary(database.owner);
});

beforeEach(async () => {
  a = await buildOrganization();
  b = await buildOrganization();
});

const exportZip = (actor: TestMember, programId: string) =>
  as(actor, ({ tx, ctx }) => exportProgram({ tx, ctx, programId }));
const importZip = (actor: TestMember, zip: Uint8Array, requestKey = randomUUID()) =>
  as(actor, ({ tx, ctx }) => importProgram({ tx, ctx, zip, requestKey }));
const programCount = (org: TestOrganization) =>
  as(org.members.admin, ({ tx }) => tx.program.count({ where: { organizationId: org.id } }));
/** A zip's files by name, as text. */
const unzipText = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
const imported = (result: ImportProgramResult) => {
  if (result.status !== "imported") throw new Error(JSON.stringify(result.problems));
  return result.programId;
};

describe("the library's flagship, copied, exported and imported into another organization", () => {
  it("exports as the library's folder: the same program.json texts and the same resource files", async () => {
    const copyId = await copyForTest(a.members.admin);
    const { fileName, bytes } = await exportZip(a.members.admin, copyId);
    expect(fileName).toBe(`${FLAGSHIP}.zip`);
    const files = unzipText(bytes);
    // Every resource file is byte for byte the repository's (trimmed, as the loader trims it).
    const folder = path.resolve("content/programs", FLAGSHIP);
    const resourceNames = (await readdir(path.join(folder, "resources"))).filter((name) =>
      name.endsWith(".md"),
    );
    expect(
      Object.keys(files)
        .filter((name) => name.includes("/resources/"))
        .sort(),
    ).toEqual(resourceNames.map((name) => `${FLAGSHIP}/resources/${name}`).sort());
    for (const name of resourceNames) {
      const original = await readFile(path.join(folder, "resources", name), "utf8");
      expect(files[`${FLAGSHIP}/resources/${name}`]!.trim(), name).toBe(
        original.replace(/\r\n/g, "\n").trim(),
      );
    }
    // program.json: the library's texts and structure, without what an organization's program lacks.
    const source = JSON.parse(await readFile(path.join(folder, "program.json"), "utf8"));
    const exported = JSON.parse(files[`${FLAGSHIP}/program.json`]!);
    const { related: _related, position: _position, ...rest } = source;
    expect({ ...exported, position: undefined }).toEqual({ ...rest, position: undefined });
    // And the library's own loader-equivalent check reads it as the same program.
    const flagship = library.find((program) => program.slug === FLAGSHIP)!;
    const read = checkProgramFolder({
      files: new Map(Object.entries(files).map(([name, text]) => [name.slice(FLAGSHIP.length + 1), text])),
      folderName: FLAGSHIP,
      knownSlugs: new Set(library.map((program) => program.slug)),
    });
    expect("program" in read && read.program.statements.map((s) => s.key)).toEqual(
      flagship.statements.map((s) => s.key),
    );
  });

  it("imports into another organization as its own draft, and exports again identical", async () => {
    const copyId = await copyForTest(a.members.admin);
    const first = await exportZip(a.members.admin, copyId);
    const before = await programCount(b);
    const programId = imported(await importZip(b.members.admin, first.bytes));
    expect(await programCount(b)).toBe(before + 1);
    const again = await exportZip(b.members.admin, programId);
    expect(unzipText(again.bytes)).toEqual(unzipText(first.bytes));
    expect(again.bytes).toEqual(first.bytes);

    const editor = await as(b.members.admin, ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
    expect(editor).toMatchObject({ status: "draft", source: null, title: { nb: "Håndtere avvisning" } });
    // Imported translations count as up to date, as in a fresh library copy.
    expect(editor.translation.every((language) => language.missing === 0 && language.outdated === 0)).toBe(
      true,
    );
    const audit = await as(b.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({ where: { action: "program.import" }, select: { targetId: true, data: true } }),
    );
    expect(audit).toEqual([
      { targetId: programId, data: expect.objectContaining({ name: "Håndtere avvisning" }) },
    ]);
  });

  it("gets a number when the organization already has a program of that title", async () => {
    const copyId = await copyForTest(a.members.admin);
    const { bytes } = await exportZip(a.members.admin, copyId);
    const programId = imported(await importZip(a.members.admin, bytes));
    const editor = await as(a.members.admin, ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
    expect(editor.title).toEqual({
      nb: "Håndtere avvisning (2)",
      en: "Handling rejection (2)",
      nl: expect.stringMatching(/ \(2\)$/),
    });
  });
});

describe("an own program in Bokmål only", () => {
  async function writeOwnProgram(actor: TestMember) {
    const { programId } = await as(actor, ({ tx, ctx }) =>
      createProgram({
        tx,
        ctx,
        input: createProgramInput.parse({
          requestKey: randomUUID(),
          title: "Håndtere konflikter",
          tagline: "Uenighet uten drama",
        }),
      }),
    );
    const statements: string[] = [];
    for (const [kind, text] of [
      ["know", "Jeg vet hva en konflikt er"],
      ["can", "Jeg kan si ifra"],
      ["know", "Skjult påstand"],
    ] as const) {
      const added = await as(actor, ({ tx, ctx }) =>
        addStatement({ tx, ctx, input: addStatementInput.parse({ programId, language: "nb", kind, text }) }),
      );
      statements.push(added.statementId);
      await as(actor, ({ tx, ctx }) =>
        addResource({
          tx,
          ctx,
          input: addResourceInput.parse({
            statementId: added.statementId,
            language: "nb",
            title: `Om: ${text}`,
            body: `## Les\n\n${text}, *slik*.`,
          }),
        }),
      );
    }
    await as(actor, ({ tx, ctx }) =>
      setItemHidden({
        tx,
        ctx,
        input: setItemHiddenInput.parse({ itemType: "statement", itemId: statements[2], hidden: "true" }),
      }),
    );
    return programId;
  }

  it("round-trips: the imported program exports to the same zip; hidden items are left out", async () => {
    const programId = await writeOwnProgram(a.members.admin);
    const first = await exportZip(a.members.admin, programId);
    const files = unzipText(first.bytes);
    expect(Object.keys(files).sort()).toEqual([
      "handtere-konflikter/program.json",
      expect.stringMatching(/^handtere-konflikter\/resources\/.+\.nb\.md$/),
      expect.stringMatching(/^handtere-konflikter\/resources\/.+\.nb\.md$/),
    ]);
    const json = JSON.parse(files["handtere-konflikter/program.json"]!);
    expect(json).toMatchObject({
      title: { nb: "Håndtere konflikter" },
      tagline: { nb: "Uenighet uten drama" },
    });
    expect(json.statements.map((s: { text: object }) => s.text)).toEqual([
      { nb: "Jeg vet hva en konflikt er" },
      { nb: "Jeg kan si ifra" },
    ]);
    const copyId = imported(await importZip(b.members.admin, first.bytes));
    expect((await exportZip(b.members.admin, copyId)).bytes).toEqual(first.bytes);
  });

  it("exports a language of a resource only where it has both title and body", async () => {
    const programId = await writeOwnProgram(a.members.admin);
    const program = await as(a.members.admin, ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
    const [complete, half] = program.statements.map((statement) => statement.resources[0]!);
    for (const [resource, body] of [
      [complete!, "Read this."],
      [half!, ""],
    ] as const)
      await as(a.members.admin, ({ tx, ctx }) =>
        updateResource({
          tx,
          ctx,
          input: {
            resourceId: resource.id,
            language: "en",
            lockVersion: resource.lockVersion,
            title: "In English",
            body,
          },
        }),
      );
    const read = await as(a.members.admin, ({ tx, ctx }) => readProgramForExport({ tx, ctx, programId }));
    expect(read.statements.map((statement) => Object.keys(statement.resources[0]!.title))).toEqual([
      ["nb", "en"],
      ["nb"],
    ]);
  });
});

describe("a bad file", () => {
  const json = (change: (program: Record<string, unknown>) => void) => {
    const files = nbProgramFiles();
    const program = JSON.parse(files["eget-program/program.json"]!);
    change(program);
    return { ...files, "eget-program/program.json": JSON.stringify(program) };
  };
  const cases: [string, () => Uint8Array, string[]][] = [
    [
      "a broken program.json",
      () => zipFiles({ ...nbProgramFiles(), "eget-program/program.json": '{ "slug": ' }),
      ["invalidJson"],
    ],
    [
      "a statement without Bokmål",
      () =>
        zipFiles(json((program) => ((program.statements as { text: object }[])[1]!.text = { en: "I can" }))),
      ["required"],
    ],
    [
      "a Markdown file with raw HTML",
      () =>
        zipFiles({
          ...nbProgramFiles(),
          "eget-program/resources/ovelse.nb.md": "# Øvelse\n\n<script>alert(1)</script>\n",
        }),
      ["rawHtml"],
    ],
    [
      "a missing resource file",
      () => {
        const files = nbProgramFiles();
        delete files["eget-program/resources/ovelse.nb.md"];
        return zipFiles(files);
      },
      ["missingResource"],
    ],
    [
      "path traversal",
      () => zipFiles({ ...nbProgramFiles(), "eget-program/../../evil.md": "x" }),
      ["unsafePath"],
    ],
    [
      "a zip bomb",
      () =>
        zipFiles({ ...nbProgramFiles(), "eget-program/resources/bomb.nb.md": new Uint8Array(30_000_000) }),
      ["fileTooLarge"],
    ],
    [
      "a zip bomb that lies about its size",
      () =>
        withDeclaredSize(
          zipFiles({ ...nbProgramFiles(), "eget-program/resources/bomb.nb.md": new Uint8Array(5_000_000) }),
          "eget-program/resources/bomb.nb.md",
          10,
        ),
      ["damaged"],
    ],
    [
      "a file that is not a zip",
      () => new TextEncoder().encode("email,name\nola@example.no,Ola\n"),
      ["notZip"],
    ],
  ];

  it.each(cases)("is refused with its problems and nothing imported: %s", async (_name, zip, expected) => {
    const before = await programCount(b);
    const result = await importZip(b.members.admin, zip());
    expect(result.status).toBe("invalid");
    if (result.status === "invalid") expect(result.problems.map((problem) => problem.code)).toEqual(expected);
    expect(await programCount(b)).toBe(before);
  });
});

describe("a double submit", () => {
  it("makes one program: the second answers with the first's", async () => {
    const zip = zipFiles(nbProgramFiles());
    const requestKey = randomUUID();
    const [one, two] = await Promise.all([
      importZip(b.members.admin, zip, requestKey),
      importZip(b.members.admin, zip, requestKey),
    ]);
    expect(imported(one)).toBe(imported(two));
    expect(await programCount(b)).toBe(1);
  });
});

describe("who may export and import", () => {
  it("is HR: a manager or an employee is refused both", async () => {
    const copyId = await copyForTest(a.members.admin);
    for (const role of ["manager", "employee"] as const) {
      await expect(exportZip(a.members[role], copyId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(importZip(a.members[role], zipFiles(nbProgramFiles()))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("answers another organization's program id with NOT_FOUND", async () => {
    const copyId = await copyForTest(a.members.admin);
    await expect(exportZip(b.members.admin, copyId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("images in resources (ADR 030, 031)", () => {
  async function programWithImage(actor: TestMember) {
    const { programId } = await as(actor, ({ tx, ctx }) =>
      createProgram({
        tx,
        ctx,
        input: createProgramInput.parse({ requestKey: randomUUID(), title: "Med bilde" }),
      }),
    );
    const added = await as(actor, ({ tx, ctx }) =>
      addStatement({
        tx,
        ctx,
        input: addStatementInput.parse({ programId, language: "nb", kind: "know", text: "Jeg vet det" }),
      }),
    );
    const image = await processImage(await png(400, 200));
    const uploaded = await as(actor, ({ tx, ctx }) =>
      uploadImage({ tx, ctx, programId, alt: "Et diagram", image }),
    );
    await as(actor, ({ tx, ctx }) =>
      addResource({
        tx,
        ctx,
        input: addResourceInput.parse({
          statementId: added.statementId,
          language: "nb",
          title: "Se her",
          body: `Slik ser det ut:\n\n${uploaded.markdown}\n\nSlutt.`,
        }),
      }),
    );
    return { programId, imageId: uploaded.id };
  }
  const resourceText = (files: Record<string, Uint8Array>) =>
    strFromU8(Object.entries(files).find(([name]) => name.includes("/resources/"))![1]);
  const imageIdsIn = (text: string, orgSlug: string) =>
    [...text.matchAll(new RegExp(`/o/${orgSlug}/images/([0-9a-f-]{36})`, "g"))].map((match) => match[1]!);

  it("travel with the program: the zip carries them, the import stores them in the other organization", async () => {
    const { programId, imageId } = await programWithImage(a.members.admin);
    const first = unzipSync((await exportZip(a.members.admin, programId)).bytes);
    expect(Object.keys(first)).toContain(`med-bilde/images/${imageId}.png`);
    expect(resourceText(first)).toContain(`![Et diagram](../images/${imageId}.png)`);
    expect(resourceText(first)).not.toContain("/o/");

    const copyId = imported(await importZip(b.members.admin, zipFiles(first)));
    const body = await as(b.members.admin, async ({ tx }) => {
      const resource = await tx.programResource.findFirstOrThrow({ where: { programId: copyId } });
      return readText(resource.body).nb!;
    });
    const [copiedId] = imageIdsIn(body, b.slug);
    expect(copiedId).toBeDefined();
    expect(body).toBe(`Slik ser det ut:\n\n![Et diagram](/o/${b.slug}/images/${copiedId})\n\nSlutt.`);
    // B's own image now, stored as an upload is: A cannot see it, B can.
    const inB = await as(b.members.employee, ({ tx, ctx }) => imageStore().get({ tx, ctx, id: copiedId! }));
    expect(inB).toMatchObject({ width: 400, height: 200, contentType: "image/png" });
    expect(
      await as(a.members.admin, ({ tx, ctx }) => imageStore().get({ tx, ctx, id: copiedId! })),
    ).toBeNull();

    // And out again from B: the same folder, the image under B's id.
    const second = unzipSync((await exportZip(b.members.admin, copyId)).bytes);
    expect(resourceText(second)).toBe(resourceText(first).replace(imageId, copiedId!));
    expect(Object.keys(second)).toContain(`med-bilde/images/${copiedId}.png`);
  });

  it("refuses an image that is missing, not an image, without alt text or unused; nothing is written", async () => {
    const withResource = (body: string, extra: Record<string, string | Uint8Array> = {}) =>
      zipFiles({
        ...nbProgramFiles(),
        "eget-program/resources/ovelse.nb.md": `# Øvelse\n\n${body}\n`,
        ...extra,
      });
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const cases: [Uint8Array, TransferProblem["code"][]][] = [
      [withResource("![Et bilde](../images/borte.png)"), ["imageMissing"]],
      [withResource("![Et bilde](https://evil.example/x.png)"), ["imageMissing"]],
      [
        withResource("![](../images/a.png)", { "eget-program/images/a.png": await png() }),
        ["imageAltMissing", "unusedImage"],
      ],
      [withResource("Tekst.", { "eget-program/images/a.png": await png() }), ["unusedImage"]],
      [withResource("![Et bilde](../images/a.png)", { "eget-program/images/a.png": svg }), ["imageInvalid"]],
      [withResource("Tekst.", { "eget-program/images/a.exe": await png() }), ["unexpectedImageFile"]],
    ];
    const before = await programCount(b);
    for (const [zip, codes] of cases) {
      const result = await importZip(b.members.admin, zip);
      expect(result.status === "invalid" ? result.problems.map((found) => found.code) : result).toEqual(
        codes,
      );
    }
    expect(await programCount(b)).toBe(before);
    expect(await as(b.members.admin, ({ tx }) => tx.image.count({ where: { organizationId: b.id } }))).toBe(
      0,
    );
  });
});
