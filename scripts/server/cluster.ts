// The primary of the app's processes (ADR 021): forks one worker per slot, restarts a worker that
// crashed, passes SIGTERM/SIGINT on and exits once every worker has drained (ADR 012).
import cluster, { type Worker } from "node:cluster";

/** A worker that crashes this soon after its last start waits longer before the next (a crash loop). */
const RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;

export function runPrimary(options: { processes: number; log?: (line: string) => void }): void {
  const log = options.log ?? ((line: string) => console.log(line));
  const slots = new Map<Worker, { slot: number; startedAt: number; listening: boolean }>();
  const delays = new Map<number, number>();
  let stopping = false;
  let failed = false;
  let listening = 0;

  const fork = (slot: number) => {
    const worker = cluster.fork({
      APP_PROCESS_SLOT: String(slot),
      // One job worker and one snapshot scheduler, not one per process: the first slot runs them
      // (ADR 021). A restarted first worker takes them up again.
      ...(slot > 0 ? { JOB_WORKER: "off", SNAPSHOT_SCHEDULER: "off" } : {}),
    });
    slots.set(worker, { slot, startedAt: Date.now(), listening: false });
  };

  cluster.on("listening", (worker) => {
    const state = slots.get(worker);
    if (!state || state.listening) return;
    state.listening = true;
    listening += 1;
    if (listening === options.processes) log(`${options.processes} app process(es) listening.`);
  });

  cluster.on("exit", (worker, code, signal) => {
    const state = slots.get(worker);
    slots.delete(worker);
    if (!state) return;
    if (state.listening) listening -= 1;
    if (stopping) {
      // The exit code tells whether the stop drained: a crash restarted earlier does not count, nor
      // a worker that had not listened yet (it accepted nothing; the signal may end it before its
      // modules are even loaded).
      if (code !== 0 && state.listening) failed = true;
      if (slots.size === 0) process.exit(failed ? 1 : 0);
      return;
    }
    // Never listened: a bad environment or a port in use. Restarting would fail the same way.
    if (!state.listening) {
      log(`App process ${state.slot + 1} stopped before it listened (exit ${code ?? signal}); stopping.`);
      failed = true;
      stop("SIGTERM");
      if (slots.size === 0) process.exit(1);
      return;
    }
    const lived = Date.now() - state.startedAt;
    const delay =
      lived > MAX_RESTART_DELAY_MS
        ? RESTART_DELAY_MS
        : Math.min((delays.get(state.slot) ?? RESTART_DELAY_MS / 2) * 2, MAX_RESTART_DELAY_MS);
    delays.set(state.slot, delay);
    log(`App process ${state.slot + 1} stopped (exit ${code ?? signal}); starting it again in ${delay} ms.`);
    setTimeout(() => {
      if (!stopping) fork(state.slot);
    }, delay);
  });

  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of slots.keys()) worker.process.kill(signal);
    // Between a crash and its restart there may be no worker left to wait for.
    if (slots.size === 0) process.exit(failed ? 1 : 0);
  };
  // `on`, not `once`: Ctrl-C reaches us twice (terminal and npm start); a second signal passes on
  // again, which the workers' drain ignores.
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  for (let slot = 0; slot < options.processes; slot += 1) fork(slot);
}
