// npm run load:cluster — Evne as several instances behind a load balancer with a read replica
// (issue 22, ADR 036). Everything under .data/cluster, removed afterwards:
//   an embedded Postgres as primary (CLUSTER_PG_PORT, default 54420) and a streaming read replica
//   of it (the next port; scripts/cluster/replica.ts); three app instances (scripts/app-server.ts,
//   one process each, JOB_WORKER=off, REPLICA_DATABASE_URL set; CLUSTER_PORT+1…+3); the job worker
//   on its own (npm run worker); HAProxy in front (CLUSTER_PORT, default 3220; statistics on +9).
// The learners of npm run load read resources and rate statements through HAProxy, and after each
// rating open that statement's page, which must show the new level (read your own writes). In
// the middle of the run one instance is killed (SIGKILL), later the replica is stopped for a few
// seconds and started again. Then: the database against what the learners were told, a library
// update seen by every instance, one rating sent twice to two instances. Writes
// cluster-results.json; exits non-zero when a target is missed.
// Flags: --duration=<s> (LOAD_DURATION_S, default 60), --connections=<n> (LOAD_CONNECTIONS, default 50).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { APP_ROLE, getEnv, withCredentials, withDatabase } from "../../lib/env";
import { seedLibraryAt } from "../../lib/library/seed-library";
import { buildIfStale } from "../build-if-stale";
import { haproxyConfig, haproxyStats, startHaproxy, HAPROXY } from "../cluster/haproxy";
import { createReplica, replicationStatus, type ReplicaServer } from "../cluster/replica";
import { runCli } from "../db/run-cli";
import { applyMigrations } from "../db/schema-engine";
import { ensureDatabaseServer, withClient } from "../db/server";
import { startAppServer, waitUntilHealthy } from "../serve-app";
import { captureFirstLearnerRating } from "./capture-rating-request";
import { checkRatings } from "./check-ratings";
import { driveLearners, percentile, type LearnerEvent } from "./drive-learners";
import { countAppConnections, waitForExit } from "./drain-probe";
import { seedLearners } from "./seed-learners";

const LOAD_DATABASE = "evne_load";
const SLOT = "evne_cluster_replica";
const INSTANCES = 3;
const root = path.resolve(__dirname, "..", "..");
const clusterDir = path.join(root, ".data", "cluster");
/** The processes' output and unexpected answers: kept after the run (the data folders are not). */
const logDir = path.join(root, ".data", "cluster-logs");

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

type Instance = { name: string; port: number; child: ChildProcess; killedAt?: number; diedAt?: number };

