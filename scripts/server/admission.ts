// Degrade, don't reset (issue 17, item 6; ADR 021): each app process works on at most `maxInFlight`
// requests at once and lets at most `maxQueued` more wait, each at most `maxWaitMs`. Anything
// beyond gets a 503 with Retry-After instead of waiting behind minutes of work until the client
// gives up or the kernel's accept queue overflows and connections are reset.
import type { IncomingMessage, ServerResponse } from "node:http";

export type AdmissionLimits = { maxInFlight: number; maxQueued: number; maxWaitMs?: number };

/**
 * Eight at once: below the database pool's ten connections, so requests wait here, in order and
 * without a deadline, rather than in the pool, where Prisma gives up on a transaction after 2 s;
 * a CPU-bound process gains nothing from more. Eighty in all: above 50 learners on one process
 * (npm run load, phase 1), and at about 25 ms of CPU each, the last waits about 2 s. A count
 * alone bounds the wait only while requests cost what they usually do: on a machine busy with
 * other work the same queue took 20 s, so a request that waited 5 s gets its 503 then (a client
 * that gave up after 10 s would have had nothing).
 */
export const DEFAULT_LIMITS: Required<AdmissionLimits> = { maxInFlight: 8, maxQueued: 72, maxWaitMs: 5_000 };
/** How often waiting requests are looked at for their deadline when nothing finishes. */
const SWEEP_MS = 250;

/** Seconds a refused client should wait; one is enough for a queue of a few hundred ms to clear. */
export const RETRY_AFTER_S = 1;

/** Paths answered outside the limit: a load balancer's health check must see a busy process as alive. */
const UNLIMITED = new Set(["/api/health"]);

export type Admission = {
  /** Runs `handle` now, later (queued), or answers 503 at once. */
  admit: (request: IncomingMessage, response: ServerResponse, handle: () => void) => void;
  stats: () => { inFlight: number; queued: number; refused: number };
  /**
   * The process is stopping (SIGTERM): what waits was accepted and is answered, however long it
   * waits (ADR 012); the wait deadline no longer applies. New requests still meet the limits.
   */
  drain: () => void;
};

export function createAdmission({
  maxInFlight,
  maxQueued,
  maxWaitMs = DEFAULT_LIMITS.maxWaitMs,
}: AdmissionLimits): Admission {
  let inFlight = 0;
  let refused = 0;
  type Waiting = { request: IncomingMessage; response: ServerResponse; handle: () => void; since: number };
  const queue: Waiting[] = [];
  let sweeper: NodeJS.Timeout | undefined;
  let draining = false;

  /** Refuses what waited too long (oldest first: the queue is in arrival order), then starts what fits. */
  const startNext = () => {
    const now = Date.now();
    while (!draining && queue.length > 0 && now - queue[0]!.since > maxWaitMs) {
      const late = queue.shift()!;
      if (late.response.destroyed) continue;
      refused += 1;
      refuse(late.request, late.response);
    }
    while (inFlight < maxInFlight && queue.length > 0) {
      const next = queue.shift()!;
      // The client gave up while waiting: nothing to answer.
      if (next.response.destroyed) continue;
      start(next.response, next.handle);
    }
    if (queue.length === 0 && sweeper) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };
  const start = (response: ServerResponse, handle: () => void) => {
    inFlight += 1;
    response.once("close", () => {
      inFlight -= 1;
      startNext();
    });
    handle();
  };

  return {
    admit(request, response, handle) {
      const path = (request.url ?? "/").split("?")[0]!;
      if (UNLIMITED.has(path)) return handle();
      if (inFlight < maxInFlight && queue.length === 0) return start(response, handle);
      if (queue.length < maxQueued) {
        queue.push({ request, response, handle, since: Date.now() });
        // Requests in flight may all be slow: the deadline must not wait for one of them to end.
        sweeper ??= setInterval(startNext, SWEEP_MS).unref();
        return;
      }
      refused += 1;
      refuse(request, response);
    },
    stats: () => ({ inFlight, queued: queue.length, refused }),
    drain: () => {
      draining = true;
    },
  };
}

/** The 503: JSON for API clients, a short page for browsers; no language (it must cost nothing). */
function refuse(request: IncomingMessage, response: ServerResponse) {
  const api = (request.url ?? "").startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: "OVERLOADED", retryAfterSeconds: RETRY_AFTER_S })
    : `<!doctype html><meta charset="utf-8"><title>Evne</title>` +
      `<p lang="nb">Evne har mye å gjøre akkurat nå. Prøv igjen om litt.</p>` +
      `<p lang="en">Evne is busy right now. Please try again in a moment.</p>`;
  response.writeHead(503, {
    "Retry-After": String(RETRY_AFTER_S),
    "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    // The fixed security headers every answer carries (next.config.js); this one never reaches Next.
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}
