// A graceful stop for `next start` (ADR 012). Next's own SIGTERM handler closes the HTTP server
// and exits 143 without closing the database pool, and under load it waits as long as keep-alive
// clients keep sending. With NEXT_MANUAL_SIG_HANDLE set (scripts/serve-app.ts sets it) Next leaves
// the signals to us: stop accepting connections, let every request in flight finish while each
// answer from now on closes its connection, then end the database pool and exit 0.
import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";

/** Below the 30 s most process managers (Kubernetes, systemd, Docker) wait before SIGKILL. */
const DRAIN_TIMEOUT_MS = 25_000;
/**
 * How long the server still accepts connections after the signal. Closing the listening socket
 * resets connections the kernel accepted but a busy event loop has not taken yet: requests a
 * client already sent. Within this time they are taken, answered and closed.
 */
const ACCEPT_GRACE_MS = 1_000;
/** Connections that went quiet after their last answer are closed this often while draining. */
const IDLE_SWEEP_MS = 200;

type RequestStart = { server: Server; response: ServerResponse };

export function drainOnSignals(options: {
  /** Ends what the process holds open besides HTTP (the database pool). */
  close: () => Promise<void>;
  log?: (line: string) => void;
  exit?: (code: number) => void;
}): void {
  const log = options.log ?? ((line: string) => console.log(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  // Next creates its HTTP server out of our reach; Node announces every request with its server.
  const servers = new Set<Server>();
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  subscribe("http.server.request.start", (message) => {
    const { server, response } = message as RequestStart;
    servers.add(server);
    inFlight.add(response);
    response.once("close", () => inFlight.delete(response));
    // A keep-alive client sends its next request on the same connection: answer it, then close.
    if (draining) response.setHeader("Connection", "close");
  });

  const drain = async (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    const started = Date.now();
    log(`${signal}: finishing ${inFlight.size} request(s) in flight, then stopping.`);
    for (const response of inFlight) if (!response.headersSent) response.setHeader("Connection", "close");
    await new Promise((resolve) => setTimeout(resolve, ACCEPT_GRACE_MS));
    const closed = Promise.all(
      [...servers].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    );
    const sweep = setInterval(() => {
      for (const server of servers) server.closeIdleConnections();
    }, IDLE_SWEEP_MS);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(true), DRAIN_TIMEOUT_MS)),
    );
    const late = await Promise.race([closed.then(() => false), timedOut]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (late) log(`Stopping with ${inFlight.size} request(s) unfinished after ${DRAIN_TIMEOUT_MS} ms.`);
    try {
      await options.close();
    } catch (error) {
      log(
        `Closing the database connections failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return exit(1);
    }
    log(`Stopped in ${Date.now() - started} ms.`);
    exit(late ? 1 : 0);
  };
  // `on`, not `once`: Ctrl-C reaches the app twice (from the terminal and from npm start), and a
  // second signal without a listener would kill the process mid-drain.
  process.on("SIGTERM", () => void drain("SIGTERM"));
  process.on("SIGINT", () => void drain("SIGINT"));
}
