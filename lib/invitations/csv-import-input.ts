import { z } from "@/lib/validation/zod";
import { MAX_CSV_BYTES } from "./csv-limits";

/**
 * The CSV as text: the form reads the chosen file in the browser (server actions get no files
 * through the pipeline). Characters are at most bytes; parse-invitation-csv.ts checks the bytes.
 */
export const csvImportInput = z.object({
  csv: z
    .string({ error: "people:import.fileErrors.empty" })
    .min(1, { error: "people:import.fileErrors.empty" })
    .max(MAX_CSV_BYTES, { error: "people:import.fileErrors.tooLargeShort" }),
});
