import { z } from "@/lib/validation/zod";

export const importProgramInput = z.object({
  /** Made when the form was rendered: the same key twice is the same program. */
  requestKey: z.uuid({ error: "programs:copy.errors.stale" }),
  file: z
    .instanceof(File, { error: "programs:transfer.import.required" })
    .refine((file) => file.size > 0, { error: "programs:transfer.import.required" }),
});
