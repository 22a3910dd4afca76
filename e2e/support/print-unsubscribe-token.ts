// Prints the unsubscribe token for `<userId> <kind>` (e2e/support/unsubscribe-token.ts runs this
// with the react-server condition, under which the server-only module may be imported).
import { isNotificationKind } from "../../lib/notifications/notification-kinds";
import { unsubscribeToken } from "../../lib/notifications/unsubscribe-token";

const [userId, kind] = process.argv.slice(2);
if (!userId || !isNotificationKind(kind))
  throw new Error("usage: print-unsubscribe-token.ts <userId> <kind>");
process.stdout.write(`${unsubscribeToken({ userId, kind })}\n`);
