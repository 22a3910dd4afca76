// Demo data for `npm start` (unless EVNE_DEMO=0): one organization with an owner, an HR admin and
// three teams of ten (a manager and nine employees each), "Håndtere avvisning" copied, published
// and assigned with a due date, and three months of plausible learning: resources read, ratings
// that grow over time, help requests, private reflections and rejection-challenge logs. Every
// dashboard has something true to show on first start. It is made through the same use cases the
// app uses (as each person, under row-level security, with the clock set back), and only once: an
// existing demo organization is left alone.
import "server-only";
import { randomUUID } from "node:crypto";
import { addAttempt } from "@/lib/challenge/add-attempt";
import { addDays, todayIso } from "@/lib/challenge/challenge-dates";
import { saveGoal } from "@/lib/challenge/save-goal";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { rateStatement } from "@/lib/learning/rate-statement";
import { saveReflection } from "@/lib/learning/save-reflection";
import { setResourceDone } from "@/lib/learning/set-resource-done";
import { createOrganization } from "@/lib/orgs/create-organization";
import { resolveWorkspace } from "@/lib/orgs/resolve-workspace";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import type { Role } from "@/lib/permissions/roles";
import { assignProgram } from "@/lib/programs/assign-program";
import { copyLibraryProgram } from "@/lib/programs/copy-library-program";
import { setProgramStatus } from "@/lib/programs/set-program-status";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { snapshotCutoff } from "@/lib/insights/snapshots/publish-snapshots";
import { runOrganizationSnapshots } from "@/lib/insights/snapshots/run-due-snapshots";

type DemoPerson = { email: string; name: string; role: Role; teams: { name: string; manager?: boolean }[] };

export const demoOrganization = { slug: "nordlys", name: "Nordlys AS" } as const;
export const DEMO_PROGRAM = "handtere-avvisning";
const DAY = 24 * 60 * 60 * 1000;

const teamNames = ["Salg", "Kundeservice", "Utvikling"] as const;
const managers = [
  { email: "leder@nordlys.example", name: "Mats Lund" },
  { email: "leder.kundeservice@nordlys.example", name: "Eva Dahl" },
  { email: "leder.utvikling@nordlys.example", name: "Per Strand" },
];
// The first names are the addresses the README lists; the rest fill the teams to nine each.
const employeeNames = [
  "Kari Nilsen",
  "Ola Berg",
  "Sara Ahmed",
  "Jonas Vik",
  "Nora Hansen",
  "Emil Johansen",
  "Sofie Larsen",
  "Lukas Andersen",
  "Ida Pedersen",
  "Filip Karlsen",
  "Maja Eriksen",
  "Oskar Olsen",
  "Ingrid Moen",
  "Aksel Haugen",
  "Thea Solberg",
  "Henrik Bakken",
  "Emma Kristiansen",
  "Sander Lie",
  "Julie Jensen",
  "Mathias Ruud",
  "Hedda Strøm",
  "Tobias Aas",
  "Leah Berge",
  "Elias Myhre",
  "Frida Nygaard",
  "Adrian Lunde",
  "Selma Hauge",
];

function emailOf(name: string, index: number): string {
  if (index < 4) return `${name.split(" ")[0]!.toLowerCase()}@nordlys.example`;
  const folded = name
    .toLowerCase()
    .replaceAll("ø", "o")
    .replaceAll("å", "a")
    .replaceAll("æ", "ae")
    .replace(/[^a-z ]/g, "");
  return `${folded.replace(" ", ".")}@nordlys.example`;
}

export const demoPeople: DemoPerson[] = [
  { email: "eier@nordlys.example", name: "Ingrid Eier", role: "owner", teams: [] },
  { email: "hr@nordlys.example", name: "Hanne Holm", role: "admin", teams: [] },
  ...managers.map((manager, index) => ({
    ...manager,
    role: "manager" as const,
    teams: [{ name: teamNames[index]!, manager: true }],
  })),
  ...employeeNames.map((name, index) => ({
    email: emailOf(name, index),
    name,
    role: "employee" as const,
    teams: [{ name: teamNames[index % teamNames.length]! }],
  })),
];

/** Who to sign in as, for the start-up message. */
export const demoSignIns = {
  hr: "hr@nordlys.example",
  manager: "leder@nordlys.example",
  employee: "kari@nordlys.example",
} as const;

