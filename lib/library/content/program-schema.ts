import { z } from "@/lib/validation/zod";

/** The languages every library text exists in; nb is the default. */
export const CONTENT_LANGUAGES = ["nb", "en", "nl"] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const STATEMENT_KINDS = ["know", "can"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Slugs and keys end up in URLs, file names and unique database keys: kebab-case ASCII only. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/*
 * Messages are written for content authors: the loader prefixes them with the file and the
 * field path (`statements[2].text.nl: required`), so they only say what is wrong.
 */
function typeError(expected: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? "required" : `must be ${expected}`,
  };
}

const nonEmptyText = z
  .string(typeError("a string"))
  .trim()
  .min(1, { error: "must not be empty" });

const kebabCase = (what: string) =>
  z.string(typeError("a string")).regex(KEBAB_CASE, {
    error: (issue) =>
      `must be a kebab-case ASCII ${what} like "my-${what}" (got ${JSON.stringify(issue.input)})`,
  });

/** Exactly nb, en and nl; `strict` so a typo like `"nO"` is an error, not a silently lost text. */
export const localizedTextSchema = z.strictObject(
  {
    nb: nonEmptyText,
    en: nonEmptyText,
    nl: nonEmptyText,
  },
  typeError('an object with "nb", "en" and "nl"'),
);

const quoteSchema = z.strictObject(
  {
    text: localizedTextSchema,
    author: nonEmptyText.optional(),
    /** Where it was said (a book, a talk), the same in every language. */
    source: nonEmptyText.optional(),
  },
  typeError("an object"),
);

const statementSchema = z.strictObject(
  {
    key: kebabCase("key"),
    kind: z.enum(STATEMENT_KINDS, {
      error: (issue) =>
        issue.input === undefined
          ? "required"
          : `must be "know" or "can" (got ${JSON.stringify(issue.input)})`,
    }),
    text: localizedTextSchema,
    resources: z
      .array(kebabCase("key"), typeError("a list of resource keys"))
      .min(1, { error: "needs at least one resource" }),
    reflectionPrompts: z
      .array(localizedTextSchema, typeError("a list of texts"))
      .optional()
      .default([]),
  },
  typeError("an object"),
);

export const programSchema = z.strictObject(
  {
    slug: kebabCase("slug"),
    position: z
      .number(typeError("a number"))
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be 1 or more" }),
    title: localizedTextSchema,
    tagline: localizedTextSchema,
    summary: localizedTextSchema,
    quote: quoteSchema.optional(),
    related: z
      .array(kebabCase("slug"), typeError("a list of program slugs"))
      .optional()
      .default([]),
    statements: z
      .array(statementSchema, typeError("a list of statements"))
      .min(1, { error: "needs at least one statement" }),
  },
  typeError("an object"),
);

/** program.json after validation (defaults applied, texts trimmed). */
export type ProgramSource = z.output<typeof programSchema>;
