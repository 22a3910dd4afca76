// Notification mails with a clock passed in, delivered to a real mail server (npm smtp-server, read
// with mailparser): assigned (with its calendar entry), due-date reminders at the right moments and
// never after completion or twice, "rate again" once per interval, the weekly digest, preferences
// and unsubscribe (issue 16, ADR 020).
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { getEnv } from "@/lib/env";
import {
  addPeople,
  addTeam,
  askForHelp,
  asOwner,
  assignToTeams,
  buildInsightOrganization,
  completeProgram,
  rate,
  type InsightOrganization,
} from "@/lib/insights/testing/insight-fixtures";
import { runDueJobs } from "@/lib/jobs/job-worker";
import { seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import { setupTestDatabase } from "@/tests/db";
import { recipientsOf, startTestMailServer, type TestMailServer } from "@/tests/support/mail-server";
import { getMailPreferences, setMailPreferences, unsubscribeWithToken } from "./mail-preferences";
import { runOrganizationNotifications } from "./run-due-notifications";
import { unsubscribeToken } from "./unsubscribe-token";

const database = setupTestDatabase();
const DAY = 24 * 60 * 60 * 1000;
let mailServer: TestMailServer;
let received: ParsedMail[] = [];
let port = 0;

beforeAll(async () => {
  await seedTestLibrary(database.owner);
  mailServer = await startTestMailServer();
  ({ port, received } = mailServer);
});

afterAll(() => mailServer.close());

beforeEach(async () => {
  received.length = 0;
  await database.owner.$executeRawUnsafe(`delete from graphile_worker._private_jobs`);
});

/** Everything due at `now`: the scan, then the queue, delivered to the test's mail server. */
const runAt = (now: Date) =>
  runDueJobs({ now, scheduled: true, mailEnv: { ...getEnv(), SMTP_URL: `smtp://127.0.0.1:${port}` } });

const addressesOf = recipientsOf;
const mailsTo = (email: string) => received.filter((mail) => addressesOf(mail).includes(email));

/** A day at noon UTC, `days` from the base day. */
const base = Date.UTC(2027, 2, 1, 12); // Monday 1 March 2027
const at = (days: number, hour = 12) => new Date(base + days * DAY + (hour - 12) * 60 * 60 * 1000);
const dateOnly = (date: Date) => new Date(date.toISOString().slice(0, 10));

async function people(org: InsightOrganization, count: number) {
  const ids = await addPeople(org, count, "Lærer");
  const users = await asOwner(org, (tx) =>
    tx.membership.findMany({
      where: { id: { in: ids } },
      select: { id: true, user: { select: { id: true, email: true } } },
    }),
  );
  const byId = new Map(users.map((row) => [row.id, row.user]));
  return ids.map((id) => ({ membershipId: id, ...byId.get(id)! }));
}

describe("notification mails", () => {
  it("mails each assignee once, in their language, with the due date as a calendar entry", async () => {
    const org = await buildInsightOrganization();
    const [ada, bo] = await people(org, 2);
    await database.owner.user.update({ where: { id: bo!.id }, data: { language: "en" } });
    const team = await addTeam(org, [ada!.membershipId, bo!.membershipId]);
    const due = dateOnly(at(10));
    await assignToTeams(org, [team], due);
    await runAt(at(0));

    const [toAda] = mailsTo(ada!.email);
    expect(mailsTo(ada!.email)).toHaveLength(1);
    expect(toAda!.subject).toMatch(/^Nytt program til deg: /);
    expect(toAda!.text).toContain(`/nb/o/${org.slug}/learn/${org.programId}`);
    const calendar = toAda!.attachments.find((file) => file.contentType.startsWith("text/calendar"));
    expect(calendar?.filename).toBe("evne.ics");
    // Unfolded: RFC 5545 folds lines longer than 75 octets.
    const ics = calendar!.content.toString("utf8").replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20270311/);
    expect(ics).toContain(`/learn/${org.programId}`);
    // One-click unsubscribe (RFC 8058), signed for this person and this kind of mail.
    const header = (key: string) =>
      toAda!.headerLines.find((line) => line.key === key)?.line.replace(/\r\n[ \t]+/g, " ");
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toMatch(
      /^List-Unsubscribe: <http\S+\/api\/unsubscribe\?token=[^>]+>$/,
    );
    expect(mailsTo(bo!.email)[0]!.subject).toMatch(/^A new program for you: /);

    // The scan a quarter later, another worker, or assigning to the same team again: nothing twice.
    await assignToTeams(org, [team], due);
    await Promise.all([runAt(at(0, 13)), runAt(at(0, 13))]);
    expect(mailsTo(ada!.email)).toHaveLength(1);
    expect(mailsTo(bo!.email)).toHaveLength(1);
  });

  it("reminds 7 days and 1 day before and the day after, only those who have not completed, never twice", async () => {
    const org = await buildInsightOrganization();
    const [late, done] = await people(org, 2);
    const team = await addTeam(org, [late!.membershipId, done!.membershipId]);
    const due = dateOnly(at(10));
    await assignToTeams(org, [team], due);
    await runAt(at(0)); // the "assigned" mails
    received.length = 0;

    const reminders = (email: string) => mailsTo(email).map((mail) => mail.subject);
    await runAt(at(2)); // 8 days before: nothing yet
    expect(received).toHaveLength(0);
    await runAt(at(3)); // 7 days before
    expect(reminders(late!.email)).toEqual([expect.stringMatching(/frist om 7 dager$/)]);
    // Two workers scanning at the same moment, then a later scan the same day: still one each.
    await Promise.all([runAt(at(3, 15)), runAt(at(3, 15))]);
    await runAt(at(5));
    expect(reminders(late!.email)).toHaveLength(1);

    await completeProgram(org, done!.membershipId, at(5));
    await runAt(at(9)); // the day before
    expect(reminders(late!.email)).toEqual([
      expect.stringMatching(/frist om 7 dager$/),
      expect.stringMatching(/frist i morgen$/),
    ]);
    await runAt(at(10)); // the due date itself: already reminded the day before
    await runAt(at(11)); // the day after it passed
    expect(reminders(late!.email)).toHaveLength(3);
    expect(reminders(late!.email)[2]).toMatch(/fristen har gått ut$/);
    // Completed before the day-before reminder: only the first reminder reached them.
    expect(reminders(done!.email)).toHaveLength(1);
    await runAt(at(12));
    await runAt(at(30));
    expect(reminders(late!.email)).toHaveLength(3);
  });

  it("follows the organization's reminder days, and sends none when they are turned off", async () => {
    const org = await buildInsightOrganization();
    const [person] = await people(org, 1);
    const team = await addTeam(org, [person!.membershipId]);
    await asOwner(org, (tx) =>
      tx.organization.update({
        where: { id: org.id },
        data: { reminderDaysBefore: [3], overdueReminder: false },
      }),
    );
    await assignToTeams(org, [team], dateOnly(at(10)));
    await runAt(at(0));
    received.length = 0;
    await runAt(at(3)); // 7 days before: not a day this organization reminds on
    expect(received).toHaveLength(0);
    await runAt(at(7));
    expect(mailsTo(person!.email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/frist om 3 dager$/),
    ]);
    await runAt(at(11));
    expect(mailsTo(person!.email)).toHaveLength(1);
  });

  it("asks to rate again once the newest rating is older than the refresh interval, once per interval", async () => {
    const org = await buildInsightOrganization();
    const [person] = await people(org, 1);
    const team = await addTeam(org, [person!.membershipId]);
    await assignToTeams(org, [team]);
    await runAt(at(0));
    received.length = 0;
    await rate(org, person!.membershipId, org.statements[0]!, 2, at(1));
    await runAt(at(30)); // 29 days: fresh (the default interval is 30 days)
    expect(received).toHaveLength(0);
    await runAt(at(32));
    expect(mailsTo(person!.email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Tid for å vurdere deg selv igjen: /),
    ]);
    await runAt(at(40));
    expect(mailsTo(person!.email)).toHaveLength(1);
    // Rated again: the next reminder comes an interval after that rating.
    await rate(org, person!.membershipId, org.statements[0]!, 3, at(41));
    await runAt(at(60));
    expect(mailsTo(person!.email)).toHaveLength(1);
    await runAt(at(72));
    expect(mailsTo(person!.email)).toHaveLength(2);
  });

  it("sends managers and HR a digest on Monday: help requests and who is overdue in their teams only", async () => {
    const org = await buildInsightOrganization();
    const [mine, theirs] = await people(org, 2);
    const manager = org.members.manager;
    const myTeam = await addTeam(org, [mine!.membershipId], manager, "Mitt lag");
    const otherTeam = await addTeam(org, [theirs!.membershipId], undefined, "Andres lag");
    await assignToTeams(org, [myTeam, otherTeam], dateOnly(at(-3)));
    for (const person of [mine!, theirs!]) {
      const { id } = await askForHelp(org, person.membershipId, org.statements[0]!);
      await asOwner(org, (tx) =>
        tx.helpRequest.update({
          where: { organizationId_id: { organizationId: org.id, id: id } },
          data: { createdAt: at(-2) },
        }),
      );
    }
    await runAt(at(-1)); // a Sunday: assigned mails and overdue reminders, no digest
    const digests = () => received.filter((mail) => /^Uken i /.test(mail.subject ?? ""));
    expect(digests()).toHaveLength(0);

    await runAt(at(0, 7)); // Monday morning
    const toManager = digests().filter((mail) => addressesOf(mail).includes(manager.email));
    expect(toManager).toHaveLength(1);
    expect(toManager[0]!.text).toContain("Mitt lag: 1 ny forespørsel om hjelp.");
    expect(toManager[0]!.text).toMatch(/Over fristen: Lærer \d{3} /);
    expect(toManager[0]!.text).not.toContain("Andres lag");
    const toHr = digests().filter((mail) => addressesOf(mail).includes(org.members.admin.email));
    expect(toHr).toHaveLength(1);
    // Three assigned: both learners and the manager, who is in his team too (as on My programs).
    expect(toHr[0]!.text).toContain("Fullført: 0 av 3 tildelte programmer");
    expect(toHr[0]!.text).toContain("3 personer er over en frist.");
    // An employee gets none; and the next scan that week sends nobody another.
    expect(digests().filter((mail) => addressesOf(mail).includes(mine!.email))).toHaveLength(0);
    const sent = digests().length;
    await runAt(at(2));
    expect(digests()).toHaveLength(sent);
    expect(digests().filter((mail) => addressesOf(mail).includes(manager.email))).toHaveLength(1);
  });

  it("honours preferences and one-click unsubscribe; a bad token changes nothing", async () => {
    const org = await buildInsightOrganization();
    const [quiet, unsubscribed] = await people(org, 2);
    const team = await addTeam(org, [quiet!.membershipId, unsubscribed!.membershipId]);
    await setMailPreferences({
      userId: quiet!.id,
      preferences: { assigned: false, dueReminder: true, rateAgain: true, digest: true },
    });
    expect(await getMailPreferences(quiet!.id)).toEqual({
      assigned: false,
      dueReminder: true,
      rateAgain: true,
      digest: true,
    });
    const token = unsubscribeToken({ userId: unsubscribed!.id, kind: "dueReminder" });
    const [body, signature] = token.split(".");
    expect(await unsubscribeWithToken(`${body}.${signature}A`)).toBeNull();
    expect((await getMailPreferences(unsubscribed!.id)).dueReminder).toBe(true);
    expect(await unsubscribeWithToken(token)).toEqual({ kind: "dueReminder" });
    expect(await unsubscribeWithToken(token)).toEqual({ kind: "dueReminder" });
    expect(await getMailPreferences(unsubscribed!.id)).toEqual({
      assigned: true,
      dueReminder: false,
      rateAgain: true,
      digest: true,
    });

    await assignToTeams(org, [team], dateOnly(at(7)));
    await runAt(at(0));
    expect(mailsTo(quiet!.email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/frist om 7 dager$/),
    ]);
    expect(mailsTo(unsubscribed!.email).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Nytt program til deg: /),
    ]);
  });

  it("decides an organization's notifications in its own transaction: another's people are not seen", async () => {
    const org = await buildInsightOrganization();
    const other = await buildInsightOrganization();
    const [person] = await people(other, 1);
    const team = await addTeam(other, [person!.membershipId]);
    await assignToTeams(other, [team], dateOnly(at(3)));
    await database.owner.$executeRawUnsafe(`delete from graphile_worker._private_jobs`);
    // Scanning the first organization claims nothing of the second's.
    expect(await runOrganizationNotifications(org.id, at(1))).toEqual({
      assigned: 0,
      dueReminder: 0,
      rateAgain: 0,
      digest: 0,
    });
    const seen = await withTenant(org.members.owner.ctx, (tx) => tx.notification.count());
    expect(seen).toBe(0);
  });
});
