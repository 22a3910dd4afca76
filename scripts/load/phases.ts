// The four phases of npm run load, each returning its part of load-results.json.
import type { ChildProcess } from "node:child_process";
import { withClient } from "../db/server";
import type { RatingRequest } from "./capture-rating-request";
import { checkRatings } from "./check-ratings";
import { driveLoad, throughput, type LoadRun } from "./drive-load";
import { countAppConnections, sendInFlightRequests, waitForExit } from "./drain-probe";
import type { LoadPlan } from "./seed-load-data";

export type PhaseContext = {
  durationS: number;
  connections: number;
  baseUrl: string;
  plan: LoadPlan;
  rating: RatingRequest;
  /** A connection to the load database that sees every row (the embedded superuser). */
  inspectUrl: string;
  app: ChildProcess;
  /** Starts the app again (after phase 3 stopped it) and returns it once it answers. */
  restartApp: () => Promise<ChildProcess>;
  /** Stops Postgres (fast shutdown), waits `downMs`, starts it again; returns when it went down and came back. */
  restartDatabase: (downMs: number) => Promise<{ stopAt: number; upAt: number }>;
};

const RESTART_DOWN_MS = 3_000;
const SIGTERM_LOAD_S = 15;
const SIGTERM_AFTER_MS = 4_000;
/** Phase 4: four times the learners, this long, then SIGTERM under that load. */
const OVERLOAD_FACTOR = 4;
const OVERLOAD_S = 30;
const OVERLOAD_SIGTERM_AFTER_MS = 20_000;
const OVERLOAD_WARM_S = 10;

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function summarize(run: LoadRun) {
  const answers = run.events.filter((event) => event.status > 0);
  return {
    requests: answers.length,
    errors_5xx: answers.filter((event) => event.status >= 500).length,
    p50_ms: run.result.latency.p50,
    p975_ms: run.result.latency.p97_5,
    p99_ms: run.result.latency.p99,
    requests_per_s: Math.round(run.result.requests.average),
    non_2xx: answers.filter((event) => event.status < 200 || event.status > 299).length,
    /** 2xx answers that were not what was asked for (no article, a rating not reported saved). */
    failed_checks: answers.filter((event) => event.status >= 200 && event.status < 300 && !event.ok).length,
    connection_errors: run.events.length - answers.length,
    statuses: countBy(answers.map((event) => String(event.status))),
    ratings_saved: answers.filter((event) => event.kind === "rate" && event.ok).length,
    resource_reads: answers.filter((event) => event.kind === "read" && event.ok).length,
  };
}

export async function runLoadPhase(context: PhaseContext) {
  const run = await driveLoad(context);
  const ratings = await withClient(context.inspectUrl, (client) =>
    checkRatings(client, context.plan.orgId, run.ratings),
  );
  return { duration_s: context.durationS, connections: context.connections, ...summarize(run), ratings };
}

export async function runRestartPhase(context: PhaseContext) {
  let restarted: Promise<{ stopAt: number; upAt: number }> | undefined;
  const run = await driveLoad({
    ...context,
    onStart: () => {
      restarted = new Promise((resolve, reject) =>
        setTimeout(
          () => context.restartDatabase(RESTART_DOWN_MS).then(resolve, reject),
          (context.durationS * 1000) / 2,
        ),
      );
    },
  });
  const { stopAt, upAt } = await restarted!;
  const end = Math.max(...run.events.map((event) => event.at));
  const errors = run.events.filter((event) => !event.ok);
  // A request sent while Postgres was down may be answered (with its error) seconds later, behind
  // the queue of a CPU-bound server: recovery is judged by when the failed requests were sent.
  const lastErrorSentAt = Math.max(upAt, ...errors.map((event) => event.sentAt));
  const lastErrorAt = Math.max(upAt, ...errors.map((event) => event.at));
  const ratings = await withClient(context.inspectUrl, (client) =>
    checkRatings(client, context.plan.orgId, run.ratings),
  );
  const healthy = await fetch(`${context.baseUrl}/api/health`).then(
    (response) => response.ok,
    () => false,
  );
  return {
    errors: errors.length,
    /** From Postgres accepting connections again to the sending of the last request that failed. */
    recovered_s: Math.round((lastErrorSentAt - upAt) / 100) / 10,
    /** From Postgres accepting connections again to the last failed answer. */
    last_error_answered_s: Math.round((lastErrorAt - upAt) / 100) / 10,
    lost_or_duplicated: ratings.lost_or_duplicated,
    outage_s: Math.round((upAt - stopAt) / 100) / 10,
    errors_outside_outage: errors.filter((event) => event.at < stopAt || event.sentAt > upAt + 2_000).length,
    throughput_before_rps: throughput(run.events, stopAt - 5_000, stopAt),
    throughput_after_rps: throughput(run.events, upAt + 2_000, end),
    app_stayed_up: context.app.exitCode === null && context.app.signalCode === null && healthy,
    ...summarize(run),
    ratings,
  };
}

