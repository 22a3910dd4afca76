// The update form's input: the program, the versions the page showed, and one decision per item
// (radio groups named "decision:<item id>"). Shared by the form and the server action.
import { z } from "@/lib/validation/zod";
import { DECISION_PREFIX } from "./decision-field";

/** A library version the page showed; anything else means the program moved on meanwhile. */
const libraryVersion = z
  .string()
  .min(1, { error: "updates:errors.moved" })
  .max(200, { error: "updates:errors.moved" });

export const applyLibraryUpdateInput = z
  .looseObject({
    programId: z.uuid({ error: "programs:errors.notFound" }),
    fromVersion: libraryVersion,
    toVersion: libraryVersion,
  })
  .transform((input) => {
    const decisions: Record<string, "accept" | "keep"> = {};
    for (const [name, value] of Object.entries(input)) {
      if (!name.startsWith(DECISION_PREFIX)) continue;
      if (value === "accept" || value === "keep") decisions[name.slice(DECISION_PREFIX.length)] = value;
    }
    return {
      programId: input.programId,
      fromVersion: input.fromVersion,
      toVersion: input.toVersion,
      decisions,
    };
  });

export type ApplyLibraryUpdateInput = z.output<typeof applyLibraryUpdateInput>;
