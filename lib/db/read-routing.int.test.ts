// A real streaming replica of the test Postgres (scripts/cluster/replica.ts: the SQL base-backup
// API), and the read routing of ADR 036 against it: a page's read goes to the replica, a read right
// after the same person's write (through the action pipeline) goes to the primary, and a replica
// that is down sends reads to the primary and takes them back once it streams again.
import { freePort } from "@/scripts/free-port";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { APP_ROLE, withCredentials, withDatabase } from "@/lib/env";
import type { TestOrganization } from "@/lib/orgs/testing/build-organization";
import type { RequestRecord } from "@/lib/runtime/request-context";
import { setupTestDatabase } from "@/tests/db";
import { TEST_PG_DIR } from "@/tests/support/test-server";
import { withClient } from "../../scripts/db/server";
import {
  createReplica,
  replicationStatus,
  waitForReplay,
  type ReplicaServer,
} from "../../scripts/cluster/replica";

// The cookie jar of "the browser": what the action sets, the next request sends.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
  }),
}));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionUser: vi.fn(),
}));

const database = setupTestDatabase();
const slot = `evne_test_${randomBytes(4).toString("hex")}`;

let replica: ReplicaServer;
let org: TestOrganization;
// Imported once REPLICA_DATABASE_URL is set: lib/env reads the environment once.
let routing: typeof import("./read-routing");
let records: typeof import("@/lib/runtime/request-context");
let tenant: typeof import("./tenant");

