// Mail through the job queue against a real mail server (npm smtp-server, read with mailparser):
// an outage loses nothing and sends nothing twice, a refusal for good is shown at once, the queue
// gives up after its last attempt, a rolled-back invitation mails nobody, and no request waits
// for the mail server (issue 16, ADR 020).
import net from "node:net";
import { freePort } from "@/scripts/free-port";
import type { ParsedMail } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { getEnv } from "@/lib/env";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { createInvitationInput } from "@/lib/invitations/invitation-input";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { resendFailedInvitations } from "@/lib/invitations/resend-failed-invitations";
import { runDueJobs } from "@/lib/jobs/job-worker";
import { buildOrganization, type TestOrganization } from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { recipientsOf, startTestMailServer, type TestMailServer } from "@/tests/support/mail-server";
import { MAIL_MAX_ATTEMPTS } from "./mail-queue";

const database = setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;
let port = 0;
let server: TestMailServer | null = null;
let received: ParsedMail[] = [];

async function startMailServer(options: { refuse?: string } = {}) {
  server = await startTestMailServer({ port, ...options });
  received = server.received;
}

const mailEnv = () => ({ ...getEnv(), SMTP_URL: `smtp://127.0.0.1:${port}` });
const deliver = () => runDueJobs({ mailEnv: mailEnv() });

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
  port = await freePort();
  received = [];
});

afterEach(async () => {
  await server?.close();
  server = null;
  // What a test left queued is not the next test's.
  await database.owner.$executeRawUnsafe(`delete from graphile_worker._private_jobs`);
});

const invite = (email: string) =>
  withTenant(org.members.admin.ctx, (tx) =>
    createInvitation({
      tx,
      ctx: org.members.admin.ctx,
      input: createInvitationInput.parse({ email, role: "employee", teamIds: [] }),
    }),
  );

const invitationMailState = (email: string) =>
  withTenant(org.members.owner.ctx, (tx) =>
    tx.invitation.findFirstOrThrow({
      where: { email },
      select: { mailSentAt: true, mailError: true, mailFailedAt: true },
    }),
  );

/** Retries wait e^n seconds; a test does not. */
const makeRetriesDue = () =>
  database.owner.$executeRawUnsafe(`update graphile_worker._private_jobs set run_at = now()`);

const queuedJobs = async () =>
  Number(
    (
      await database.owner.$queryRawUnsafe<{ count: bigint }[]>(
        `select count(*) as count from graphile_worker._private_jobs`,
      )
    )[0]!.count,
  );

const recipients = () => received.flatMap(recipientsOf);

