// next-auth v4 logs a failed session lookup and answers "no session": while the database is down
// (a restart, a failover) every signed-in person would be taken for a stranger and sent to sign
// in. Evne wants the honest answer instead, an error page that says to try again: the adapter's
// session reads remember their failure, and the caller throws it after next-auth has answered.
import "server-only";
import type { AuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";

const SESSION_READS = ["getSessionAndUser", "updateSession", "deleteSession"] as const;

export type SessionFailureWatch = {
  /** The options to hand to next-auth: the same, with session reads that remember a failure. */
  options: AuthOptions;
  /** Throws when a session read failed during the call next-auth made with `options`. */
  throwIfFailed(): void;
};

export function watchSessionFailures(options: AuthOptions): SessionFailureWatch {
  const adapter = options.adapter;
  if (!adapter) return { options, throwIfFailed() {} };
  const failures: unknown[] = [];
  const watched: Adapter = { ...adapter };
  for (const name of SESSION_READS) {
    const read = adapter[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!read) continue;
    (watched as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await read.apply(adapter, args);
      } catch (error) {
        failures.push(error);
        throw error;
      }
    };
  }
  return {
    options: { ...options, adapter: watched },
    throwIfFailed() {
      if (failures.length > 0) throw new Error("The session could not be read", { cause: failures[0] });
    },
  };
}
