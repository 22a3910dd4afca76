"use server";

import { refresh } from "next/cache";
import { csvImportInput } from "@/lib/invitations/csv-import-input";
import { importCsv } from "@/lib/invitations/import-csv";
import { withholdInvitationTokens } from "@/lib/invitations/send-invitation-mails";
import { workspaceAction } from "../pipeline";

/** CSV import, step 2 (after the preview): invite every valid row in one transaction, their mails queued with them. */
export const importCsvAction = workspaceAction({
  useCase: importCsv,
  input: csvImportInput,
  handler: ({ tx, ctx, input }) => importCsv({ tx, ctx, csv: input.csv }),
  after: ({ result }) => {
    withholdInvitationTokens(result);
    refresh();
  },
});