describe("mail through the job queue", () => {
  it("keeps five invitations through a mail server outage and delivers each exactly once after it", async () => {
    const people = Array.from({ length: 5 }, (_, index) => `outage-${index}@firma.no`);
    for (const email of people) await invite(email);

    await deliver();
    expect(received).toHaveLength(0);
    for (const email of people) {
      const state = await invitationMailState(email);
      expect(state.mailSentAt).toBeNull();
      expect(state.mailFailedAt).toBeNull();
      expect(state.mailError).toMatch(/ECONNREFUSED/);
    }
    expect(await queuedJobs()).toBe(5);

    await startMailServer();
    await makeRetriesDue();
    // Two workers at once, as with `npm run worker` beside the app: each job is taken by one.
    await Promise.all([deliver(), deliver()]);
    expect(recipients().sort()).toEqual([...people].sort());
    for (const email of people) {
      expect(await invitationMailState(email)).toMatchObject({ mailError: null, mailFailedAt: null });
      expect((await invitationMailState(email)).mailSentAt).not.toBeNull();
    }
    await makeRetriesDue();
    await deliver();
    expect(received).toHaveLength(5);
    expect(await queuedJobs()).toBe(0);
  });

  it("shows a refusal for good at once and does not retry it", async () => {
    await startMailServer({ refuse: "gone@firma.no" });
    await invite("gone@firma.no");
    await invite("here@firma.no");
    await deliver();
    expect(recipients()).toEqual(["here@firma.no"]);
    const gone = await invitationMailState("gone@firma.no");
    expect(gone.mailFailedAt).not.toBeNull();
    expect(gone.mailError).toMatch(/550/);
    expect(await queuedJobs()).toBe(0);
  });

  it(`gives up after the last of ${MAIL_MAX_ATTEMPTS} attempts and says so on the invitation`, async () => {
    await invite("never@firma.no");
    await deliver();
    expect((await invitationMailState("never@firma.no")).mailFailedAt).toBeNull();
    await database.owner.$executeRawUnsafe(
      `update graphile_worker._private_jobs set attempts = max_attempts - 1, run_at = now()`,
    );
    await deliver();
    const state = await invitationMailState("never@firma.no");
    expect(state.mailFailedAt).not.toBeNull();
    expect(state.mailError).toMatch(/ECONNREFUSED/);
  });

  it("lists a failed mail with its reason, and HR sends every failed one again with a new link", async () => {
    await startMailServer({ refuse: "typo@firma.no" });
    const typo = await invite("typo@firma.no");
    await deliver();
    const asHr = <T>(work: Parameters<typeof withTenant<T>>[1]) => withTenant(org.members.admin.ctx, work);
    const listed = await asHr((tx) => listInvitations({ tx, ctx: org.members.admin.ctx }));
    expect(listed.mailsFailed).toBe(1);
    expect(listed.invitations[0]).toMatchObject({
      email: "typo@firma.no",
      mailProblem: { state: "failed", reason: expect.stringMatching(/550/) },
    });
    // From another organization there is nothing of A's to send again.
    const foreign = await withTenant(other.members.admin.ctx, (tx) =>
      resendFailedInvitations({ tx, ctx: other.members.admin.ctx }),
    );
    expect(foreign.resent).toBe(0);

    // The address was fixed on the mail server's side (here: the server stops refusing it).
    await server!.close();
    await startMailServer();
    const resent = await asHr((tx) => resendFailedInvitations({ tx, ctx: org.members.admin.ctx }));
    expect(resent.resent).toBe(1);
    expect(resent.outgoing[0]!.token).not.toBe(typo.outgoing[0]!.token);
    await deliver();
    expect(recipients()).toEqual(["typo@firma.no"]);
    expect(String(received[0]!.text)).toContain(resent.outgoing[0]!.token);
    const after = await asHr((tx) => listInvitations({ tx, ctx: org.members.admin.ctx }));
    expect(after.mailsFailed).toBe(0);
    expect(after.invitations[0]!.mailProblem).toBeNull();
    expect((await asHr((tx) => resendFailedInvitations({ tx, ctx: org.members.admin.ctx }))).resent).toBe(0);
  });

  it("mails nobody for an invitation whose transaction rolled back", async () => {
    await startMailServer();
    await expect(
      withTenant(org.members.admin.ctx, async (tx) => {
        await createInvitation({
          tx,
          ctx: org.members.admin.ctx,
          input: createInvitationInput.parse({
            email: "rolled-back@firma.no",
            role: "employee",
            teamIds: [],
          }),
        });
        throw new Error("something later in the same transaction failed");
      }),
    ).rejects.toThrow("something later");
    expect(await queuedJobs()).toBe(0);
    await deliver();
    expect(received).toHaveLength(0);
  });

  it("answers the inviting request without talking to the mail server, even a silent one", async () => {
    // Accepts connections and never says a word, like a mail server that hangs.
    const connections: net.Socket[] = [];
    const silent = net.createServer((socket) => connections.push(socket));
    await new Promise<void>((resolve) => silent.listen(port, "127.0.0.1", resolve));
    try {
      await invite("patient@firma.no");
      expect(connections).toHaveLength(0);
      expect(await queuedJobs()).toBe(1);
    } finally {
      connections.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
