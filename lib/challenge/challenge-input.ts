// Inputs of the rejection challenge's actions, shared by the forms and the server actions.
// Messages are translation keys (locales/<lng>/challenge.json).
import { z } from "@/lib/validation/zod";
import { addDays, isIsoDate, todayIso } from "./challenge-dates";
import {
  ASK_MAX_LENGTH,
  challengeAreas,
  challengeOutcomes,
  CUSTOM_TARGET_MAX,
  LESSON_MAX_LENGTH,
  targetPresets,
} from "./challenge-options";

/** A period longer than this is almost surely a typo in the year. */
export const PERIOD_MAX_DAYS = 5 * 366;

const isoDate = (key: string) => z.string().max(40, { error: key }).trim().refine(isIsoDate, { error: key });
const text = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .default("")
    .transform((value) => value.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max, { error: tooLong }));
const feeling = z.coerce
  .number({ error: "challenge:errors.feelingRequired" })
  .int({ error: "challenge:errors.feelingRequired" })
  .min(1, { error: "challenge:errors.feelingRequired" })
  .max(5, { error: "challenge:errors.feelingRequired" });

export const saveGoalInput = z
  .object({
    preset: z.enum([...targetPresets, "custom"], { error: "challenge:errors.targetRequired" }),
    customTarget: z.string().max(20, { error: "challenge:errors.customTarget" }).optional().default(""),
    startsOn: isoDate("challenge:errors.dateInvalid"),
    endsOn: isoDate("challenge:errors.dateInvalid"),
  })
  .transform((input, context) => {
    let target = Number(input.preset);
    if (input.preset === "custom") {
      target = Number(input.customTarget.trim());
      if (!Number.isInteger(target) || target < 1 || target > CUSTOM_TARGET_MAX) {
        context.addIssue({
          code: "custom",
          path: ["customTarget"],
          message: "challenge:errors.customTarget",
        });
        return z.NEVER;
      }
    }
    if (input.endsOn < input.startsOn) {
      context.addIssue({ code: "custom", path: ["endsOn"], message: "challenge:errors.endBeforeStart" });
      return z.NEVER;
    }
    if (addDays(input.startsOn, PERIOD_MAX_DAYS) < input.endsOn) {
      context.addIssue({ code: "custom", path: ["endsOn"], message: "challenge:errors.periodTooLong" });
      return z.NEVER;
    }
    return { target, startsOn: input.startsOn, endsOn: input.endsOn };
  });
export type SaveGoalInput = z.output<typeof saveGoalInput>;

/** A blank optional choice (a radio group left alone, "" from a form) is "not given". */
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), schema.nullable());

/**
 * A quick entry is what was asked and the answer (issue 19): the day defaults to today, and area,
 * feelings and lesson are details the person may add. Nothing is preselected in the form, so the
 * server takes "not given" as null instead of guessing one.
 */
const attemptFields = {
  occurredOn: z
    .preprocess(
      (value) => (value === "" || value === undefined ? todayIso() : value),
      isoDate("challenge:errors.dateInvalid"),
    )
    // A day's slack: the person's clock may be ahead of Oslo's calendar.
    .refine((date) => date <= addDays(todayIso(), 1), { error: "challenge:errors.dateInFuture" }),
  area: optional(z.enum(challengeAreas, { error: "challenge:errors.areaRequired" })),
  ask: text(ASK_MAX_LENGTH, "challenge:errors.askTooLong").pipe(
    z.string().min(1, { error: "challenge:errors.askRequired" }),
  ),
  outcome: z.enum(challengeOutcomes, { error: "challenge:errors.outcomeRequired" }),
  feelingBefore: optional(feeling),
  feelingAfter: optional(feeling),
  lesson: text(LESSON_MAX_LENGTH, "challenge:errors.lessonTooLong"),
};

export const addAttemptInput = z.object({
  ...attemptFields,
  /** Made when the form was rendered: the same key twice is the same attempt. */
  requestKey: z.uuid({ error: "challenge:errors.stale" }),
});
export type AddAttemptInput = z.output<typeof addAttemptInput>;

export const updateAttemptInput = z.object({
  ...attemptFields,
  attemptId: z.uuid({ error: "challenge:errors.attemptNotFound" }),
});
export type UpdateAttemptInput = z.output<typeof updateAttemptInput>;

export const deleteAttemptInput = z.object({
  attemptId: z.uuid({ error: "challenge:errors.attemptNotFound" }),
});
export type DeleteAttemptInput = z.output<typeof deleteAttemptInput>;

export const setShareCountInput = z.object({
  share: z.stringbool({ error: "challenge:errors.invalid" }),
});
export type SetShareCountInput = z.output<typeof setShareCountInput>;
