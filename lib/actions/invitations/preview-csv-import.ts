"use server";

import { csvImportInput } from "@/lib/invitations/csv-import-input";
import { previewCsvImport } from "@/lib/invitations/preview-csv-import";
import { workspaceAction } from "../pipeline";

/** CSV import, step 1: what importing the file would do, row by row. Writes nothing. */
export const previewCsvImportAction = workspaceAction({
  useCase: previewCsvImport,
  input: csvImportInput,
  handler: ({ tx, ctx, input }) => previewCsvImport({ tx, ctx, csv: input.csv }),
  // Nothing changed, so the page need not refresh.
  after: () => {},
});
