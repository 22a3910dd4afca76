// Finds PostgreSQL's own client programs (pg_dump, pg_restore) and runs them without a password on
// the command line. pg_dump refuses a server of a newer major version than itself, so the newest
// installed one is used: Debian keeps each major under /usr/lib/postgresql/<major>/bin.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export class PgToolError extends Error {
  override name = "PgToolError";
}

export type PgTool = { path: string; major: number; version: string };

const DEBIAN_DIR = "/usr/lib/postgresql";

function versionOf(program: string): PgTool | undefined {
  const result = spawnSync(program, ["--version"], { encoding: "utf8" });
  const match = /\(PostgreSQL\) (\d+)(\.\d+)?/.exec(result.stdout ?? "");
  if (result.status !== 0 || match === null) return undefined;
  return { path: program, major: Number(match[1]), version: `${match[1]}${match[2] ?? ""}` };
}

/** The newest installed `name` (pg_dump or pg_restore), from Debian's folders or the PATH. */
export function findPgTool(name: "pg_dump" | "pg_restore"): PgTool {
  const candidates = existsSync(DEBIAN_DIR)
    ? readdirSync(DEBIAN_DIR)
        .map((major) => path.join(DEBIAN_DIR, major, "bin", name))
        .filter((file) => existsSync(file))
    : [];
  const found = [...candidates, name]
    .map(versionOf)
    .filter((tool): tool is PgTool => tool !== undefined)
    .sort((a, b) => b.major - a.major);
  const newest = found[0];
  if (newest === undefined) {
    throw new PgToolError(
      `${name} is not installed: install PostgreSQL's client programs (Debian: apt-get install postgresql-client-15, or the major of your server).`,
    );
  }
  return newest;
}

/** libpq connection arguments for `url`, its password passed in PGPASSWORD (never in the process list). */
export function connectionOf(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    dbname: parsed.toString(),
    env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: "10" },
  };
}

/** Runs a client program; rejects with the last lines it printed when it fails. */
export function runPgTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve();
      const last = stderr.trim().split("\n").filter(Boolean).slice(-3).join(" | ");
      reject(
        new PgToolError(`${path.basename(tool.path)} ${tool.version} failed (${code ?? signal}): ${last}`),
      );
    });
  });
}

/** "20261206T171500": a suffix for database names made by a script. */
export function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").toLowerCase();
}