/** One "request": a read of the organization's teams through the routing, and which database answered. */
async function readTeams(userId: string): Promise<{ names: string[]; read: RequestRecord["read"] }> {
  const record: RequestRecord = {};
  const names = await records.withRequestRecord(record, () =>
    routing.withTenantRead({ orgId: org.id, userId }, async (tx) =>
      (await tx.team.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((team) => team.name),
    ),
  );
  return { names, read: record.read };
}

beforeAll(async () => {
  replica = await createReplica({
    primaryAdminUrl: database.adminUrl,
    primaryDataDir: TEST_PG_DIR,
    dataDir: `.data/replica-test-${slot}`,
    port: await freePort(),
    slot,
    log: () => {},
  });
  const appPassword = new URL(database.appUrl).password;
  process.env.REPLICA_DATABASE_URL = withCredentials(
    withDatabase(replica.adminUrl, database.name),
    APP_ROLE,
    decodeURIComponent(appPassword),
  );
  routing = await import("./read-routing");
  records = await import("@/lib/runtime/request-context");
  tenant = await import("./tenant");
  const { buildOrganization } = await import("@/lib/orgs/testing/build-organization");
  org = await buildOrganization();
  await tenant.withTenant({ orgId: org.id, userId: org.members.owner.id }, (tx) =>
    tx.team.create({ data: { organizationId: org.id, name: "Alfa" } }),
  );
  await waitForReplay({ primaryAdminUrl: database.adminUrl, replicaAdminUrl: replica.adminUrl });
}, 60_000);

afterAll(async () => {
  // The environment and globalThis outlive this file in its worker: later files must not see a replica.
  delete process.env.REPLICA_DATABASE_URL;
  routing?.resetReadRouting();
  const globals = globalThis as { evneReplicaDb?: { $disconnect(): Promise<void> } | null };
  await globals.evneReplicaDb?.$disconnect();
  delete globals.evneReplicaDb;
  await replica?.destroy();
});

describe("a streaming replica made with the SQL base-backup API", () => {
  it("is in recovery, streams from the primary and replays what the primary writes", async () => {
    const status = await replicationStatus({
      primaryAdminUrl: database.adminUrl,
      replicaAdminUrl: replica.adminUrl,
      slot,
    });
    expect(status.inRecovery).toBe(true);
    expect(status.state).toBe("streaming");

    await tenant.withTenant({ orgId: org.id, userId: org.members.owner.id }, (tx) =>
      tx.team.create({ data: { organizationId: org.id, name: "Bravo" } }),
    );
    await waitForReplay({ primaryAdminUrl: database.adminUrl, replicaAdminUrl: replica.adminUrl });
    // Read as the application role, on the replica, under the same row-level security.
    const { createDbClient } = await import("./client");
    const onReplica = createDbClient(process.env.REPLICA_DATABASE_URL!);
    try {
      const seen = await tenant.withTenantOn(
        onReplica,
        { orgId: org.id, userId: org.members.owner.id },
        (tx) => tx.team.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
      );
      expect(seen.map((team) => team.name)).toEqual(["Alfa", "Bravo"]);
      const unscoped = await tenant.withTenantOn(
        onReplica,
        { orgId: "00000000-0000-4000-8000-000000000000", userId: org.members.owner.id },
        (tx) => tx.team.count(),
      );
      expect(unscoped).toBe(0);
      await expect(
        onReplica.team.create({ data: { organizationId: org.id, name: "Charlie" } }),
      ).rejects.toThrow(/read-only/);
    } finally {
      await onReplica.$disconnect();
    }
  });
});

describe("read routing (ADR 036)", () => {
  it("sends a page's read to the replica once it is measured, and shows its lag in /api/health", async () => {
    jar.clear();
    // Not measured yet: the primary, while the measurement starts.
    routing.resetReadRouting();
    expect((await readTeams(org.members.employee.id)).read).toBe("primary");
    const state = await routing.measureReplica();
    expect(state.ok).toBe(true);

    const read = await readTeams(org.members.employee.id);
    expect(read.read).toBe("replica");
    expect(read.names).toContain("Alfa");

    const { GET } = await import("@/app/api/health/route");
    const health = (await (await GET()).json()) as {
      status: string;
      replica?: { ok: boolean; lagMs: number };
    };
    expect(health.status).toBe("ok");
    expect(health.replica?.ok).toBe(true);
    expect(typeof health.replica?.lagMs).toBe("number");
  });

  it("sends the reads right after a person's own write to the primary, which has it", async () => {
    jar.clear();
    await routing.measureReplica();
    const { getSessionUser } = await import("@/lib/auth/session");
    const owner = org.members.owner;
    vi.mocked(getSessionUser).mockResolvedValue({
      id: owner.id,
      email: owner.email,
      name: owner.name,
      language: "nb",
    });
    const { workspaceAction } = await import("@/lib/actions/pipeline");
    // Gated like the real team form: by the permission the createTeam use case declares.
    const { createTeam: teamUseCase } = await import("@/lib/teams/create-team");
    const createTeam = workspaceAction({
      useCase: teamUseCase,
      input: z.object({ name: z.string().min(1) }),
      handler: ({ tx, ctx, input }) =>
        tx.team.create({ data: { organizationId: ctx.orgId, name: input.name }, select: { id: true } }),
      after: () => {},
    });

    // The replica stops replaying (it still receives): whatever the person writes now, it lacks.
    await withClient(withDatabase(replica.adminUrl, "postgres"), (client) =>
      client.query("select pg_wal_replay_pause()"),
    );

    // The action's own answer (it re-renders the page) reads the primary…
    const record: RequestRecord = {};
    const afterWrite = await records.withRequestRecord(record, async () => {
      const result = await createTeam({ lang: "nb", orgSlug: org.slug }, { ok: false } as never, {
        name: "Delta",
      });
      expect(result.ok).toBe(true);
      return routing.withTenantRead({ orgId: org.id, userId: owner.id }, (tx) =>
        tx.team.findMany({ select: { name: true } }),
      );
    });
    expect(record.read).toBe("primary");
    expect(afterWrite.map((team) => team.name)).toContain("Delta");

    // …and so does the person's next request, which carries the cookie the action set: the
    // primary's WAL position after the write, which the replica has not replayed.
    await routing.measureReplica();
    expect(jar.get("evne_read_after")).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    const next = await readTeams(owner.id);
    expect(next.read).toBe("primary");
    expect(next.names).toContain("Delta");

    // Once the replica has replayed the write, the same person reads from it again, and sees it.
    await withClient(withDatabase(replica.adminUrl, "postgres"), (client) =>
      client.query("select pg_wal_replay_resume()"),
    );
    await waitForReplay({ primaryAdminUrl: database.adminUrl, replicaAdminUrl: replica.adminUrl });
    await routing.measureReplica();
    const later = await readTeams(owner.id);
    expect(later.read).toBe("replica");
    expect(later.names).toContain("Delta");

    // Someone else, without that cookie, reads the replica.
    jar.clear();
    expect((await readTeams(org.members.employee.id)).read).toBe("replica");
  });

  it("reads the primary while the replica is down, and the replica again once it is back", async () => {
    jar.clear();
    await routing.measureReplica();
    expect((await readTeams(org.members.employee.id)).read).toBe("replica");

    await replica.stop();
    // The pool's idle connections died with the server: the read fails there and runs on the primary.
    const during = await readTeams(org.members.employee.id);
    expect(during.read).toBe("primary");
    expect(during.names).toContain("Alfa");
    // The breaker is open: the next read does not try the replica.
    expect((await readTeams(org.members.employee.id)).read).toBe("primary");
    expect((await routing.measureReplica()).ok).toBe(false);
    expect((await routing.replicaHealth())?.ok).toBe(false);

    await replica.start();
    await waitForReplay({ primaryAdminUrl: database.adminUrl, replicaAdminUrl: replica.adminUrl });
    // Forget the breaker's remaining seconds instead of waiting for them.
    routing.resetReadRouting();
    await routing.measureReplica();
    expect((await readTeams(org.members.employee.id)).read).toBe("replica");
  });
});
