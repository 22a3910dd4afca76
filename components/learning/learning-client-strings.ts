import type { ClientStrings } from "@/components/i18n/client-translations";

/**
 * The learner's forms (rating, reflection, mark as done) and nothing else of `learning`: the rest
 * of the namespace is read by server components, and each learner page would carry it twice
 * (issue 17). components/i18n/client-translations.test.ts checks the forms find what they ask for.
 */
export const LEARNING_CLIENT_STRINGS = [
  {
    namespace: "learning",
    keys: ["levels", "rating", "reflection.save", "resource.isDone", "resource.markDone", "resource.undo"],
  },
] as const satisfies readonly ClientStrings[];

/** The client components the learner's pages render, whose strings come from LEARNING_CLIENT_STRINGS. */
export const LEARNING_CLIENT_COMPONENTS = [
  "components/learning/rating-form.tsx",
  "components/learning/reflection-form.tsx",
  "components/learning/resource-done-form.tsx",
] as const;
