// Unsubscribe tokens for the e2e tests, made by the app's own lib/notifications/unsubscribe-token.ts.
// That module is server-only, which Playwright's process cannot import, so a small tsx process with
// the react-server condition makes them (like e2e/support/snapshots.ts). It reads NEXTAUTH_SECRET
// from the same environment as the e2e server: the development default unless one is set.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type MailKind = "assigned" | "dueReminder" | "rateAgain" | "digest";

/** The token a notification mail of `kind` to `userId` carries in its unsubscribe links. */
export async function unsubscribeTokenFor(userId: string, kind: MailKind): Promise<string> {
  const { stdout } = await run(
    "npx",
    ["tsx", "--conditions=react-server", path.join(__dirname, "print-unsubscribe-token.ts"), userId, kind],
    { timeout: 60_000 },
  );
  return stdout.trim();
}
