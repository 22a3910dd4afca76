import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { createDbClient, db } from "@/lib/db/client";
import { checkDatabase } from "@/lib/db/health";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { withClient } from "../../scripts/db/server";
import { setupTestDatabase } from "../db";

const database = setupTestDatabase();

describe("checkDatabase", () => {
  it("is ok when the database answers, as the application role", async () => {
    expect(await checkDatabase()).toEqual({ ok: true });
    const [who] = await db.$queryRaw<
      { user: string; database: string }[]
    >`select current_user as user, current_database() as database`;
    expect(who).toEqual({ user: "evne_app", database: database.name });
  });

  it("answers quickly when nothing listens", async () => {
    const down = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://evne_app:x@127.0.0.1:9/evne" }),
    });
    const started = Date.now();
    const health = await checkDatabase({ client: down, timeoutMs: 1_000 });
    expect(health).toEqual({ ok: false, reason: "database unavailable (DatabaseNotReachable)" });
    expect(Date.now() - started).toBeLessThan(1_500);
    await down.$disconnect();
  });

  it("gives up after the timeout when the server accepts but never answers", async () => {
    // A listener on loopback that never speaks stands in for a hung server.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const hung = createDbClient(`postgresql://evne_app:x@127.0.0.1:${port}/evne`);
    const started = Date.now();
    const health = await checkDatabase({ client: hung, timeoutMs: 300 });
    expect(health).toEqual({ ok: false, reason: "no answer within 300 ms" });
    expect(Date.now() - started).toBeLessThan(1_000);
    for (const socket of sockets) socket.destroy();
    silent.close();
    await hung.$disconnect().catch(() => {});
  });

  it("recovers once the server is back (connections cut)", async () => {
    expect(await checkDatabase()).toEqual({ ok: true });
    // What a server restart does to the pool's open connections (a role may end its own sessions).
    const cut = await withClient(database.appUrl, (client) =>
      client.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where usename = current_user and datname = current_database() and pid <> pg_backend_pid()`,
      ),
    );
    expect(cut.rowCount).toBeGreaterThan(0);
    let health = await checkDatabase();
    for (let attempt = 0; attempt < 5 && !health.ok; attempt++) health = await checkDatabase();
    expect(health).toEqual({ ok: true });
  });
});
