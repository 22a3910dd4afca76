// The familiarity scale of product.md: four cumulative levels. Shared by the server and the forms;
// the names and what each means live in locales/<lng>/learning.json under levels.<n>.

export const levels = [1, 2, 3, 4] as const;
export type Level = (typeof levels)[number];

export function isLevel(value: unknown): value is Level {
  return typeof value === "number" && (levels as readonly number[]).includes(value);
}

/** Translation key of a level's name in the "learning" namespace. */
export const levelNameKey = (level: Level) => `levels.${level}.name` as const;

/** Translation key of what a level means, in a sentence (issue 19: a scale the learner can read). */
export const levelDescriptionKey = (level: Level) => `levels.${level}.description` as const;