export async function runSigtermPhase(context: PhaseContext) {
  let stopLoad = () => {};
  const loadDone = driveLoad({ ...context, durationS: SIGTERM_LOAD_S, onStart: (stop) => (stopLoad = stop) });
  await new Promise((resolve) => setTimeout(resolve, SIGTERM_AFTER_MS));
  const exited = waitForExit(context.app);
  const probes = await sendInFlightRequests({
    baseUrl: context.baseUrl,
    paths: context.plan.resourceIds
      .slice(0, 10)
      .map((id) => `/nb/o/${context.plan.orgSlug}/learn/${context.plan.programId}/resources/${id}`),
    cookie: `next-auth.session-token=${context.plan.learners[0]!.sessionToken}`,
    signal: () => context.app.kill("SIGTERM"),
  });
  const exit = await exited;
  stopLoad();
  const run = await loadDone;
  const signalAt = probes.signalAt;
  const after = run.events.filter((event) => event.at >= signalAt);
  const appConnections = await countAppConnections(context.inspectUrl);
  const inFlightOk = probes.results.filter((result) => result.status === 200 && result.complete).length;
  const dropped = after.filter((event) => event.status > 0 && !event.ok).length;
  return {
    in_flight: probes.results.length,
    in_flight_completed_200: inFlightOk,
    in_flight_answered_before_signal: probes.answeredBeforeSignal,
    in_flight_failures: probes.results
      .filter((result) => result.status !== 200 || !result.complete)
      .map((result) => `${result.status} ${result.error ?? "incomplete answer"}`),
    load_answers_after_signal: after.filter((event) => event.ok).length,
    load_failed_answers_after_signal: dropped,
    load_failed_after_signal: countBy(
      after.filter((event) => event.status > 0 && !event.ok).map((event) => `${event.kind} ${event.status}`),
    ),
    /** Refused once the app stopped listening: expected, these never reached it. */
    load_connection_errors_after_signal: after.filter((event) => event.status === 0).length,
    exit_code: exit.code,
    exit_signal: exit.signal,
    exit_ms: exit.at - signalAt,
    app_connections_after_exit: appConnections,
    drained: inFlightOk === probes.results.length && exit.code === 0 && appConnections === 0 && dropped === 0,
  };
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

/**
 * Phase 4 (issue 17, item 6): four times the learners on a fresh app. What the app cannot take
 * in time is answered 503 with Retry-After at once, no connection is reset or left without an
 * answer, and SIGTERM under that load still answers every request it accepted (ADR 021).
 */
export async function runOverloadPhase(context: PhaseContext) {
  const app = await context.restartApp();
  // Warm first, at the usual load: overload meets a server that has been running, and a cold
  // process renders its first pages several times slower (module loading, unoptimized code).
  await driveLoad({ ...context, durationS: OVERLOAD_WARM_S });
  const connections = context.connections * OVERLOAD_FACTOR;
  let stopLoad = () => {};
  const loadDone = driveLoad({
    ...context,
    connections,
    durationS: OVERLOAD_S,
    onStart: (stop) => (stopLoad = stop),
  });
  await new Promise((resolve) => setTimeout(resolve, OVERLOAD_SIGTERM_AFTER_MS));
  const exited = waitForExit(app);
  const probes = await sendInFlightRequests({
    baseUrl: context.baseUrl,
    paths: context.plan.resourceIds
      .slice(0, 10)
      .map((id) => `/nb/o/${context.plan.orgSlug}/learn/${context.plan.programId}/resources/${id}`),
    cookie: `next-auth.session-token=${context.plan.learners[0]!.sessionToken}`,
    signal: () => app.kill("SIGTERM"),
  });
  const exit = await exited;
  stopLoad();
  const run = await loadDone;
  const signalAt = probes.signalAt;
  const before = run.events.filter((event) => event.at < signalAt);
  const after = run.events.filter((event) => event.at >= signalAt);
  const refused = before.filter((event) => event.status === 503);
  const appConnections = await countAppConnections(context.inspectUrl);
  // A probe that found the app full was answered 503 at once: refused, not accepted, not dropped.
  const probesAnswered = probes.results.filter(
    (result) => (result.status === 200 || result.status === 503) && result.complete,
  ).length;
  const failedAfter = after.filter((event) => event.status > 0 && !event.ok && event.status !== 503).length;
  const overload = {
    connections,
    duration_s: Math.round((signalAt - run.startedAt) / 100) / 10,
    answers_ok: before.filter((event) => event.ok).length,
    answered_503: refused.length,
    /** From sending to the 503: how quickly an extra request learns to come back later. */
    answered_503_p50_ms: percentile(
      refused.map((event) => event.at - event.sentAt),
      0.5,
    ),
    answered_503_p99_ms: percentile(
      refused.map((event) => event.at - event.sentAt),
      0.99,
    ),
    ok_p50_ms: percentile(
      before.filter((event) => event.ok).map((event) => event.at - event.sentAt),
      0.5,
    ),
    ok_p99_ms: percentile(
      before.filter((event) => event.ok).map((event) => event.at - event.sentAt),
      0.99,
    ),
    /** Answers other than 503 that were not what was asked for. */
    failed_answers: before.filter((event) => event.status > 0 && !event.ok && event.status !== 503).length,
    /** Resets, refused connections and timeouts before the signal: requests left without an answer. */
    connection_errors: before.filter((event) => event.status === 0).length,
    statuses: countBy(before.filter((event) => event.status > 0).map((event) => String(event.status))),
    ok_per_s: throughput(run.events, run.startedAt + 2_000, signalAt),
  };
  return {
    ...overload,
    sigterm: {
      in_flight: probes.results.length,
      in_flight_answered: probesAnswered,
      in_flight_refused_503: probes.results.filter((result) => result.status === 503).length,
      in_flight_failures: probes.results
        .filter((result) => !((result.status === 200 || result.status === 503) && result.complete))
        .map((result) => `${result.status} ${result.error ?? "incomplete answer"}`),
      load_failed_answers_after_signal: failedAfter,
      load_connection_errors_after_signal: after.filter((event) => event.status === 0).length,
      exit_code: exit.code,
      exit_signal: exit.signal,
      exit_ms: exit.at - signalAt,
      app_connections_after_exit: appConnections,
      drained:
        probesAnswered === probes.results.length &&
        exit.code === 0 &&
        appConnections === 0 &&
        failedAfter === 0,
    },
  };
}