/** A small seeded random generator (mulberry32): the same demo on every machine. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function ensureUser(person: { email: string; name: string }) {
  return db.user.upsert({
    where: { email: person.email },
    update: {},
    create: { email: person.email, name: person.name, language: "nb" },
    select: { id: true },
  });
}

/** Creates the demo organization unless it exists; returns whether it made it. */
export async function seedDemoOrganization(options: { now?: Date } = {}): Promise<{ created: boolean }> {
  const now = options.now ?? new Date();
  const [ownerPerson, ...others] = demoPeople;
  if (!ownerPerson) throw new Error("the demo needs an owner");
  const owner = await ensureUser(ownerPerson);
  const organization = await createOrganization({
    actor: owner,
    input: {
      name: demoOrganization.name,
      slug: demoOrganization.slug,
      defaultLanguage: "nb",
      yourName: ownerPerson.name,
    },
  });
  if (!organization.created) return { created: false };

  const ownerCtx = await resolveWorkspace({ userId: owner.id, orgSlug: organization.slug });
  const users = await Promise.all(others.map(async (person) => ({ person, user: await ensureUser(person) })));
  await withTenant(ownerCtx, async (tx) => {
    const teamIds = new Map<string, string>();
    for (const { person, user } of users) {
      const membership = await tx.membership.create({
        data: { organizationId: ownerCtx.orgId, userId: user.id, role: person.role },
        select: { id: true },
      });
      for (const place of person.teams) {
        let teamId = teamIds.get(place.name);
        if (!teamId) {
          teamId = (await createTeam({ tx, ctx: ownerCtx, name: place.name })).teamId;
          teamIds.set(place.name, teamId);
        }
        await addTeamMember({
          tx,
          ctx: ownerCtx,
          teamId,
          membershipId: membership.id,
          isManager: place.manager ?? false,
        });
      }
    }
    // The teams have been as they are since before the history below began (ADR 014: a team's
    // figures wait until its membership has been stable for a while).
    await tx.team.updateMany({
      where: { organizationId: ownerCtx.orgId },
      data: { membersChangedAt: new Date(now.getTime() - HISTORY_DAYS * DAY) },
    });
  });

  // HR copies the flagship, publishes it and assigns it to every team with a due date.
  const hrUser = users.find(({ person }) => person.role === "admin")!.user;
  const hrCtx = await resolveWorkspace({ userId: hrUser.id, orgSlug: organization.slug });
  await withTenant(hrCtx, async (tx) => {
    const copy = await copyLibraryProgram({
      tx,
      ctx: hrCtx,
      librarySlug: DEMO_PROGRAM,
      requestKey: randomUUID(),
    });
    if (copy.status !== "copied") throw new Error("the demo program could not be copied");
    await setProgramStatus({ tx, ctx: hrCtx, input: { programId: copy.programId, status: "published" } });
    const teams = await tx.team.findMany({ where: { organizationId: hrCtx.orgId }, select: { id: true } });
    await assignProgram({
      tx,
      ctx: hrCtx,
      input: {
        programId: copy.programId,
        audience: "teams",
        teamIds: teams.map((team) => team.id),
        dueDate: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 21 * DAY),
      },
    });
  });

  // Three months of learning, as each person, a few people at a time: everyone writes only rows of
  // their own (ratings, completions, rollups on their membership), so the transactions never meet,
  // and one after another took most of `npm start`'s first run (37 s of round trips).
  const learners = users.filter(({ person }) => person.role === "employee" || person.role === "manager");
  const queue = learners.entries();
  await Promise.all(
    Array.from({ length: LEARNERS_AT_ONCE }, async () => {
      // The lanes share one iterator: each takes the next person when it is free.
      for (const [index, { user }] of queue) {
        const ctx = await resolveWorkspace({ userId: user.id, orgSlug: organization.slug });
        await withTenant(ctx, (tx) => learnAsDemoPerson(tx, ctx, index, now));
      }
    }),
  );
  // The nightly reporting snapshots of those three months, a week apart, then last night's: the
  // figures managers and HR see, and their trend (ADR 014).
  for (let daysAgo = HISTORY_DAYS - 7; daysAgo > 0; daysAgo -= 7) {
    await runOrganizationSnapshots(ownerCtx.orgId, snapshotCutoff(new Date(now.getTime() - daysAgo * DAY)));
  }
  await runOrganizationSnapshots(ownerCtx.orgId, snapshotCutoff(now));
  return { created: true };
}