runCli(async () => {
  const env = getEnv();
  const settings = {
    durationS: Number(flag("duration") ?? process.env.LOAD_DURATION_S ?? 60),
    connections: Number(flag("connections") ?? process.env.LOAD_CONNECTIONS ?? 50),
    pgPort: Number(process.env.CLUSTER_PG_PORT ?? 54420),
    port: Number(process.env.CLUSTER_PORT ?? 3220),
  };
  const learners = Math.max(50, settings.connections);
  // The faults, as shares of the run: an instance killed at 30 %, the replica down from 55 % for 5 s.
  const killAtMs = settings.durationS * 1000 * 0.3;
  const replicaStopAtMs = settings.durationS * 1000 * 0.55;
  const replicaDownMs = 5_000;
  if (!HAPROXY)
    throw new Error(
      "HAProxy is not installed: apt-get install -y haproxy (npm test installs it as root on Debian)",
    );

  rmSync(clusterDir, { recursive: true, force: true });
  mkdirSync(clusterDir, { recursive: true });
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const logTo = (name: string) => {
    const file = path.join(logDir, `${name}.log`);
    writeFileSync(file, "");
    return (chunk: Buffer) => writeFileSync(file, chunk, { flag: "a" });
  };

  const primaryDir = path.join(clusterDir, "primary");
  const primary = await ensureDatabaseServer({
    dataDir: primaryDir,
    port: settings.pgPort,
    env: { ...env, DATABASE_URL: undefined },
  });
  const children: ChildProcess[] = [];
  let replica: ReplicaServer | undefined;
  const instances: Instance[] = [];
  try {
    if (!primary.startedHere)
      throw new Error(`a Postgres already runs on port ${settings.pgPort}: load:cluster starts its own`);
    const ownerUrl = withDatabase(primary.ownerUrl, LOAD_DATABASE);
    const appUrl = withCredentials(ownerUrl, APP_ROLE, env.APP_DATABASE_PASSWORD);
    const inspectUrl = withDatabase(primary.adminUrl, LOAD_DATABASE);
    await withClient(primary.adminUrl, (client) =>
      client.query(`CREATE DATABASE ${LOAD_DATABASE} OWNER ${primary.ownerRole}`),
    );
    await applyMigrations(ownerUrl);
    await seedLibraryAt(ownerUrl);
    buildIfStale({ ...process.env, APP_DATABASE_URL: appUrl });
    const plan = seedLearners(appUrl, learners, path.join(clusterDir, "load-plan.json"));

    replica = await createReplica({
      primaryAdminUrl: primary.adminUrl,
      primaryDataDir: primaryDir,
      dataDir: path.join(clusterDir, "replica"),
      port: settings.pgPort + 1,
      slot: SLOT,
    });
    const replicaAppUrl = withCredentials(
      withDatabase(replica.adminUrl, LOAD_DATABASE),
      APP_ROLE,
      env.APP_DATABASE_PASSWORD,
    );

    for (let index = 1; index <= INSTANCES; index++) {
      const name = `app${index}`;
      const port = settings.port + index;
      const child = startAppServer({
        appUrl,
        port,
        host: "127.0.0.1",
        processes: 1,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          JOB_WORKER: "off",
          SNAPSHOT_SCHEDULER: "off",
          REPLICA_DATABASE_URL: replicaAppUrl,
          TRUSTED_PROXY_HOPS: "1",
        },
      });
      const log = logTo(name);
      child.stdout?.on("data", log);
      child.stderr?.on("data", log);
      children.push(child);
      instances.push({ name, port, child });
    }
    for (const instance of instances)
      if (!(await waitUntilHealthy(`http://127.0.0.1:${instance.port}/api/health`, 90_000)))
        throw new Error(`${instance.name} did not start (see .data/cluster-logs/${instance.name}.log)`);

    const worker = spawn(
      process.execPath,
      [require.resolve("tsx/cli"), "--conditions=react-server", path.join(root, "scripts", "worker.ts")],
      { cwd: root, env: { ...process.env, APP_DATABASE_URL: appUrl }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const workerLog = logTo("worker");
    worker.stdout?.on("data", workerLog);
    worker.stderr?.on("data", workerLog);
    children.push(worker);

    const configFile = path.join(clusterDir, "haproxy.cfg");
    const statsPort = settings.port + 9;
    writeFileSync(
      configFile,
      haproxyConfig({
        port: settings.port,
        statsPort,
        servers: instances.map(({ name, port }) => ({ name, port })),
      }),
    );
    const haproxy = startHaproxy(configFile, logTo("haproxy"));
    children.push(haproxy);
    const baseUrl = `http://127.0.0.1:${settings.port}`;
    if (!(await waitUntilHealthy(`${baseUrl}/api/health`, 20_000)))
      throw new Error("HAProxy did not answer (see .data/cluster-logs/haproxy.log)");
    // Until every instance passed its checks, HAProxy sends nothing to it.
    await waitFor(
      async () => (await haproxyStats(statsPort)).every((server) => server.status === "UP"),
      20_000,
    );

    const status = await replicationStatus({
      primaryAdminUrl: primary.adminUrl,
      replicaAdminUrl: replica.adminUrl,
      slot: SLOT,
    });
    console.log(`Replica: in recovery ${status.inRecovery}, ${status.state}, lag ${status.lagBytes} bytes.`);

    const rating = await captureFirstLearnerRating(baseUrl, plan, inspectUrl);
    let unexpected = 0;
    const common = {
      baseUrl,
      plan,
      rating,
      onUnexpected: (event: LearnerEvent, body: string, headers: Headers) => {
        if (++unexpected <= 8)
          writeFileSync(
            path.join(logDir, `unexpected-${unexpected}-${event.kind}-${event.status}.txt`),
            `sent at ${new Date(event.sentAt).toISOString()}\n${JSON.stringify(Object.fromEntries(headers), null, 2)}\n\n${body.slice(0, 20_000)}`,
          );
      },
    };
    console.log(`\nWarming the three instances: ${settings.connections} learners for 10 s`);
    await driveLearners({ ...common, connections: settings.connections, durationS: 10 });

    console.log(
      `\n${settings.connections} learners for ${settings.durationS} s through HAProxy; ` +
        `${instances[1]!.name} killed at ${killAtMs / 1000} s, the replica stopped at ${replicaStopAtMs / 1000} s for ${replicaDownMs / 1000} s`,
    );
    const health: { at: number; replica?: { ok: boolean; lagMs: number | null } }[] = [];
    let replicaWindow: Promise<{ stopAt: number; upAt: number }> | undefined;
    let sampling: ReturnType<typeof setInterval> | undefined;
    const victim = instances[1]!;
    const run = await driveLearners({
      ...common,
      connections: settings.connections,
      durationS: settings.durationS,
      onStart: () => {
        setTimeout(() => {
          victim.child.once("exit", () => (victim.diedAt = Date.now()));
          victim.killedAt = Date.now();
          const pids = killInstance(victim.child);
          console.log(`  ${victim.name} killed (SIGKILL to ${pids.join(", ")})`);
        }, killAtMs);
        replicaWindow = new Promise((resolve, reject) =>
          setTimeout(() => {
            const stopAt = Date.now();
            replica!
              .stop()
              .then(() => console.log(`  replica stopped; starting it again in ${replicaDownMs / 1000} s`))
              .then(() => new Promise((done) => setTimeout(done, replicaDownMs)))
              .then(() => replica!.start())
              .then(() => {
                console.log(`  replica back after ${((Date.now() - stopAt) / 1000).toFixed(1)} s`);
                resolve({ stopAt, upAt: Date.now() });
              }, reject);
          }, replicaStopAtMs),
        );
        sampling = setInterval(() => {
          const at = Date.now();
          void fetch(`${baseUrl}/api/health`)
            .then(
              (response) => response.json() as Promise<{ replica?: { ok: boolean; lagMs: number | null } }>,
            )
            .then((body) => health.push({ at, ...(body.replica ? { replica: body.replica } : {}) }))
            .catch(() => health.push({ at }));
        }, 1_000);
      },
    });
    clearInterval(sampling);
    const { stopAt, upAt } = await replicaWindow!;
    const killedAt = victim.killedAt!;

    const ratings = await withClient(inspectUrl, (client) => checkRatings(client, plan.orgId, run.ratings));
    const servers = await haproxyStats(statsPort);
    const shared = await checkSharedState({
      instances,
      victim,
      plan,
      rating,
      inspectUrl,
      primaryAdminUrl: primary.adminUrl,
    });

    const failed = run.events.filter((event) => !event.ok);
    // In flight on the killed instance: sent before it was gone, answered (with an error) after the
    // kill. SIGKILL is not instant: until the process has exited (a few milliseconds), its socket
    // still accepts what HAProxy sends it. HAProxy knows where each request went; the client does
    // not, so every request in flight then is a candidate, and the count of failures among them is
    // the figure.
    const goneAt = Math.max(killedAt, victim.diedAt ?? killedAt);
    const inFlightAtKill = (event: LearnerEvent) => event.sentAt <= goneAt && event.at >= killedAt;
    const failedAtKill = failed.filter(inFlightAtKill);
    const failedElsewhere = failed.filter((event) => !inFlightAtKill(event));
    const reads = run.events.filter((event) => event.kind === "read" || event.kind === "check");
    const readsIn = (from: number, to: number) =>
      reads.filter((event) => event.sentAt >= from && event.at < to);
    // The breaker and the lag measurement need a moment after the replica went down and came back.
    const outage = readsIn(stopAt + 1_000, upAt);
    const beforeOutage = readsIn(killedAt + 5_000, stopAt);
    const afterOutage = readsIn(upAt + 3_000, Number.POSITIVE_INFINITY);
    const checks = run.events.filter((event) => event.kind === "check");
    const checksAnswered = checks.filter((event) => event.status === 200);
    const answered = run.events.filter((event) => event.status > 0);
    const lags = health.flatMap((sample) => (sample.replica?.lagMs == null ? [] : [sample.replica.lagMs]));

    const results = {
      setup: {
        instances: INSTANCES,
        processes_per_instance: 1,
        learners: settings.connections,
        duration_s: settings.durationS,
        load_balancer: "HAProxy, leastconn, httpchk GET /api/health, retry-on for GET/HEAD",
      },
      requests: run.events.filter((event) => event.status > 0).length,
      requests_per_s: Math.round(
        (run.events.filter((event) => event.ok).length * 1000) / (run.endedAt - run.startedAt),
      ),
      p50_ms: percentile(
        answered.map((event) => event.at - event.sentAt),
        0.5,
      ),
      p99_ms: percentile(
        answered.map((event) => event.at - event.sentAt),
        0.99,
      ),
      answers_by_instance: countBy(answered.map((event) => event.servedBy ?? "none")),
      statuses: countBy(run.events.map((event) => String(event.status))),
      writes: {
        ratings_acknowledged: ratings.answered_saved,
        rows_written: ratings.new_rows,
        lost: ratings.lost,
        duplicated: ratings.duplicated,
        current_mismatches: ratings.current_mismatches,
        written_but_answered_error: ratings.written_but_answered_error,
        lost_or_duplicated: ratings.lost_or_duplicated,
      },
      killed_instance: {
        name: victim.name,
        at_s: Math.round((killedAt - run.startedAt) / 100) / 10,
        gone_after_ms: goneAt - killedAt,
        in_flight_at_kill: run.events.filter(inFlightAtKill).length,
        failed_in_flight: failedAtKill.length,
        failed_in_flight_by_kind: countBy(failedAtKill.map((event) => `${event.kind} ${event.status}`)),
        failed_outside_that_window: failedElsewhere.length,
        failed_outside_by_kind: countBy(failedElsewhere.map((event) => `${event.kind} ${event.status}`)),
        /** When those were sent, in seconds from the start of the run (the first 20). */
        failed_outside_sent_at_s: failedElsewhere
          .slice(0, 20)
          .map((event) => Math.round((event.sentAt - run.startedAt) / 100) / 10),
        haproxy_status_after: servers.find((server) => server.name === victim.name)?.status ?? "unknown",
      },
      haproxy: servers,
      replica: {
        down_s: Math.round((upAt - stopAt) / 100) / 10,
        reads_before_outage: countBy(beforeOutage.map((event) => event.read ?? "none")),
        reads_during_outage: countBy(outage.map((event) => event.read ?? "none")),
        failed_reads_during_outage: outage.filter((event) => !event.ok).length,
        reads_after_outage: countBy(afterOutage.map((event) => event.read ?? "none")),
        lag_ms_max: lags.length > 0 ? Math.max(...lags) : null,
        lag_ms_p50: lags.length > 0 ? percentile(lags, 0.5) : null,
        health_samples_with_replica_down: health.filter((sample) => sample.replica && !sample.replica.ok)
          .length,
      },
      read_your_writes: {
        checks: checks.length,
        answered: checksAnswered.length,
        showed_own_rating: checksAnswered.filter((event) => event.ok).length,
        showed_older_rating: checksAnswered.filter((event) => !event.ok).length,
        read_from: countBy(checksAnswered.map((event) => event.read ?? "none")),
      },
      shared_state: {
        ...shared,
        /** Learners whose requests, on one session cookie, were answered by more than one instance. */
        learners_served_by_several_instances: Object.values(
          countBy(
            [...new Set(answered.map((event) => `${event.learner}|${event.servedBy ?? "none"}`))].map(
              (pair) => pair.split("|")[0]!,
            ),
          ),
        ).filter((count) => count > 1).length,
      },
      leftover_processes: 0,
    };

    const missed = [
      results.writes.lost_or_duplicated > 0 && "writes were lost or duplicated",
      failedElsewhere.length > 0 && "requests failed outside the window of the killed instance",
      results.killed_instance.haproxy_status_after.startsWith("UP") &&
        "HAProxy did not mark the killed instance down",
      (results.replica.reads_during_outage.replica ?? 0) > 0 &&
        "reads were answered by the replica while it was down",
      (results.replica.reads_during_outage.primary ?? 0) === 0 &&
        "no reads were answered while the replica was down",
      results.replica.failed_reads_during_outage > 0 && "reads failed while the replica was down",
      (results.replica.reads_before_outage.replica ?? 0) === 0 &&
        "no reads went to the replica before its outage",
      (results.replica.reads_after_outage.replica ?? 0) === 0 &&
        "reads did not return to the replica after its outage",
      results.read_your_writes.answered === 0 && "no read-your-writes checks were answered",
      results.read_your_writes.showed_older_rating > 0 && "a learner did not see their own new rating",
      !shared.library_update_on_every_instance && "a library update did not show on every instance",
      !shared.same_rating_twice_one_row && "a rating sent to two instances made more than one row",
      results.shared_state.learners_served_by_several_instances === 0 &&
        "no learner was served by more than one instance",
    ].filter((reason): reason is string => typeof reason === "string");

    const leftovers = await stopAll(children, replica);
    replica = undefined;
    results.leftover_processes = leftovers;
    if (leftovers > 0) missed.push(`${leftovers} process(es) were still running after the stop`);
    const connectionsLeft = await countAppConnections(inspectUrl);
    writeFileSync(
      path.join(root, "cluster-results.json"),
      `${JSON.stringify({ ...results, app_connections_after_stop: connectionsLeft, targets_missed: missed }, null, 2)}\n`,
    );
    console.log(`\n${JSON.stringify(results, null, 2)}\nWritten to cluster-results.json.`);
    for (const reason of missed) console.error(`target missed: ${reason}`);
    return missed.length === 0 ? 0 : 1;
  } finally {
    await stopAll(children, replica);
    await primary.stop();
    rmSync(clusterDir, { recursive: true, force: true });
  }
});

/**
 * Proof that nothing lives in one process (issue 22, item 3), on the instances still running:
 * a library update shows on each (their page caches are keyed by content version), and one rating
 * sent to two instances with the same request key makes one row (idempotency lives in Postgres).
 */
async function checkSharedState(options: {
  instances: Instance[];
  victim: Instance;
  plan: import("./seed-load-data").LoadPlan;
  rating: import("./capture-rating-request").RatingRequest;
  inspectUrl: string;
  primaryAdminUrl: string;
}) {
  const alive = options.instances.filter((instance) => instance !== options.victim);
  const libraryPage = async (instance: Instance) =>
    (await fetch(`http://127.0.0.1:${instance.port}/nb/library`)).text();
  // Each instance renders the list once and keeps it (a visitor who is not signed in).
  for (const instance of alive) await libraryPage(instance);
  const marker = `Oppdatert ${randomUUID().slice(0, 8)}`;
  await withClient(options.inspectUrl, (client) =>
    client.query(
      `update "LibraryProgram" set title = jsonb_set(title::jsonb, '{nb}', to_jsonb($1::text)),
              "currentVersion" = "currentVersion" || '-cluster'
        where slug = (select slug from "LibraryProgram" order by position limit 1)`,
      [marker],
    ),
  );
  // The content version is read again within a second (scripts/server/public-page-cache.ts).
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const seen = await Promise.all(
    alive.map(async (instance) => (await libraryPage(instance)).includes(marker)),
  );

  const requestKey = randomUUID();
  const learner = options.plan.learners[0]!;
  const body = options.rating.body({ statementId: options.plan.statementIds[0]!, requestKey, level: 2 });
  const statuses: number[] = [];
  for (const instance of alive) {
    const response = await fetch(`http://127.0.0.1:${instance.port}${options.rating.path}`, {
      method: "POST",
      headers: {
        ...options.rating.headers,
        cookie: `next-auth.session-token=${learner.sessionToken}`,
        origin: `http://127.0.0.1:${instance.port}`,
      },
      body,
    });
    statuses.push(response.status);
    await response.text();
  }
  const rows = await withClient(options.inspectUrl, async (client) => {
    const found = await client.query<{ count: number }>(
      `select count(*)::int as count from "Rating" where "requestKey" = $1`,
      [requestKey],
    );
    return found.rows[0]?.count ?? 0;
  });
  return {
    library_update_on_every_instance: seen.every(Boolean),
    library_update_seen_by: alive.filter((_, index) => seen[index]).map((instance) => instance.name),
    same_rating_twice_statuses: statuses,
    same_rating_twice_one_row: rows === 1,
  };
}

/** SIGKILL to an instance: its app process and the node:cluster primary that forked it, at once. */
function killInstance(child: ChildProcess): number[] {
  const pids = [...childPids(child.pid!), child.pid!];
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return pids;
}

/** Pids whose parent is `parent` (from /proc). */
function childPids(parent: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        // The field after the command (which may hold spaces) in parentheses: state, then ppid.
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Stops every child (SIGTERM, SIGKILL after 20 s) and the replica; returns how many were still running after. */
async function stopAll(children: ChildProcess[], replica: ReplicaServer | undefined): Promise<number> {
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  const descendants = running.flatMap((child) => (child.pid ? childPids(child.pid) : []));
  await Promise.all(
    running.map(async (child) => {
      const exited = waitForExit(child);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    }),
  );
  await replica?.destroy();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return [...running.map((child) => child.pid!), ...descendants].filter(isRunning).length;
}

/** A process that exists and is not a zombie waiting for a parent that will never reap it. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("timed out");
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
