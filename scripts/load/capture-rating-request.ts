// What the browser sends when a learner rates a statement: the real server action call (its
// action id, router state and React-encoded form body), captured once with Chromium so the load
// test replays exactly that, with another statement, level and request key each time.
import { chromium } from "@playwright/test";
import nbLearning from "../../locales/nb/learning.json";
import { withClient } from "../db/server";
import type { LoadPlan } from "./seed-load-data";

export type RatingRequest = {
  path: string;
  headers: Record<string, string>;
  /** Builds the body of one rating: the captured form with these values in place. */
  body(values: { statementId: string; requestKey: string; level: number }): string;
};

const SESSION_COOKIE = "next-auth.session-token";
/** Headers the browser sent that belong to the action call, not to the browser or the one session. */
const REPLAYED_HEADERS = ["accept", "content-type", "next-action", "next-router-state-tree"];

export async function captureRatingRequest(options: {
  baseUrl: string;
  sessionToken: string;
  orgSlug: string;
  programId: string;
  statementId: string;
  /** Whether a rating with this request key is in the database. */
  ratingExists: (requestKey: string) => Promise<boolean>;
}): Promise<RatingRequest> {
  const { baseUrl, sessionToken, orgSlug, programId, statementId } = options;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  try {
    const context = await browser.newContext({ locale: "nb-NO" });
    await context.addCookies([
      { name: SESSION_COOKIE, value: sessionToken, url: baseUrl, httpOnly: true, sameSite: "Lax" },
    ]);
    const page = await context.newPage();
    const path = `/nb/o/${orgSlug}/learn/${programId}/statements/${statementId}`;
    await page.goto(`${baseUrl}${path}`);
    const requestKey = await page.locator('input[name="requestKey"]').inputValue();
    await page.getByRole("radio").nth(2).click();
    const [request] = await Promise.all([
      page.waitForRequest(
        (candidate) => candidate.method() === "POST" && candidate.headers()["next-action"] !== undefined,
      ),
      page.getByRole("button", { name: nbLearning.rating.submit }).click(),
    ]);
    const response = await request.response();
    // The page refreshes after the save, which can take the answer's body away from Chromium:
    // the database says whether the rating was made.
    if (response?.status() !== 200 || !(await options.ratingExists(requestKey)))
      throw new Error(`the captured rating was not saved (status ${response?.status()})`);
    const sent = await request.allHeaders();
    const captured = request.postData() ?? "";
    for (const value of [statementId, requestKey])
      if (!captured.includes(value)) throw new Error(`the captured rating body does not carry ${value}`);
    // The level is the radio group's value: the form field whose name ends in "level".
    const levelField = /(name="[^"]*level"\r\n\r\n)3(\r\n)/;
    if (!levelField.test(captured))
      throw new Error(`no level field in the captured body: ${captured.slice(0, 300)}`);
    const headers = Object.fromEntries(
      REPLAYED_HEADERS.filter((name) => sent[name] !== undefined).map((name) => [name, sent[name]!]),
    );
    return {
      path: new URL(request.url()).pathname,
      headers,
      body: (values) =>
        captured
          .replaceAll(statementId, values.statementId)
          .replaceAll(requestKey, values.requestKey)
          .replace(levelField, `$1${values.level}$2`),
    };
  } finally {
    await browser.close();
  }
}

/**
 * The rating request of the plan's first learner on its first statement, checked against the
 * database at `inspectUrl` (npm run load and npm run load:cluster capture it the same way).
 */
export function captureFirstLearnerRating(baseUrl: string, plan: LoadPlan, inspectUrl: string) {
  return captureRatingRequest({
    baseUrl,
    sessionToken: plan.learners[0]!.sessionToken,
    orgSlug: plan.orgSlug,
    programId: plan.programId,
    statementId: plan.statementIds[0]!,
    ratingExists: (requestKey) =>
      withClient(inspectUrl, async (client) => {
        const found = await client.query(`select 1 from "Rating" where "requestKey" = $1`, [requestKey]);
        return found.rowCount === 1;
      }),
  });
}
