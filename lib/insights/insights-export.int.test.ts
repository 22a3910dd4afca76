// The CSV exports on a small organization, checked cell by cell: completion one row per person
// and program (read in pages), and aggregated ratings with the k rule on every line.
import { beforeAll, describe, expect, it } from "vitest";
import { getT } from "@/lib/i18n/server";
import { displayText, readText } from "@/lib/programs/program-texts";
import { seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { setupTestDatabase } from "@/tests/db";
import { BOM, csvLine } from "@/lib/csv/write-csv";
import { completionChunks, completionHeader, ratingsBody, ratingsHeader } from "./export-csv";
import {
  addPeople,
  addTeam,
  asOwner,
  assignToTeams,
  buildInsightOrganization,
  completeProgram,
  rate,
  takeSnapshots,
  type InsightOrganization,
} from "./testing/insight-fixtures";

const database = setupTestDatabase();
const t = getT("en", "insights");
const NOW = new Date();
const DONE_AT = new Date(NOW.getTime() - 3 * 24 * 60 * 60 * 1000);
const DUE = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() - 1));

let org: InsightOrganization;
let people: string[];
let title: string;
let statements: string[];

beforeAll(async () => {
  await seedTestLibrary(database.owner);
  org = await buildInsightOrganization();
  people = await addPeople(org, 3, "Csv");
  await addTeam(org, people, undefined, "Lag, nord");
  const team = (await asOwner(org, (tx) => tx.team.findFirstOrThrow({ where: { name: "Lag, nord" } }))).id;
  await assignToTeams(org, [team], DUE);
  await completeProgram(org, people[0]!, DONE_AT, 2);
  await rate(org, people[1]!, org.statements[0]!, 3, DONE_AT);
  await rate(org, people[2]!, org.statements[0]!, 4, DONE_AT);
  await takeSnapshots(org, NOW);
  const program = await asOwner(org, (tx) =>
    tx.program.findUniqueOrThrow({
      where: { organizationId_id: { organizationId: org.id, id: org.programId } },
      select: { title: true, statements: { orderBy: { position: "asc" }, select: { text: true } } },
    }),
  );
  title = displayText(readText(program.title), "en");
  statements = program.statements.map((statement) => displayText(readText(statement.text), "en"));
});

async function readAll(next: () => Promise<string | null>) {
  let text = "";
  for (let chunk = await next(); chunk !== null; chunk = await next()) text += chunk;
  return text;
}

describe("the completion CSV", () => {
  it("has one row per person and program, in pages, with headers in the reader's language", async () => {
    const header = completionHeader(t);
    expect(header).toBe(
      "Name,Email,Teams,Program,Done,Items,Progress (%),Completed,Due date,Overdue,Last activity\r\n",
    );
    // Pages of one person: the cursor walks every member of the organization.
    const body = await readAll(
      completionChunks({ ctx: org.members.admin.ctx, lang: "en", t, now: NOW, pageSize: 1 }),
    );
    const users = await asOwner(org, (tx) =>
      tx.membership.findMany({
        where: { id: { in: people } },
        select: { id: true, user: { select: { name: true, email: true } } },
      }),
    );
    const user = (id: string) => users.find((row) => row.id === id)!.user;
    const due = DUE.toISOString().slice(0, 10);
    const expected = [
      csvLine([
        user(people[0]!).name,
        user(people[0]!).email,
        "Lag, nord",
        title,
        org.totalItems,
        org.totalItems,
        100,
        DONE_AT.toISOString().slice(0, 10),
        due,
        "no",
        "",
      ]),
      csvLine([
        user(people[1]!).name,
        user(people[1]!).email,
        "Lag, nord",
        title,
        1,
        org.totalItems,
        Math.round(100 / org.totalItems),
        "",
        due,
        "yes",
        "",
      ]),
      csvLine([
        user(people[2]!).name,
        user(people[2]!).email,
        "Lag, nord",
        title,
        1,
        org.totalItems,
        Math.round(100 / org.totalItems),
        "",
        due,
        "yes",
        "",
      ]),
    ];
    // Rows come in membership id order; the fixture's ids are random, so compare as sets of lines.
    expect(body.split("\r\n").filter(Boolean).sort()).toEqual(
      expected.map((line) => line.slice(0, -2)).sort(),
    );
    expect(expected[0]).toContain('"Lag, nord"');
  });
});

describe("the ratings CSV", () => {
  it("shows a statement's levels only where at least k answered, for the organization and each team", async () => {
    expect(ratingsHeader(t)).toBe(
      "Group,Program,Statement,Answers,1. New to me,2. I understand it,3. I'm comfortable doing it,4. Second nature\r\n",
    );
    const body = await ratingsBody({ ctx: org.members.admin.ctx, lang: "en", t });
    const lines = body.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2 * statements.length);
    const tooFew = (group: string, statement: string) =>
      csvLine([group, title, statement, t("distribution.tooFew"), "", "", "", ""]).slice(0, -2);
    // The team is the whole organization's raters: both figures are the same published snapshot.
    for (const group of ["Everyone", "Lag, nord"]) {
      expect(lines).toContain(csvLine([group, title, statements[0]!, 3, 0, 1, 1, 1]).slice(0, -2));
      // Statement 2: one answer (k − 2): no numbers at all.
      expect(lines).toContain(tooFew(group, statements[1]!));
    }
  });

  it("starts the file with a byte order mark", () => {
    expect(BOM).toBe("\uFEFF");
  });
});
