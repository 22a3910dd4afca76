import path from "node:path";
import { displayPath, listFolder } from "./content-files";
import { ContentValidationError } from "./content-validation-error";
import type { LibraryProgram } from "./library-content-types";
import { loadProgramFolder } from "./load-program-folder";

/*
 * No `import "server-only"` here: besides the app, this runs in plain Node (the seed and
 * `npm run content:check`), where that import throws. It only reads files from the repository.
 */

/**
 * Reads, validates and returns every library program under `rootDir` (one folder per program,
 * see docs/content-format.md), sorted by position. Throws one ContentValidationError listing
 * every problem found in any program; returns nothing partial.
 */
export async function loadLibraryContent(rootDir = "content/programs"): Promise<LibraryProgram[]> {
  const rootPath = path.resolve(rootDir);
  const entries = await listFolder(rootPath);
  if (entries === null) {
    throw new ContentValidationError([`${displayPath(rootPath)}: missing (no programs folder)`]);
  }

  // Loose files next to the program folders (a README, say) are not programs.
  const folders = entries.filter((entry) => entry.isDirectory).map((entry) => entry.name);
  // A folder is a program as far as links go even when its own content has problems: those
  // are reported once, for that folder, rather than again as every link to it.
  const knownSlugs = new Set(folders);
  const results = await Promise.all(
    folders.map((folder) => loadProgramFolder({ folderPath: path.join(rootPath, folder), knownSlugs })),
  );

  const problems = results.flatMap((result) => result.problems);
  const programs = results.flatMap((result) => (result.program ? [result.program] : []));
  problems.push(...findDuplicatePositions(folders, results, rootPath));
  if (problems.length > 0) throw new ContentValidationError(problems);

  return programs.sort((a, b) => a.position - b.position);
}

/** Summary numbers, e.g. for `content ok: 5 programs, 40 statements, 200 resources`. */
export function countLibraryContent(programs: readonly LibraryProgram[]): {
  programs: number;
  statements: number;
  resources: number;
} {
  const statements = programs.flatMap((program) => program.statements);
  return {
    programs: programs.length,
    statements: statements.length,
    resources: statements.reduce((sum, statement) => sum + statement.resources.length, 0),
  };
}

function findDuplicatePositions(
  folders: readonly string[],
  results: readonly { position: number | null }[],
  rootPath: string,
): string[] {
  const folderByPosition = new Map<number, string>();
  const problems: string[] = [];
  results.forEach(({ position }, index) => {
    const folder = folders[index];
    if (position === null || folder === undefined) return;
    const other = folderByPosition.get(position);
    if (other === undefined) {
      folderByPosition.set(position, folder);
    } else {
      const file = displayPath(path.join(rootPath, folder, "program.json"));
      problems.push(`${file}: position: ${position} is also the position of "${other}"`);
    }
  });
  return problems;
}
