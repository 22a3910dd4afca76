// Runs a database CLI: expected failures print one line, not a stack trace.
import { DatabaseUnavailableError, oneLine } from "./server";
import { EnvError } from "../../lib/env";

export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (error instanceof DatabaseUnavailableError || error instanceof EnvError) {
        console.error(`error: ${error.message}`);
      } else if (process.env.DEBUG) {
        console.error(error);
      } else {
        console.error(`error: ${oneLine(error)} (set DEBUG=1 for details)`);
      }
      process.exitCode = 1;
    },
  );
}
