// Inputs of the program actions, shared by the forms and the server actions. Messages are
// translation keys (locales/<lng>/programs.json).
import { z } from "@/lib/validation/zod";
import { defaultLanguage, languages } from "@/lib/i18n/settings";
import {
  PROGRAM_SUMMARY_MAX_LENGTH,
  PROGRAM_TAGLINE_MAX_LENGTH,
  PROGRAM_TITLE_MAX_LENGTH,
  QUOTE_AUTHOR_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  QUOTE_SOURCE_MAX_LENGTH,
  RESOURCE_BODY_MAX_LENGTH,
  RESOURCE_TITLE_MAX_LENGTH,
  STATEMENT_MAX_LENGTH,
} from "./program-limits";

const LIBRARY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (key: string) => z.uuid({ error: key });
const language = z.enum(languages, { error: "programs:errors.languageRequired" });
const kind = z.enum(["know", "can"], { error: "programs:errors.kindRequired" });
/** "Major change" checkbox: absent when unchecked. */
const major = z.stringbool().optional().default(false);
const lockVersion = z.coerce.number({ error: "programs:errors.stale" }).int().min(0);
const text = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .default("")
    .transform((value) => value.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().max(max, { error: tooLong }));

/** Bokmål is the original every other language is translated from: it may not be emptied. */
function requireInBokmal<T extends { language: string }>(fields: (keyof T & string)[]) {
  return (input: T, context: z.RefinementCtx) => {
    if (input.language !== defaultLanguage) return;
    for (const field of fields) {
      if (input[field] === "")
        context.addIssue({ code: "custom", path: [field], message: "programs:errors.requiredInBokmal" });
    }
  };
}

export const copyLibraryProgramInput = z.object({
  programSlug: z
    .string()
    .max(200, { error: "programs:copy.errors.notFound" })
    .regex(LIBRARY_SLUG, { error: "programs:copy.errors.notFound" }),
  /** Made when the confirmation was rendered: the same key twice is the same copy. */
  requestKey: z.uuid({ error: "programs:copy.errors.stale" }),
  /** Set once the person has confirmed that they want a second copy of a program they have. */
  again: z.stringbool().optional().default(false),
});
export type CopyLibraryProgramInput = z.output<typeof copyLibraryProgramInput>;

export const updateProgramDetailsInput = z
  .object({
    programId: id("programs:errors.notFound"),
    language,
    lockVersion,
    title: text(PROGRAM_TITLE_MAX_LENGTH, "programs:errors.tooLong"),
    tagline: text(PROGRAM_TAGLINE_MAX_LENGTH, "programs:errors.tooLong"),
    summary: text(PROGRAM_SUMMARY_MAX_LENGTH, "programs:errors.tooLong"),
    quoteText: text(QUOTE_MAX_LENGTH, "programs:errors.tooLong"),
    quoteAuthor: text(QUOTE_AUTHOR_MAX_LENGTH, "programs:errors.tooLong"),
    quoteSource: text(QUOTE_SOURCE_MAX_LENGTH, "programs:errors.tooLong"),
  })
  .superRefine(requireInBokmal(["title"]));
export type UpdateProgramDetailsInput = z.output<typeof updateProgramDetailsInput>;

export const updateStatementInput = z
  .object({
    statementId: id("programs:errors.notFound"),
    language,
    lockVersion,
    text: text(STATEMENT_MAX_LENGTH, "programs:errors.tooLong"),
    kind,
    major,
  })
  .superRefine(requireInBokmal(["text"]));
/** `major` may be left out by callers other than the form: an edit is minor unless said otherwise. */
export type UpdateStatementInput = Omit<z.output<typeof updateStatementInput>, "major"> & { major?: boolean };

export const updateResourceInput = z
  .object({
    resourceId: id("programs:errors.notFound"),
    language,
    lockVersion,
    title: text(RESOURCE_TITLE_MAX_LENGTH, "programs:errors.tooLong"),
    body: text(RESOURCE_BODY_MAX_LENGTH, "programs:errors.tooLong"),
    major,
  })
  .superRefine(requireInBokmal(["title", "body"]));
export type UpdateResourceInput = Omit<z.output<typeof updateResourceInput>, "major"> & { major?: boolean };

/**
 * A new item is written in the edited language, and Bokmål (the original every translation starts
 * from) is required: when the edited language is not Bokmål, the form asks for both.
 */
function requireBokmalOnAdd<T extends { language: string }>(fields: (keyof T & string)[]) {
  return (input: T, context: z.RefinementCtx) => {
    for (const field of fields) {
      const bokmal = input.language === defaultLanguage ? field : `${field}Nb`;
      if (input[bokmal as keyof T] === "")
        context.addIssue({ code: "custom", path: [bokmal], message: "programs:errors.requiredInBokmal" });
    }
  };
}

export const addStatementInput = z
  .object({
    programId: id("programs:errors.notFound"),
    language,
    kind,
    text: text(STATEMENT_MAX_LENGTH, "programs:errors.tooLong"),
    textNb: text(STATEMENT_MAX_LENGTH, "programs:errors.tooLong"),
  })
  .superRefine(requireBokmalOnAdd(["text"]));
export type AddStatementInput = z.output<typeof addStatementInput>;

