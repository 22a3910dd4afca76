// A port on 127.0.0.1 that nothing listens on now, picked by the system: for a server a bench or a
// test starts itself, so parallel checkouts and runs do not collide. No other imports, so tests of
// any kind can use it.
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
