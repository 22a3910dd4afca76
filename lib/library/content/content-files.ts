import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** File paths in problems are relative to the working directory, as an author would type them. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  const shown = relative === "" || relative.startsWith("..") ? absolutePath : relative;
  return shown.split(path.sep).join("/");
}

/** The file's text, or null if it does not exist (any other read error is a bug and throws). */
export async function readTextFileIfExists(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, "utf8");
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
}

export interface FolderEntry {
  name: string;
  isDirectory: boolean;
}

/**
 * Entries sorted by name, so problems and results never depend on file system order; hidden
 * entries (.DS_Store and the like) are skipped. Null if the folder does not exist.
 */
export async function listFolder(folderPath: string): Promise<FolderEntry[] | null> {
  try {
    const entries = await readdir(folderPath, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith("."))
      .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