export const addResourceInput = z
  .object({
    statementId: id("programs:errors.notFound"),
    language,
    title: text(RESOURCE_TITLE_MAX_LENGTH, "programs:errors.tooLong"),
    body: text(RESOURCE_BODY_MAX_LENGTH, "programs:errors.tooLong"),
    titleNb: text(RESOURCE_TITLE_MAX_LENGTH, "programs:errors.tooLong"),
    bodyNb: text(RESOURCE_BODY_MAX_LENGTH, "programs:errors.tooLong"),
  })
  .superRefine(requireBokmalOnAdd(["title", "body"]));
export type AddResourceInput = z.output<typeof addResourceInput>;

const itemType = z.enum(["statement", "resource"], { error: "programs:errors.notFound" });

export const deleteProgramItemInput = z.object({ itemType, itemId: id("programs:errors.notFound") });
export type DeleteProgramItemInput = z.output<typeof deleteProgramItemInput>;

export const moveProgramItemInput = z.object({
  itemType,
  itemId: id("programs:errors.notFound"),
  direction: z.enum(["up", "down"], { error: "programs:errors.notFound" }),
});
export type MoveProgramItemInput = z.output<typeof moveProgramItemInput>;

export const setItemHiddenInput = z.object({
  itemType: z.enum(["statement", "resource"], { error: "programs:errors.notFound" }),
  itemId: id("programs:errors.notFound"),
  hidden: z.stringbool({ error: "programs:errors.notFound" }),
});
export type SetItemHiddenInput = z.output<typeof setItemHiddenInput>;

export const setProgramStatusInput = z.object({
  programId: id("programs:errors.notFound"),
  status: z.enum(["draft", "published"], { error: "programs:errors.statusRequired" }),
});
export type SetProgramStatusInput = z.output<typeof setProgramStatusInput>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" as midnight UTC (the column is a date), or null when left empty. */
const dueDate = z
  .string()
  .optional()
  .default("")
  .transform((value, context) => {
    const trimmed = value.trim();
    if (trimmed === "") return null;
    const match = ISO_DATE.exec(trimmed);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (
      !date ||
      date.toISOString().slice(0, 10) !== trimmed ||
      date.getUTCFullYear() < 2000 ||
      date.getUTCFullYear() > 2100
    ) {
      context.addIssue({ code: "custom", message: "programs:assign.errors.dueDateInvalid" });
      return z.NEVER;
    }
    return date;
  });

const teamIds = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid({ error: "programs:assign.errors.teamsRequired" })).max(500),
);

const membershipIds = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid({ error: "programs:assign.errors.peopleRequired" })).max(500),
);

export const assignProgramInput = z
  .object({
    programId: id("programs:errors.notFound"),
    audience: z.enum(["everyone", "teams", "people"], { error: "programs:assign.errors.audienceRequired" }),
    teamIds,
    membershipIds,
    dueDate,
  })
  .superRefine((input, context) => {
    if (input.audience === "teams" && input.teamIds.length === 0)
      context.addIssue({
        code: "custom",
        path: ["teamIds"],
        message: "programs:assign.errors.teamsRequired",
      });
    if (input.audience === "people" && input.membershipIds.length === 0)
      context.addIssue({
        code: "custom",
        path: ["membershipIds"],
        message: "programs:assign.errors.peopleRequired",
      });
  });
// membershipIds is optional for callers that assign to everyone or teams (seeds, fixtures).
export type AssignProgramInput = Omit<z.output<typeof assignProgramInput>, "membershipIds"> & {
  membershipIds?: string[];
};

export const changeAssignmentDueDateInput = z.object({
  assignmentId: id("programs:assign.errors.notFound"),
  dueDate,
});
export type ChangeAssignmentDueDateInput = z.output<typeof changeAssignmentDueDateInput>;

export const removeAssignmentInput = z.object({ assignmentId: id("programs:assign.errors.notFound") });
export type RemoveAssignmentInput = z.output<typeof removeAssignmentInput>;

export const createProgramInput = z
  .object({
    /** Bokmål: the original every other language is translated from. Optional when duplicating. */
    title: text(PROGRAM_TITLE_MAX_LENGTH, "programs:errors.tooLong"),
    tagline: text(PROGRAM_TAGLINE_MAX_LENGTH, "programs:errors.tooLong"),
    summary: text(PROGRAM_SUMMARY_MAX_LENGTH, "programs:errors.tooLong"),
    /** A program of the organization to start from, or "" for an empty one. */
    duplicateOf: z
      .union([z.literal(""), id("programs:errors.notFound")])
      .optional()
      .transform((value) => value || null),
    /** Made when the form was rendered: the same key twice is the same program. */
    requestKey: z.uuid({ error: "programs:copy.errors.stale" }),
  })
  .superRefine((input, context) => {
    if (!input.duplicateOf && input.title === "")
      context.addIssue({ code: "custom", path: ["title"], message: "programs:errors.requiredInBokmal" });
  });
export type CreateProgramInput = z.output<typeof createProgramInput>;

export const setProgramArchivedInput = z.object({
  programId: id("programs:errors.notFound"),
  /** true: archive (its assignments end); false: restore as a draft. */
  archived: z.stringbool({ error: "programs:errors.statusRequired" }),
});
export type SetProgramArchivedInput = z.output<typeof setProgramArchivedInput>;
