/**
 * A chosen file's text. UTF-8 first; a file that is not valid UTF-8 is most likely Excel's
 * "CSV" in Windows-1252, where "ø" would otherwise arrive as "�".
 */
export async function readCsvFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
