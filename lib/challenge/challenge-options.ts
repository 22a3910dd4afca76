// The rejection challenge's bounds and choices, shared by its forms and its input schemas
// (challenge-input.ts). Kept free of zod so the forms do not ship it to the browser (issue 17).

export const ASK_MAX_LENGTH = 500;
export const LESSON_MAX_LENGTH = 2000;
export const CUSTOM_TARGET_MAX = 100_000;

export const targetPresets = ["10", "100", "1000"] as const;
export const challengeAreas = ["job_search", "work", "social", "romantic", "other"] as const;
export const challengeOutcomes = ["no", "yes", "no_answer"] as const;
export const feelings = [1, 2, 3, 4, 5] as const;

export type ChallengeArea = (typeof challengeAreas)[number];
export type ChallengeOutcome = (typeof challengeOutcomes)[number];
