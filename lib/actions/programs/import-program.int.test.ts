// "Import program" through the real action pipeline (only the session stubbed): a bad zip answers
// with every problem in the person's language and saves nothing; a good one opens the new draft.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildOrganization, type TestOrganization } from "@/lib/orgs/testing/build-organization";
import { as, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { nbProgramFiles, zipFiles } from "@/lib/programs/transfer/testing";
import { setupTestDatabase } from "@/tests/db";
import { digestOf, form, signIn } from "@/tests/support/action-session";
import { importProgramAction } from "./import-program";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = setupTestDatabase();
let org: TestOrganization;

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

beforeEach(async () => {
  org = await buildOrganization();
});

const submit = (zip: Uint8Array, lang = "nb") => {
  const input = form({ requestKey: randomUUID() });
  input.set("file", new File([zip as Uint8Array<ArrayBuffer>], "program.zip", { type: "application/zip" }));
  return importProgramAction({ lang, orgSlug: org.slug }, null, input);
};
const programCount = () =>
  as(org.members.admin, ({ tx }) => tx.program.count({ where: { organizationId: org.id } }));

describe("importProgramAction", () => {
  it("lists a bad zip's problems in the person's language and saves nothing", async () => {
    const files = nbProgramFiles();
    delete files["eget-program/resources/ovelse.nb.md"];
    const program = JSON.parse(files["eget-program/program.json"]!);
    program.statements[0].text = { en: "I know" };
    files["eget-program/program.json"] = JSON.stringify(program);
    signIn(org.members.admin, "nb");
    for (const [lang, missing] of [
      ["nb", "mangler."],
      ["en", "is missing."],
      ["nl", "ontbreekt."],
    ] as const) {
      const result = await submit(zipFiles(files), lang);
      expect(result).toMatchObject({ ok: true, data: { status: "invalid" } });
      if (result.ok && result.data.status === "invalid")
        expect(result.data.problems[0]).toEqual({
          where: "program.json: statements[0].text.nb",
          message: missing,
        });
    }
    const result = await submit(new TextEncoder().encode("not a zip"), "en");
    expect(result.ok && result.data).toEqual({
      status: "invalid",
      problems: [
        {
          where: "The zip file",
          message: "is not a zip file. Choose the .zip file that an export downloaded.",
        },
      ],
    });
    expect(await programCount()).toBe(0);
  });

  it("refuses a submit without a file, translated", async () => {
    signIn(org.members.admin, "en");
    const result = await importProgramAction(
      { lang: "en", orgSlug: org.slug },
      null,
      form({ requestKey: randomUUID() }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { file: "Choose a zip file to import." },
    });
  });

  it("imports a good zip and opens the new draft's editor", async () => {
    signIn(org.members.admin, "nb");
    const error = await submit(zipFiles(nbProgramFiles())).catch((thrown: unknown) => thrown);
    expect(digestOf(error)).toMatch(new RegExp(`/nb/o/${org.slug}/programs/[0-9a-f-]{36}\\?imported=1`));
    expect(await programCount()).toBe(1);
  });
});
