// The learning forms' text bounds, shared with the input schemas (learning-input.ts). Kept free of
// zod so the learner's forms do not ship it to the browser (issue 17).

export const NOTE_MAX_LENGTH = 2_000;
export const REFLECTION_MAX_LENGTH = 5_000;
