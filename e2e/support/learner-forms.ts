// The learner's forms as journey steps, shared by the learning, challenge and XSS specs.
import type { Page } from "@playwright/test";
import type nbChallenge from "@/locales/nb/challenge.json";
import type nbLearning from "@/locales/nb/learning.json";
import { expect } from "./login";
import { fill } from "./people";

type LearningCopy = typeof nbLearning;
type ChallengeCopy = typeof nbChallenge;

/** Writes `text` as the first reflection on the open statement page, saves, and checks it after a reload. */
export async function saveReflection(page: Page, t: LearningCopy, text: string) {
  const region = () => page.getByRole("region", { name: t.reflection.title });
  await region().getByRole("textbox").first().fill(text);
  await region()
    .getByRole("button", { name: new RegExp(`^${t.reflection.save}`) })
    .first()
    .click();
  await expect(region().getByRole("status").filter({ hasText: t.reflection.saved })).toBeVisible();
  await page.reload();
  await expect(region().getByRole("textbox").first()).toHaveValue(text);
}

export type ChallengeAttempt = {
  ask: string;
  outcome: "no" | "yes";
  /** Feelings 1–5, before and after asking. */
  before: number;
  after: number;
  lesson: string;
};

/** Logs one attempt through the form on the open challenge page (area: social) and checks it was added. */
export async function logChallengeAttempt(page: Page, t: ChallengeCopy, attempt: ChallengeAttempt) {
  const form = page.getByRole("region", { name: t.form.title });
  await form.getByLabel(t.form.ask).fill(attempt.ask);
  // The details are behind a disclosure: a quick entry is the line and the answer (issue 19).
  await form.getByText(t.form.details).click();
  await form
    .getByRole("radiogroup", { name: t.form.area })
    .getByRole("radio", { name: t.areas.social, exact: true })
    .check();
  await form
    .getByRole("radiogroup", { name: t.form.outcome })
    .getByRole("radio", { name: t.outcomes[attempt.outcome], exact: true })
    .check();
  const feeling = (value: number) =>
    fill(t.form.feelingOption, { value, word: t.feelings[`${value}` as "1"] });
  await form
    .getByRole("radiogroup", { name: t.form.feelingBefore })
    .getByRole("radio", { name: feeling(attempt.before), exact: true })
    .check();
  await form
    .getByRole("radiogroup", { name: t.form.feelingAfter })
    .getByRole("radio", { name: feeling(attempt.after), exact: true })
    .check();
  await form.getByLabel(t.form.lesson).fill(attempt.lesson);
  await form.getByRole("button", { name: t.form.add }).click();
  await expect(form.getByRole("status")).toHaveText(t.messages.attemptAdded);
  await expect(form.getByLabel(t.form.ask)).toHaveValue("");
}

/** Logs a quick entry (the line and the answer, nothing else) on the open challenge page. */
export async function logQuickAttempt(page: Page, t: ChallengeCopy, ask: string, outcome: "no" | "yes") {
  const form = page.getByRole("region", { name: t.form.title });
  await form.getByLabel(t.form.ask).fill(ask);
  await form
    .getByRole("radiogroup", { name: t.form.outcome })
    .getByRole("radio", { name: t.outcomes[outcome], exact: true })
    .check();
  await form.getByRole("button", { name: t.form.add }).click();
  await expect(form.getByRole("status")).toHaveText(t.messages.attemptAdded);
  await expect(form.getByLabel(t.form.ask)).toHaveValue("");
}
