import { afterEach, describe, expect, it, vi } from "vitest";
import { drainOnSignals } from "./graceful-shutdown";

afterEach(() => {
  vi.useRealTimers();
  process.removeAllListeners("SIGTERM");
  process.removeAllListeners("SIGINT");
});

/** Drains on a SIGTERM emitted in this process, with fake time, and says how it exited. */
async function drainWith(close: () => Promise<void>) {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setImmediate", "Date"] });
  const exit = vi.fn<(code: number) => void>();
  const lines: string[] = [];
  drainOnSignals({ close, exit, log: (line) => lines.push(line) });
  process.emit("SIGTERM");
  // The accept grace, the sweeps of a server without connections, and a deadline to spare.
  await vi.advanceTimersByTimeAsync(10_000);
  return { exit, lines };
}

describe("stopping on SIGTERM", () => {
  it("exits 0 once the pool is closed", async () => {
    const close = vi.fn(async () => {});
    const { exit } = await drainWith(close);
    expect(close).toHaveBeenCalledOnce();
    expect(exit).toHaveBeenCalledExactlyOnceWith(0);
  });

  it("exits 1 instead of hanging when closing never ends (the database is gone)", async () => {
    const { exit, lines } = await drainWith(() => new Promise<void>(() => {}));
    expect(exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(lines.join("\n")).toMatch(/closing took longer than allowed/);
  });
});
