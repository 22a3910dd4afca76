// Inputs of the learning actions, shared by the forms and the server actions. Messages are
// translation keys (locales/<lng>/learning.json).
import { z } from "@/lib/validation/zod";
import { NOTE_MAX_LENGTH, REFLECTION_MAX_LENGTH } from "./learning-limits";

const id = z.uuid({ error: "learning:errors.notFound" });
const flag = z.stringbool().optional().default(false);
const text = (max: number) =>
  z
    .string()
    .optional()
    .default("")
    .transform((value) => value.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max, { error: "learning:errors.tooLong" }));

export const rateStatementInput = z.object({
  statementId: id,
  level: z.coerce
    .number({ error: "learning:errors.levelRequired" })
    .int({ error: "learning:errors.levelRequired" })
    .min(1, { error: "learning:errors.levelRequired" })
    .max(4, { error: "learning:errors.levelRequired" }),
  note: text(NOTE_MAX_LENGTH),
  unclear: flag,
  wantsHelp: flag,
  /** Made when the form was rendered: the same key twice is one rating (a double submit). */
  requestKey: z.uuid({ error: "learning:errors.stale" }),
});
export type RateStatementInput = z.output<typeof rateStatementInput>;

export const setResourceDoneInput = z.object({
  resourceId: id,
  done: z.stringbool(),
});
export type SetResourceDoneInput = z.output<typeof setResourceDoneInput>;

export const saveReflectionInput = z.object({
  statementId: id,
  promptIndex: z.coerce.number().int().min(0).max(50),
  text: text(REFLECTION_MAX_LENGTH),
});
export type SaveReflectionInput = z.output<typeof saveReflectionInput>;
