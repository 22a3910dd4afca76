// A throw-away PostgreSQL cluster from Debian's packages (postgresql-15: our minimum supported
// server, whose pg_dump is the one installed here), in a temporary folder, on 127.0.0.1 only.
// Postgres refuses to run as root, and CI runs as root: then initdb and pg_ctl run as the
// `postgres` system user that Debian's package creates, which owns the folder.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type ThrowawayPostgres = { superuserUrl: string; port: number; stop: () => void };

export function startThrowawayPostgres({ major, port }: { major: number; port: number }): ThrowawayPostgres {
  const bin = `/usr/lib/postgresql/${major}/bin`;
  if (!existsSync(path.join(bin, "postgres")))
    throw new Error(
      `PostgreSQL ${major} is not installed (apt-get install postgresql-${major}; npm test does it as root on Debian).`,
    );
  const dir = mkdtempSync(path.join(tmpdir(), `evne-pg${major}-`));
  const asRoot = process.getuid?.() === 0;
  const runAs = (program: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args], { stdio: "pipe" })
      : execFileSync(path.join(bin, program), args, { stdio: "pipe" });
  const password = randomBytes(12).toString("hex");
  const passwordFile = path.join(dir, "superuser-password");
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (asRoot) {
    const ids = execFileSync("id", ["-u", "postgres"]).toString().trim();
    const gid = execFileSync("id", ["-g", "postgres"]).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
    chownSync(passwordFile, Number(ids), Number(gid));
  }
  const data = path.join(dir, "data");
  try {
    runAs("initdb", [
      `--pgdata=${data}`,
      "--username=postgres",
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--no-sync",
    ]);
    runAs("pg_ctl", [
      `--pgdata=${data}`,
      `--log=${path.join(dir, "server.log")}`,
      "--wait",
      // Throw-away data: no fsync; TCP on loopback only, no Unix socket.
      `--options=-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      "start",
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not start PostgreSQL ${major} on port ${port}: ${stderr || String(error)}`);
  }
  return {
    superuserUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => {
      try {
        runAs("pg_ctl", [`--pgdata=${data}`, "--mode=immediate", "--wait", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
