// The load itself: autocannon with one signed-in learner per connection, each reading two
// resource pages and then rating a statement through the captured server action call, over and
// over. Every answer is checked (a page that rendered its article, a rating the action reports as
// saved) and kept with its time, so a phase can tell when errors happened; every rating request
// key is kept with its outcome, so the database can be checked against what the clients were told.
import { randomUUID } from "node:crypto";
import autocannon, { type Client, type Request, type Result } from "autocannon";
import nbLearning from "../../locales/nb/learning.json";
import type { RatingRequest } from "./capture-rating-request";
import type { LoadPlan } from "./seed-load-data";

/** `at`: when the answer came; `sentAt`: when its request was sent (an answer waits behind the others under load). */
export type LoadEvent = {
  at: number;
  sentAt: number;
  kind: "read" | "rate" | "check" | "connection";
  status: number;
  ok: boolean;
  /** Which database answered the page's read (X-Evne-Read), when the app has a replica. */
  read?: string;
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

const RATING_ANSWER = /"ok":true,"data":\{"ratingId":"([0-9a-f-]{36})"[^}]*"created":true/;

/**
 * A page that failed after its first bytes still answers 200: the article must be there, or the
 * action's saved rating. Either one, whatever was asked: autocannon can pair an answer with the
 * connection's next request when the server closes a connection (SIGTERM), which is its
 * bookkeeping, not the app's; a rating's own outcome is still judged against the database.
 */
function answeredWell(status: number, body: string): boolean {
  return status === 200 && (body.includes("<article") || RATING_ANSWER.test(body));
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/** A header's value whatever the case of its name (autocannon keeps the server's). */
function header(headers: Record<string, string | string[]> | undefined, name: string): string[] {
  const found = Object.entries(headers ?? {}).filter(([key]) => key.toLowerCase() === name);
  return found.flatMap(([, value]) => (Array.isArray(value) ? value : [value]));
}

/** The statement page's line about the learner's last rating, in Norwegian (the learners' language). */
function previousRatingLine(level: number): string {
  const name = nbLearning.levels[String(level) as "1" | "2" | "3" | "4"].name;
  return nbLearning.rating.previous.replace("{{level}}", name).replace(/ \(\{\{date\}\}\)$/, "");
}

export function driveLoad(options: {
  baseUrl: string;
  plan: LoadPlan;
  rating: RatingRequest;
  connections: number;
  durationS: number;
  /** Called once the load runs, with a way to stop it early. */
  onStart?: (stop: () => void) => void;
  /**
   * Read your own writes (npm run load:cluster): after each rating the learner opens that
   * statement's page, which must show the level just saved (a "check" event). Each rating then
   * picks a level other than the learner's last one there, so an older read cannot pass. The
   * cookies the app sets (evne_primary_until) are sent back, as a browser would.
   */
  checkOwnRating?: boolean;
  /** Called with each answer that was not what was asked for, so that a failing run can say why. */
  onUnexpected?: (
    kind: LoadEvent["kind"],
    status: number,
    body: string,
    detail: { sentAt: number; headers: Record<string, string | string[]> },
  ) => void;
}): Promise<LoadRun> {
  const { baseUrl, plan, rating, connections, durationS } = options;
  const events: LoadEvent[] = [];
  const ratings = new Map<string, RatingOutcome>();
  const record = (
    kind: LoadEvent["kind"],
    status: number,
    ok: boolean,
    sentAt?: unknown,
    headers?: Record<string, string | string[]>,
    body?: string,
  ) => {
    const at = Date.now();
    const read = header(headers, "x-evne-read")[0];
    if (!ok && status > 0)
      options.onUnexpected?.(kind, status, body ?? "", {
        sentAt: typeof sentAt === "number" ? sentAt : at,
        headers: headers ?? {},
      });
    events.push({
      at,
      sentAt: typeof sentAt === "number" ? sentAt : at,
      kind,
      status,
      ok,
      ...(read ? { read } : {}),
    });
  };
  let nextLearner = 0;

  const setupClient = (client: Client) => {
    const learner = plan.learners[nextLearner++ % plan.learners.length]!;
    const common = {
      cookie: `next-auth.session-token=${learner.sessionToken}`,
      origin: baseUrl,
    };
    // This learner's browser: cookies the app set, their last level per statement, their last rating.
    const jar = new Map<string, string>();
    const lastLevel = new Map<string, number>();
    let justRated: { statementId: string; level: number; saved: boolean } | undefined;
    const cookie = () => [common.cookie, ...[...jar].map(([name, value]) => `${name}=${value}`)].join("; ");
    const keepCookies = (headers: Record<string, string | string[]>) => {
      for (const line of header(headers, "set-cookie")) {
        const [pair] = line.split(";");
        const at = pair?.indexOf("=") ?? -1;
        if (pair && at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
    };
    const read: Request = {
      method: "GET",
      headers: { ...common, accept: "text/html" },
      setupRequest: (request, context) => {
        context.sentAt = Date.now();
        return {
          ...request,
          ...(options.checkOwnRating
            ? { headers: { ...common, accept: "text/html", cookie: cookie() } }
            : {}),
          path: `/nb/o/${plan.orgSlug}/learn/${plan.programId}/resources/${pick(plan.resourceIds)}`,
        };
      },
      onResponse: (status, body, context, headers) => {
        if (options.checkOwnRating) keepCookies(headers);
        record("read", status, answeredWell(status, body), context.sentAt, headers, body);
      },
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
        const statementId = pick(plan.statementIds);
        const previous = lastLevel.get(statementId);
        // Another level than last time, so that the check below cannot pass on an older read.
        const choices = [1, 2, 3, 4].filter((level) => level !== previous);
        const level = pick(choices);
        context.rated = { statementId, level };
        const body = rating.body({ statementId, requestKey, level });
        return {
          ...request,
          ...(options.checkOwnRating ? { headers: { ...common, ...rating.headers, cookie: cookie() } } : {}),
          body,
        };
      },
      onResponse: (status, body, context, headers) => {
        const saved = status === 200 ? RATING_ANSWER.exec(body) : null;
        const requestKey = context.requestKey as string;
        ratings.set(
          requestKey,
          saved ? { state: "saved", ratingId: saved[1]! } : { state: "failed", status },
        );
        const rated = context.rated as { statementId: string; level: number };
        if (saved) lastLevel.set(rated.statementId, rated.level);
        else lastLevel.delete(rated.statementId);
        justRated = { ...rated, saved: saved !== null };
        if (options.checkOwnRating) keepCookies(headers);
        record("rate", status, answeredWell(status, body), context.sentAt, headers, body);
      },
    };
    const check: Request = {
      method: "GET",
      headers: { ...common, accept: "text/html" },
      setupRequest: (request, context) => {
        context.sentAt = Date.now();
        context.expected = justRated;
        const statementId = justRated?.statementId ?? pick(plan.statementIds);
        return {
          ...request,
          headers: { ...common, accept: "text/html", cookie: cookie() },
          path: `/nb/o/${plan.orgSlug}/learn/${plan.programId}/statements/${statementId}`,
        };
      },
      onResponse: (status, body, context, headers) => {
        keepCookies(headers);
        const expected = context.expected as typeof justRated;
        // Only a saved rating has something to show; after a failed one the page is just read.
        const ok =
          status === 200 &&
          body.includes("<h1") &&
          (!expected?.saved || body.includes(previousRatingLine(expected.level)));
        record(expected?.saved ? "check" : "read", status, ok, context.sentAt, headers, body);
      },
    };
    client.setRequests(options.checkOwnRating ? [read, read, rate, check] : [read, read, rate]);
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