type Tx = Parameters<Parameters<typeof withTenant>[1]>[0];

/** How far back the demo's history goes (the first ratings are at most 91 days old). */
const HISTORY_DAYS = 100;

/** Below the pool's ten connections, leaving room for the app when `npm start` seeds. */
const LEARNERS_AT_ONCE = 4;

/**
 * One person's history: most started about three months ago and rated three times (then, six weeks
 * ago and lately), growing a level or so; a few have not started; some asked for help, some wrote
 * reflections or keep a rejection challenge.
 */
async function learnAsDemoPerson(tx: Tx, ctx: WorkspaceContext, index: number, now: Date) {
  const random = randomFrom(index + 1);
  if (index % 10 === 9) return; // Not started yet: dashboards show who has not begun.
  const program = await tx.program.findFirstOrThrow({
    where: { organizationId: ctx.orgId, status: "published" },
    select: {
      statements: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          reflectionPrompts: true,
          resources: { orderBy: { position: "asc" }, select: { id: true } },
        },
      },
    },
  });
  const started = 80 + Math.floor(random() * 12);
  // How far each person got: most are through, some are halfway.
  const reach = index % 4 === 3 ? Math.ceil(program.statements.length / 2) : program.statements.length;
  const rounds = [started, 45 + Math.floor(random() * 5), 3 + Math.floor(random() * 10)];
  for (const [statementIndex, statement] of program.statements.slice(0, reach).entries()) {
    const readOn = new Date(now.getTime() - (started - statementIndex) * DAY);
    for (const resource of statement.resources)
      await setResourceDone({ tx, ctx, input: { resourceId: resource.id, done: true }, now: readOn });
    let level = 1 + Math.floor(random() * 2);
    for (const [round, daysAgo] of rounds.entries()) {
      if (round > 0 && index % 4 === 3) break; // The halfway people rated once.
      const wantsHelp = round === rounds.length - 1 && random() < 0.12;
      await rateStatement({
        tx,
        ctx,
        input: {
          statementId: statement.id,
          level,
          note: "",
          unclear: random() < 0.05,
          wantsHelp,
          requestKey: randomUUID(),
        },
        now: new Date(now.getTime() - (daysAgo - statementIndex * 0.1) * DAY),
      });
      level = Math.min(4, level + (random() < 0.7 ? 1 : 0));
    }
    const prompts = Array.isArray(statement.reflectionPrompts) ? statement.reflectionPrompts : [];
    if (prompts.length > 0 && random() < 0.3)
      await saveReflection({
        tx,
        ctx,
        input: {
          statementId: statement.id,
          promptIndex: 0,
          text: "Jeg la merke til at et nei sjelden handlet om meg som person, men om timing og behov.",
        },
        now: new Date(now.getTime() - rounds[1]! * DAY),
      });
  }
  if (index % 3 === 0) await keepChallenge(tx, ctx, random, now);
}

const asks = [
  { area: "work", ask: "Ba om å få lede neste kundemøte" },
  { area: "job_search", ask: "Søkte en stilling jeg egentlig var litt for ny til" },
  { area: "social", ask: "Inviterte en kollega på lunsj" },
  { area: "work", ask: "Foreslo en ny rutine på teammøtet" },
  { area: "other", ask: "Spurte om rabatt i butikken" },
] as const;

async function keepChallenge(tx: Tx, ctx: WorkspaceContext, random: () => number, now: Date) {
  const today = todayIso(now);
  await saveGoal({
    tx,
    ctx,
    input: { target: 100, startsOn: addDays(today, -80), endsOn: addDays(today, 285) },
  });
  const attempts = 6 + Math.floor(random() * 10);
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const pick = asks[Math.floor(random() * asks.length)]!;
    const outcome = random() < 0.7 ? "no" : random() < 0.6 ? "yes" : "no_answer";
    const before = 2 + Math.floor(random() * 3);
    await addAttempt({
      tx,
      ctx,
      input: {
        requestKey: randomUUID(),
        occurredOn: addDays(today, -Math.floor((80 * (attempts - attempt)) / attempts)),
        area: pick.area,
        ask: pick.ask,
        outcome,
        feelingBefore: before,
        feelingAfter: Math.min(5, before + (outcome === "yes" ? 2 : 1)),
        lesson: outcome === "yes" ? "Det var verdt å spørre." : "",
      },
    });
  }
}
