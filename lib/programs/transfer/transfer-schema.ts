// program.json of an imported program: the library's schema (lib/library/content/program-schema.ts)
// with the languages an organization's program may lack. Same fields, same strictness, same keys.
import { localizedTextSchema, programSchema } from "@/lib/library/content/program-schema";
import { z } from "@/lib/validation/zod";

const nonEmptyText = localizedTextSchema.shape.nb;

/**
 * Bokmål is the original, as in the editor; English and Dutch are there when they are translated.
 * An unknown language (`"de"`) is still an error.
 */
export const transferTextSchema = z.strictObject({
  nb: nonEmptyText,
  en: nonEmptyText.optional(),
  nl: nonEmptyText.optional(),
});

const libraryStatement = programSchema.shape.statements.element;
const libraryQuote = programSchema.shape.quote.unwrap();

const statementSchema = libraryStatement.extend({
  text: transferTextSchema,
  reflectionPrompts: z.array(transferTextSchema).optional().default([]),
});

/**
 * Tagline and summary are optional: a program written in Evne may not have them yet (the library
 * requires them). `position` and `related` are read as the library reads them but not kept: an
 * organization's programs have no library position and no related programs.
 */
export const transferProgramSchema = programSchema.extend({
  title: transferTextSchema,
  tagline: transferTextSchema.optional(),
  summary: transferTextSchema.optional(),
  quote: libraryQuote.extend({ text: transferTextSchema }).optional(),
  statements: z.array(statementSchema).min(1),
});

export type TransferProgramSource = z.output<typeof transferProgramSchema>;
