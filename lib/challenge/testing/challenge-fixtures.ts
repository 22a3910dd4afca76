// Test helper for the rejection challenge: attempts in a person's log, written through the same use
// case the log's form uses (its validation, its lock, its request key), by the person whose log it is.
import { randomUUID } from "node:crypto";
import type { TestMember } from "@/lib/orgs/testing/build-organization";
import { as } from "@/lib/programs/testing/program-fixtures";
import { addAttempt } from "../add-attempt";
import { addDays, todayIso } from "../challenge-dates";
import { addAttemptInput, type challengeAreas, type challengeOutcomes } from "../challenge-input";

type ChallengeOutcome = (typeof challengeOutcomes)[number];
type ChallengeArea = (typeof challengeAreas)[number];

export type FixtureAttempt = {
  /** How many days before today (Oslo's calendar) it happened. */
  daysAgo: number;
  ask: string;
  outcome: ChallengeOutcome;
  area?: ChallengeArea;
  feelingBefore?: number;
  feelingAfter?: number;
};

/** Logs the attempts as `person`, one form submission each. */
export async function logAttempts(person: TestMember, attempts: FixtureAttempt[]) {
  for (const { daysAgo, ...fields } of attempts)
    await as(person, ({ tx, ctx }) =>
      addAttempt({
        tx,
        ctx,
        input: addAttemptInput.parse({
          ...fields,
          occurredOn: addDays(todayIso(), -daysAgo),
          requestKey: randomUUID(),
        }),
      }),
    );
}
