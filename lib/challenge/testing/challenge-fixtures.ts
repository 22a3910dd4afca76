// Test helper for the rejection challenge: attempts in a person's log, written through the same use
// case the log's form uses (its validation, its lock, its request key), by the person whose log it is.
import { randomUUID } from "node:crypto";
import type { TestMember } from "@/lib/orgs/testing/build-organization";
import { as } from "@/lib/programs/testing/program-fixtures";
import { addAttempt } from "../add-attempt";
import { addDays, todayIso } from "../challenge-dates";
import { addAttemptInput, saveGoalInput } from "../challenge-input";
import type { ChallengeArea, ChallengeOutcome, targetPresets } from "../challenge-options";
import { saveGoal } from "../save-goal";
import { setShareCount } from "../set-share-count";

export type FixtureAttempt = {
  /** How many days before today (Oslo's calendar) it happened. */
  daysAgo: number;
  ask: string;
  outcome: ChallengeOutcome;
  area?: ChallengeArea;
  feelingBefore?: number;
  feelingAfter?: number;
  lesson?: string;
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

/** The person's goal of `target` "no"s from `daysAgo` days back to `daysAhead` ahead, shared with their teams or not. */
export async function setGoal(
  person: TestMember,
  goal: {
    target: (typeof targetPresets)[number];
    daysAgo: number;
    daysAhead: number;
    shareWithTeams: boolean;
  },
) {
  const today = todayIso();
  await as(person, async ({ tx, ctx }) => {
    await saveGoal({
      tx,
      ctx,
      input: saveGoalInput.parse({
        preset: goal.target,
        startsOn: addDays(today, -goal.daysAgo),
        endsOn: addDays(today, goal.daysAhead),
      }),
    });
    await setShareCount({ tx, ctx, input: { share: goal.shareWithTeams } });
  });
}
