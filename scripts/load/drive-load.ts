// The load itself: autocannon with one signed-in learner per connection, each reading two
// resource pages and then rating a statement through the captured server action call, over and
// over. Every answer is checked (a page that rendered its article, a rating the action reports as
// saved) and kept with its time, so a phase can tell when errors happened; every rating request
// key is kept with its outcome, so the database can be checked against what the clients were told.
import { randomUUID } from "node:crypto";
import autocannon, { type Client, type Request, type Result } from "autocannon";
import type { RatingRequest } from "./capture-rating-request";
import type { LoadPlan } from "./seed-load-data";

/** `at`: when the answer came; `sentAt`: when its request was sent (an answer waits behind the others under load). */
export type LoadEvent = {
  at: number;
  sentAt: number;
  kind: "read" | "rate" | "connection";
  status: number;
  ok: boolean;
};

/** A rating request's outcome as its client saw it: "saved" carries the rating id the action answered. */
export type RatingOutcome =
  { state: "pending" } | { state: "saved"; ratingId: string } | { state: "failed"; status: number };

export type LoadRun = {
  result: Result;
  events: LoadEvent[];
  ratings: Map<string, RatingOutcome>;
  startedAt: number;
};

export const RATING_ANSWER = /"ok":true,"data":\{"ratingId":"([0-9a-f-]{36})"[^}]*"created":true/;

/**
 * A page that failed after its first bytes still answers 200: the article must be there, or the
 * action's saved rating. Either one, whatever was asked: autocannon can pair an answer with the
 * connection's next request when the server closes a connection (SIGTERM), which is its
 * bookkeeping, not the app's; a rating's own outcome is still judged against the database.
 */
export function answeredWell(status: number, body: string): boolean {
  return status === 200 && (body.includes("<article") || RATING_ANSWER.test(body));
}

export function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

export function driveLoad(options: {
  baseUrl: string;
  plan: LoadPlan;
  rating: RatingRequest;
  connections: number;
  durationS: number;
  /** Called once the load runs, with a way to stop it early. */
  onStart?: (stop: () => void) => void;
}): Promise<LoadRun> {
  const { baseUrl, plan, rating, connections, durationS } = options;
  const events: LoadEvent[] = [];
  const ratings = new Map<string, RatingOutcome>();
  const record = (kind: LoadEvent["kind"], status: number, ok: boolean, sentAt?: unknown) => {
    const at = Date.now();
    events.push({ at, sentAt: typeof sentAt === "number" ? sentAt : at, kind, status, ok });
  };
  let nextLearner = 0;

  const setupClient = (client: Client) => {
    const learner = plan.learners[nextLearner++ % plan.learners.length]!;
    const common = {
      cookie: `next-auth.session-token=${learner.sessionToken}`,
      origin: baseUrl,
    };
    const read: Request = {
      method: "GET",
      headers: { ...common, accept: "text/html" },
      setupRequest: (request, context) => {
        context.sentAt = Date.now();
        return {
          ...request,
          path: `/nb/o/${plan.orgSlug}/learn/${plan.programId}/resources/${pick(plan.resourceIds)}`,
        };
      },
      onResponse: (status, body, context) =>
        record("read", status, answeredWell(status, body), context.sentAt),
    };
    const rate: Request = {
      method: "POST",
      path: rating.path,
      headers: { ...common, ...rating.headers },
      setupRequest: (request, context) => {
        const requestKey = randomUUID();
        context.requestKey = requestKey;
        context.sentAt = Date.now();
        ratings.set(requestKey, { state: "pending" });
        const body = rating.body({
          statementId: pick(plan.statementIds),
          requestKey,
          level: 1 + Math.floor(Math.random() * 4),
        });
        return { ...request, body };
      },
      onResponse: (status, body, context) => {
        const saved = status === 200 ? RATING_ANSWER.exec(body) : null;
        const requestKey = context.requestKey as string;
        ratings.set(
          requestKey,
          saved ? { state: "saved", ratingId: saved[1]! } : { state: "failed", status },
        );
        record("rate", status, answeredWell(status, body), context.sentAt);
      },
    };
    client.setRequests([read, read, rate]);
  };

  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const instance = autocannon(
      { url: baseUrl, connections, duration: durationS, timeout: 10, setupClient },
      (error, result) => (error ? reject(error) : resolve({ result, events, ratings, startedAt })),
    );
    // Timeouts and refused or reset connections: no answer at all.
    instance.on("reqError", () => record("connection", 0, false));
    options.onStart?.(() => instance.stop());
  });
}

/** Answers per second between two instants. */
export function throughput(events: LoadEvent[], from: number, to: number): number {
  const count = events.filter((event) => event.at >= from && event.at < to && event.ok).length;
  return to > from ? Math.round((count * 1000) / (to - from)) : 0;
}
