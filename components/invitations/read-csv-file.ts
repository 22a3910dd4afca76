import { decodeCsvBytes } from "@/lib/csv/read-csv";

/** A chosen file's text, in whichever encoding the spreadsheet saved it (lib/csv/read-csv.ts). */
export async function readCsvFile(file: File): Promise<string> {
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}
