// Reading an imported zip and checking its program folder, without a database: the limits, the
// path checks, the schema (Bokmål required, the rest optional) and the Markdown rules, each problem
// with its file, its place and a code every language has a sentence for.
import { describe, expect, it } from "vitest";
import { getT } from "@/lib/i18n/server";
import { languages } from "@/lib/i18n/settings";
import { checkProgramFolder } from "./check-program-folder";
import { describeTransferProblem } from "./describe-problem";
import { markdownProblem } from "./markdown-problems";
import { programFolderFiles, programSlug } from "./program-folder";
import { isUnsafeName, readZip } from "./read-zip";
import { nbProgramFiles, withDeclaredSize, zipFiles } from "./testing";
import { transferProblemCodes, type TransferProblem } from "./transfer-problem";
import { MAX_FILE_BYTES, MAX_ZIP_BYTES } from "./transfer-limits";

const codes = (result: { problems: TransferProblem[] } | object) =>
  "problems" in result ? result.problems.map((problem) => problem.code) : [];

function check(files: Record<string, string>) {
  const read = readZip(zipFiles(files));
  if ("problems" in read) throw new Error(JSON.stringify(read.problems));
  return checkProgramFolder({ ...read.folder, knownSlugs: new Set(["handtere-avvisning"]) });
}

describe("readZip", () => {
  it("finds the program in one folder or at the zip's root, skipping what macOS adds", () => {
    const inFolder = readZip(
      zipFiles({
        ...nbProgramFiles(),
        "__MACOSX/eget-program/._program.json": "x",
        "eget-program/.DS_Store": "x",
      }),
    );
    expect(inFolder).toMatchObject({ folder: { folderName: "eget-program" } });
    if ("folder" in inFolder)
      expect([...inFolder.folder.files.keys()].sort()).toEqual([
        "program.json",
        "resources/forklaring.nb.md",
        "resources/ovelse.nb.md",
      ]);
    expect(readZip(zipFiles(nbProgramFiles("")))).toMatchObject({ folder: { folderName: null } });
  });

  it("refuses what is not a zip, before trying to read it", () => {
    expect(codes(readZip(new TextEncoder().encode("slug,title\nx,y\n")))).toEqual(["notZip"]);
    expect(codes(readZip(new Uint8Array()))).toEqual(["notZip"]);
    // A zip's signature with nothing after it.
    expect(codes(readZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toEqual(["notZip"]);
  });

  it("refuses path traversal and absolute names, whatever else the zip holds", () => {
    for (const name of [
      "../program.json",
      "eget/../../etc/passwd",
      "/etc/passwd",
      "C:/x.md",
      "a\\..\\b.md",
    ]) {
      expect(isUnsafeName(name)).toBe(true);
      expect(codes(readZip(zipFiles({ ...nbProgramFiles(), [name]: "x" })))).toEqual(["unsafePath"]);
    }
    expect(isUnsafeName("eget-program/resources/a.nb.md")).toBe(false);
  });

  it("refuses a zip bomb from the sizes it declares, before inflating it", () => {
    const zeros = new Uint8Array(MAX_FILE_BYTES + 1);
    const bomb = zipFiles({ ...nbProgramFiles(), "eget-program/resources/big.nb.md": zeros });
    expect(bomb.length).toBeLessThan(MAX_ZIP_BYTES);
    expect(codes(readZip(bomb))).toEqual(["fileTooLarge"]);
    // Many files, each under the per-file limit, adding up to more than the total.
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [
        `eget-program/resources/r${i}.nb.md`,
        new Uint8Array(MAX_FILE_BYTES),
      ]),
    );
    expect(codes(readZip(zipFiles({ ...nbProgramFiles(), ...many })))).toEqual(["unzippedTooLarge"]);
  });

  it("refuses a zip that declares less than it holds (a bomb that lies about its size)", () => {
    const zip = zipFiles({
      ...nbProgramFiles(),
      "eget-program/resources/big.nb.md": new Uint8Array(5_000_000),
    });
    expect(codes(readZip(withDeclaredSize(zip, "eget-program/resources/big.nb.md", 100)))).toEqual([
      "damaged",
    ]);
  });

  it("refuses a file larger than the limit, and text that is not UTF-8", () => {
    expect(codes(readZip(new Uint8Array(MAX_ZIP_BYTES + 1)))).toEqual(["zipTooLarge"]);
    const latin1 = zipFiles({
      ...nbProgramFiles(),
      "eget-program/resources/ovelse.nb.md": new Uint8Array([0x23, 0x20, 0xd8, 0x76]),
    });
    expect(codes(readZip(latin1))).toEqual(["notText"]);
  });
});

