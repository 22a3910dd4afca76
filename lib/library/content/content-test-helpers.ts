import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { displayPath } from "./content-files";
import { ContentValidationError } from "./content-validation-error";
import { loadLibraryContent } from "./load-library-content";

/** Test-only helpers shared by the content tests (not imported by the app). */

export const FIXTURES = fileURLToPath(new URL("./__fixtures__", import.meta.url));

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** A problem line's file part, as the loader prints it. */
export function fileIn(root: string, relativePath: string): string {
  return displayPath(path.join(root, relativePath));
}

/** Loads `root`, expects a ContentValidationError and returns its problems. */
export async function problemsOf(root: string): Promise<readonly string[]> {
  const error: unknown = await loadLibraryContent(root).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ContentValidationError);
  return (error as ContentValidationError).problems;
}

/** A writable copy of a fixture in a fresh temp folder; `remove()` deletes it. */
export async function copyFixture(name: string): Promise<{
  root: string;
  edit: (relativePath: string, change: (text: string) => string) => Promise<void>;
  editJson: (relativePath: string, change: (json: Record<string, unknown>) => unknown) => Promise<void>;
  remove: () => Promise<void>;
}> {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), "evne-content-")), "programs");
  await cp(fixture(name), root, { recursive: true });
  const edit = async (relativePath: string, change: (text: string) => string) => {
    const file = path.join(root, relativePath);
    await writeFile(file, change(await readFile(file, "utf8")));
  };
  return {
    root,
    edit,
    editJson: (relativePath, change) =>
      edit(relativePath, (text) => JSON.stringify(change(JSON.parse(text) as Record<string, unknown>), null, 2)),
    remove: () => rm(path.dirname(root), { recursive: true, force: true }),
  };
}
