// What is wrong with an imported program, as data: the file, where in it, and a message key with
// its values (locales/<lng>/programs.json, transfer.problems.*), so the page lists it in the
// reader's language. No "server-only": the import form shows the list.

export type TransferProblem = {
  /** Path inside the program folder ("program.json", "resources/x.nb.md"); "" for the zip itself. */
  file: string;
  /** Field path in program.json, `statements[2].text.nb`. */
  field?: string;
  /** Line in a Markdown file. */
  line?: number;
  /** Key under programs:transfer.problems. */
  code: TransferProblemCode;
  values?: Record<string, string | number>;
};

export const transferProblemCodes = [
  // The zip
  "notZip",
  "zipTooLarge",
  "unzippedTooLarge",
  "fileTooLarge",
  "tooManyFiles",
  "unsafePath",
  "damaged",
  "notText",
  "noProgramJson",
  // Files and folders
  "missing",
  "missingResource",
  "unexpectedFile",
  "unexpectedResourceFile",
  "unusedResource",
  "invalidJson",
  "slugMismatch",
  // program.json, from the schema
  "required",
  "wrongType",
  "empty",
  "tooFewStatements",
  "tooFewResources",
  "tooSmall",
  "notWholeNumber",
  "notKebabCase",
  "notKind",
  "unknownField",
  "invalid",
  // program.json, cross-checks
  "duplicateStatementKey",
  "duplicateResource",
  "resourceOfOtherStatement",
  // Markdown
  "titleLine",
  "blankSecondLine",
  "emptyBody",
  "secondTitle",
  "rawHtml",
  "unsafeLink",
  "unknownProgramLink",
  "markdownOther",
  // Images (images/<name>, shown by resources as ../images/<name>)
  "imageMissing",
  "imageAltMissing",
  "imageInvalid",
  "unusedImage",
  "unexpectedImageFile",
] as const;

export type TransferProblemCode = (typeof transferProblemCodes)[number];

export function problem(
  file: string,
  code: TransferProblemCode,
  values?: TransferProblem["values"],
  where: Pick<TransferProblem, "field" | "line"> = {},
): TransferProblem {
  return { file, code, ...where, ...(values ? { values } : {}) };
}