describe("checkProgramFolder", () => {
  it("reads a Bokmål-only program with its statements and resources in order", () => {
    const result = check(nbProgramFiles());
    expect(result).toEqual({
      program: {
        slug: "eget-program",
        title: { nb: "Eget program" },
        tagline: {},
        summary: {},
        quote: null,
        statements: [
          {
            key: "vite",
            kind: "know",
            text: { nb: "Jeg vet noe" },
            reflectionPrompts: [],
            resources: [{ key: "forklaring", title: { nb: "Forklaring" }, body: { nb: "Slik er det." } }],
          },
          {
            key: "kunne",
            kind: "can",
            text: { nb: "Jeg kan noe" },
            reflectionPrompts: [],
            resources: [{ key: "ovelse", title: { nb: "Øvelse" }, body: { nb: "Gjør dette." } }],
          },
        ],
        images: new Map(),
      },
    });
  });

  it("names the file, the field and the language of what is wrong in program.json", () => {
    const files = nbProgramFiles();
    const json = JSON.parse(files["eget-program/program.json"]!);
    json.statements[1].text = { en: "I can" };
    json.statements[0].kind = "feel";
    json.realted = [];
    json.title.de = "Eigenes";
    const result = check({ ...files, "eget-program/program.json": JSON.stringify(json) });
    expect("problems" in result && result.problems).toEqual(
      expect.arrayContaining([
        { file: "program.json", field: "statements[1].text.nb", code: "required" },
        { file: "program.json", field: "statements[0].kind", code: "notKind", values: { got: '"feel"' } },
        { file: "program.json", field: "realted", code: "unknownField" },
        { file: "program.json", field: "title.de", code: "unknownField" },
      ]),
    );
  });

  it("lists broken JSON, a missing Bokmål file, unused files and forbidden Markdown", () => {
    expect(codes(check({ ...nbProgramFiles(), "eget-program/program.json": "{ not json" }))).toEqual([
      "invalidJson",
    ]);
    const files = nbProgramFiles();
    delete files["eget-program/resources/ovelse.nb.md"];
    files["eget-program/resources/glemt.nb.md"] = "# Glemt\n\nTekst.\n";
    files["eget-program/resources/forklaring.nb.md"] = "# Forklaring\n\n<div>HTML</div>\n";
    files["eget-program/notes.txt"] = "x";
    const result = check(files);
    expect("problems" in result && result.problems).toEqual([
      { file: "notes.txt", code: "unexpectedFile" },
      { file: "resources/glemt.nb.md", code: "unusedResource", values: { key: "glemt" } },
      { file: "resources/forklaring.nb.md", line: 3, code: "rawHtml", values: { found: '"<div", "</div"' } },
      {
        file: "resources/ovelse.nb.md",
        code: "missingResource",
        values: { key: "ovelse", statement: "kunne" },
      },
    ]);
  });

  it("checks the slug against the folder and links against the library, as the library does", () => {
    const files = nbProgramFiles();
    files["eget-program/resources/ovelse.nb.md"] =
      "# Øvelse\n\nSe [dette](program:finnes-ikke) og [dette](program:handtere-avvisning).\n";
    const renamed = Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name.replace("eget-program/", "annet/"), text]),
    );
    expect("problems" in check(renamed) && check(renamed)).toMatchObject({
      problems: [
        { file: "program.json", field: "slug", code: "slugMismatch" },
        {
          file: "resources/ovelse.nb.md",
          line: 3,
          code: "unknownProgramLink",
          values: { slug: "finnes-ikke" },
        },
      ],
    });
  });

  it("writes back the same files it reads (export format = import format)", () => {
    const read = check(nbProgramFiles(""));
    if (!("program" in read)) throw new Error("expected a program");
    const files = programFolderFiles(read.program);
    const again = check(Object.fromEntries(files));
    expect(again).toEqual(read);
  });
});

describe("problems in every language", () => {
  it("has a sentence for every code in nb, en and nl", () => {
    for (const lang of languages) {
      const t = getT(lang, "programs");
      for (const code of transferProblemCodes)
        expect(t(`transfer.problems.${code}`, { defaultValue: "" }), `${lang} ${code}`).not.toBe("");
    }
  });

  it("says where and what, e.g. program.json: statements[2].text.nb", () => {
    const problem: TransferProblem = {
      file: "program.json",
      field: "statements[2].text.nb",
      code: "required",
    };
    expect(describeTransferProblem(problem, getT("en", "programs"))).toEqual({
      where: "program.json: statements[2].text.nb",
      message: "is missing.",
    });
    expect(describeTransferProblem(problem, getT("nb", "programs")).message).toBe("mangler.");
    expect(
      describeTransferProblem(
        { file: "resources/a.nb.md", line: 7, code: "secondTitle" },
        getT("nb", "programs"),
      ).where,
    ).toBe("resources/a.nb.md: linje 7");
  });

  it("knows every problem the library's Markdown check words (none falls back to English)", () => {
    for (const text of [
      'line 1: must be the title as a level-1 heading ("# Title")',
      "line 2: must be blank (a blank line separates the title from the body)",
      "body: must not be empty (write the text after the title)",
      'line 4: only the title may be a level-1 heading; use "##" here',
      'line 5: raw HTML is not allowed (it is not rendered), write Markdown instead: "<div"',
      'line 6: links may use http, https or mailto (others are not rendered): "javascript:x"',
    ])
      expect(markdownProblem("a.nb.md", text).code).not.toBe("markdownOther");
    expect(markdownProblem("a.nb.md", "line 9: something new")).toEqual({
      file: "a.nb.md",
      line: 9,
      code: "markdownOther",
      values: { detail: "something new" },
    });
  });
});

describe("programSlug", () => {
  it("is the Bokmål title in kebab-case ASCII", () => {
    expect(programSlug({ nb: "Håndtere avvisning" })).toBe("handtere-avvisning");
    expect(programSlug({ nb: "Økt trivsel på jobben!" })).toBe("okt-trivsel-pa-jobben");
    expect(programSlug({ nb: "Lære av ærlighet" })).toBe("laere-av-aerlighet");
    expect(programSlug({ nb: "???" })).toBe("program");
  });
});
