/*
 * `npm run content:check`: validates content/programs the way the seed will load it, so a
 * content author finds every problem before a deploy does.
 */
import { ContentValidationError } from "../lib/library/content/content-validation-error";
import { countLibraryContent, loadLibraryContent } from "../lib/library/content/load-library-content";

async function main(): Promise<void> {
  try {
    const counts = countLibraryContent(await loadLibraryContent("content/programs"));
    console.log(
      `content ok: ${counts.programs} programs, ${counts.statements} statements, ${counts.resources} resources`,
    );
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
