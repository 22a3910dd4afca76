// The familiarity scale of product.md: four cumulative levels. Shared by the server and the forms;
// the names live in locales/<lng>/learning.json under levels.<n>.name.

export const levels = [1, 2, 3, 4] as const;
export type Level = (typeof levels)[number];

export function isLevel(value: unknown): value is Level {
  return typeof value === "number" && (levels as readonly number[]).includes(value);
}

/** Translation key of a level's name in the "learning" namespace. */
export const levelNameKey = (level: Level) => `levels.${level}.name` as const;
