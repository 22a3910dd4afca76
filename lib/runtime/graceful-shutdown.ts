// A graceful stop for each process of the app server (ADR 012, 021; it began with `next start`). Next's own SIGTERM handler closes the HTTP server
// and exits 143 without closing the database pool; closing drops connections whose requests a
// busy process has not read yet, and keep-alive clients that keep sending hold it open. With
// NEXT_MANUAL_SIG_HANDLE set (scripts/serve-app.ts sets it) Next leaves the signals to us: every
// answer from then on closes its connection, requests in flight and already sent finish, then
// the database pool ends and the process exits 0.
import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

/** Below the 30 s most process managers (Kubernetes, systemd, Docker) wait before SIGKILL. */
const DRAIN_TIMEOUT_MS = 25_000;
/**
 * How long the server still accepts connections after the signal. Closing the listening socket
 * resets connections the kernel accepted but a busy event loop has not taken yet: requests a
 * client already sent. Within this time they are taken, answered and closed.
 */
// 2 s, not 1: on a loaded CI machine (two test workers, Chromium and the app on two cores) the
// last of twenty requests sent 200 ms before the signal were reset once in seven runs with 1 s and
// 2 s for silent connections (e2e/graceful-shutdown.spec.ts).
const ACCEPT_GRACE_MS = 2_000;
/**
 * A kept-alive connection idle this long after its last answer is closed (a request it sent in
 * the meantime would have been read by then); one that has sent nothing at all gets longer.
 */
const IDLE_CONNECTION_MS = 500;
const SILENT_CONNECTION_MS = 5_000;
/** How often connections are looked at while draining. */
const SWEEP_MS = 100;
/** How long ending the job worker and the pool may take after the drain (the drain is at most 25 s). */
const CLOSE_TIMEOUT_MS = 3_000;

/** `idleSeen`: found idle past its time by the last sweep (a second sweep closes it). */
type Connection = { busy: boolean; served: number; idleSince: number; idleSeen: boolean };

export function drainOnSignals(options: {
  /** Ends what the process holds open besides HTTP (the database pool). */
  close: () => Promise<void>;
  log?: (line: string) => void;
  exit?: (code: number) => void;
}): void {
  const log = options.log ?? ((line: string) => console.log(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  // Next creates its HTTP server out of our reach; Node announces every connection and request.
  const servers = new Set<Server>();
  const connections = new Map<Socket, Connection>();
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  subscribe("net.server.socket", (message) => {
    const { socket } = message as { socket: Socket };
    connections.set(socket, { busy: false, served: 0, idleSince: Date.now(), idleSeen: false });
    socket.once("close", () => connections.delete(socket));
  });
  subscribe("http.server.request.start", (message) => {
    const { server, socket, response } = message as {
      server: Server;
      socket: Socket;
      response: ServerResponse;
    };
    servers.add(server);
    const connection = connections.get(socket);
    if (connection) Object.assign(connection, { busy: true, idleSeen: false });
    inFlight.add(response);
    response.once("close", () => {
      inFlight.delete(response);
      if (connection)
        Object.assign(connection, { busy: false, served: connection.served + 1, idleSince: Date.now() });
    });
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
    // setImmediate runs after the event loop's next poll, which takes every connection the kernel
    // holds for us: with a loop slowed by load, the timer alone may fire before any poll did.
    await new Promise((resolve) => setImmediate(resolve));
    // net.Server's close, not http.Server's: that one also closes every connection without a
    // request in progress, among them fresh ones whose request has arrived but is not read yet.
    for (const server of servers) NetServer.prototype.close.call(server);
    const listeningStopped = Date.now();
    const late = !(await waitUntil(() => {
      const now = Date.now();
      for (const [socket, connection] of connections) {
        if (connection.busy) continue;
        const idle =
          connection.served > 0
            ? now - connection.idleSince > IDLE_CONNECTION_MS
            : now - Math.max(connection.idleSince, listeningStopped) > SILENT_CONNECTION_MS;
        // Two sweeps in a row, with a poll between them: bytes already sent would have been read.
        if (idle && connection.idleSeen) socket.destroy();
        connection.idleSeen = idle;
      }
      return connections.size === 0;
    }, DRAIN_TIMEOUT_MS));
    if (late) log(`Stopping with ${inFlight.size} request(s) unfinished after ${DRAIN_TIMEOUT_MS} ms.`);
    try {
      // Bounded: with the database gone, stopping the job worker or ending the pool can wait forever,
      // and a process that never exits holds its port and its supervisor's stop.
      await withDeadline(options.close(), CLOSE_TIMEOUT_MS, "closing took longer than allowed");
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

/** `work`, or a rejection with `message` when it has not settled after `timeoutMs`. */
async function withDeadline<T>(work: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (${timeoutMs} ms)`)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks `done` every SWEEP_MS; false when `timeoutMs` passed first. */
async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, SWEEP_MS));
  }
  return true;
}
