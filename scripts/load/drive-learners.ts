// The learner mix of npm run load (two resource pages, then a rating through the captured server
// action), for npm run load:cluster, with one more step: after each rating the learner opens that
// statement's page, which must show the level just saved (read your own writes). Each learner is
// a loop of requests with fetch, one at a time, keeping the cookies the app sets as a browser
// would: every answer is paired with its own request for certain. (autocannon, which npm run load
// uses, pairs answers by their order on a connection, and after a connection behind HAProxy broke
// when an instance was killed it paired one learner's answers with its previous requests.)
import { randomUUID } from "node:crypto";
import nbLearning from "../../locales/nb/learning.json";
import type { RatingRequest } from "./capture-rating-request";
import { answeredWell, pick, RATING_ANSWER, type LoadEvent, type RatingOutcome } from "./drive-load";
import type { LoadPlan } from "./seed-load-data";

export type LearnerEvent = Omit<LoadEvent, "kind"> & {
  kind: LoadEvent["kind"] | "check";
  /** Which database answered the page's read (X-Evne-Read), when the app has a replica. */
  read?: string;
  /** Which instance answered (X-Served-By, set by HAProxy). */
  servedBy?: string;
  /** Which learner (their index in the plan) sent it. */
  learner?: number;
};

export type LearnerRun = {
  events: LearnerEvent[];
  ratings: Map<string, RatingOutcome>;
  startedAt: number;
  endedAt: number;
};

const REQUEST_TIMEOUT_MS = 10_000;

/** The statement page's line about the learner's last rating, in Norwegian (the learners' language). */
function previousRatingLine(level: number): string {
  const name = nbLearning.levels[String(level) as "1" | "2" | "3" | "4"].name;
  return nbLearning.rating.previous.replace("{{level}}", name).replace(/ \(\{\{date\}\}\)$/, "");
}

export function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

export async function driveLearners(options: {
  baseUrl: string;
  plan: LoadPlan;
  rating: RatingRequest;
  connections: number;
  durationS: number;
  /** Called once the learners run. */
  onStart?: () => void;
  /** Called with each answer that was not what was asked for, so that a failing run can say why. */
  onUnexpected?: (event: LearnerEvent, body: string, headers: Headers) => void;
}): Promise<LearnerRun> {
  const { baseUrl, plan, rating } = options;
  const events: LearnerEvent[] = [];
  const ratings = new Map<string, RatingOutcome>();
  const startedAt = Date.now();
  const endAt = startedAt + options.durationS * 1000;

  async function send(
    kind: LearnerEvent["kind"],
    path: string,
    init: { method: string; headers: Record<string, string>; body?: string },
    judge: (status: number, body: string) => boolean,
    jar: Map<string, string>,
    learner: number,
  ): Promise<{ status: number; body: string }> {
    const sentAt = Date.now();
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        ...init,
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = await response.text();
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const at = pair?.indexOf("=") ?? -1;
        if (pair && at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
      const event: LearnerEvent = {
        at: Date.now(),
        sentAt,
        kind,
        status: response.status,
        ok: judge(response.status, body),
        learner,
        ...(response.headers.get("x-evne-read") ? { read: response.headers.get("x-evne-read")! } : {}),
        ...(response.headers.get("x-served-by") ? { servedBy: response.headers.get("x-served-by")! } : {}),
      };
      events.push(event);
      if (!event.ok) options.onUnexpected?.(event, body, response.headers);
      return { status: response.status, body };
    } catch {
      // Refused, reset or timed out: no answer at all.
      events.push({ at: Date.now(), sentAt, kind: "connection", status: 0, ok: false, learner });
      return { status: 0, body: "" };
    }
  }

  async function learner(index: number): Promise<void> {
    const person = plan.learners[index % plan.learners.length]!;
    const jar = new Map<string, string>();
    const lastLevel = new Map<string, number>();
    const headers = (extra: Record<string, string>) => ({
      cookie: [
        `next-auth.session-token=${person.sessionToken}`,
        ...[...jar].map(([k, v]) => `${k}=${v}`),
      ].join("; "),
      origin: baseUrl,
      ...extra,
    });
    const program = `/nb/o/${plan.orgSlug}/learn/${plan.programId}`;
    while (Date.now() < endAt) {
      for (let read = 0; read < 2 && Date.now() < endAt; read++)
        await send(
          "read",
          `${program}/resources/${pick(plan.resourceIds)}`,
          { method: "GET", headers: headers({ accept: "text/html" }) },
          answeredWell,
          jar,
          index,
        );
      if (Date.now() >= endAt) break;

      const requestKey = randomUUID();
      const statementId = pick(plan.statementIds);
      // Another level than last time, so that the check below cannot pass on an older read.
      const level = pick([1, 2, 3, 4].filter((candidate) => candidate !== lastLevel.get(statementId)));
      ratings.set(requestKey, { state: "pending" });
      const rated = await send(
        "rate",
        rating.path,
        {
          method: "POST",
          headers: headers(rating.headers),
          body: rating.body({ statementId, requestKey, level }),
        },
        answeredWell,
        jar,
        index,
      );
      const saved = rated.status === 200 ? RATING_ANSWER.exec(rated.body) : null;
      ratings.set(
        requestKey,
        saved ? { state: "saved", ratingId: saved[1]! } : { state: "failed", status: rated.status },
      );
      if (saved) lastLevel.set(statementId, level);
      else lastLevel.delete(statementId);

      // The statement's page right after: it must show the level just saved.
      await send(
        saved ? "check" : "read",
        `${program}/statements/${statementId}`,
        { method: "GET", headers: headers({ accept: "text/html" }) },
        (status, body) =>
          status === 200 && body.includes("<h1") && (!saved || body.includes(previousRatingLine(level))),
        jar,
        index,
      );
    }
  }

  options.onStart?.();
  await Promise.all(Array.from({ length: options.connections }, (_, index) => learner(index)));
  return { events, ratings, startedAt, endedAt: Date.now() };
}
