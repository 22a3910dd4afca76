// Backup and restore round trip (issue 8, item 13; ADR 013), on a throw-away PostgreSQL 15 cluster:
// our minimum supported server, and the major of the pg_dump installed here (the embedded server is
// 17, which pg_dump 15 refuses). The data is made as `npm start` makes it (migrations, library,
// demo organization), backed up with `npm run db:backup`, restored with `npm run db:restore` into a
// new database, and the production build is started on the restored database: every table has the
// same rows (count and checksum), the same policies and grants, and HR sees the demo people.
import { execFile } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { withDatabase } from "@/lib/env";
import { TEST_PG_PORT } from "@/tests/support/test-server";
import { withClient } from "../scripts/db/server";
import { startAppServer, waitUntilHealthy } from "../scripts/serve-app";
import { SESSION_COOKIE } from "./support/login";
import { securityFingerprint, tableChecksums } from "./support/table-checksums";
import { startThrowawayPostgres } from "./support/throwaway-postgres";

const root = path.resolve(__dirname, "..");
/** Ports of its own, beside the e2e server's, so parallel workers and other checkouts do not collide. */
const PG_PORT = TEST_PG_PORT + 9;
const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 100;
const OWNER_PASSWORD = randomBytes(12).toString("hex");
const BACKUP_PASSWORD = randomBytes(12).toString("hex");
const APP_PASSWORD = randomBytes(12).toString("hex");

/** Runs an npm script the way a person would; rejects with its output when it fails. */
function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "npm",
      ["run", "--silent", script, "--", ...args],
      { cwd: root, env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`npm run ${script} failed: ${stderr || stdout}`));
        else resolve(stdout);
      },
    );
  });
}

test("a backup restored into a new database serves the same data", async ({ browser }) => {
  // Measured 2.0-2.8 min on a busy shared 2-core machine; making the demo data is most of it.
  test.setTimeout(300_000);
  expect(
    existsSync(path.join(root, ".next", "BUILD_ID")),
    "the production build (the e2e server makes it)",
  ).toBe(true);

  const cluster = startThrowawayPostgres({ major: 15, port: PG_PORT });
  const work = mkdtempSync(path.join(tmpdir(), "evne-backup-"));
  const { DATABASE_URL: _ignored, APP_DATABASE_URL: _ignoredToo, ...baseEnv } = process.env;
  let app: ReturnType<typeof startAppServer> | undefined;
  try {
    const server = (user: string, password: string, database: string) =>
      `postgresql://${user}:${password}@127.0.0.1:${PG_PORT}/${database}`;
    const ownerUrl = server("evne_owner", OWNER_PASSWORD, "evne");
    const backupUrl = server("evne_backup", BACKUP_PASSWORD, "evne");
    const superuser = (database: string) => withDatabase(cluster.superuserUrl, database);
    const ownerEnv = { ...baseEnv, DATABASE_URL: ownerUrl, APP_DATABASE_PASSWORD: APP_PASSWORD };

    await test.step("a server as README's 'Another Postgres' describes it, with the data npm start makes", async () => {
      await withClient(cluster.superuserUrl, (client) =>
        client.query(`CREATE ROLE evne_owner LOGIN CREATEDB CREATEROLE PASSWORD '${OWNER_PASSWORD}'`),
      );
      await withClient(cluster.superuserUrl, (client) =>
        client.query("CREATE DATABASE evne OWNER evne_owner"),
      );
      // The backup role of README: reads everything, past row-level security, writes nothing.
      await withClient(cluster.superuserUrl, (client) =>
        client.query(
          `CREATE ROLE evne_backup LOGIN BYPASSRLS PASSWORD '${BACKUP_PASSWORD}' IN ROLE pg_read_all_data`,
        ),
      );
      await npmRun("db:migrate", [], ownerEnv);
      await npmRun("db:seed", [], ownerEnv);
      await npmRun("db:seed-demo", [], ownerEnv);
    });

    const file = path.join(work, "evne.dump");
    await test.step("npm run db:backup refuses the owner (bound by RLS) and backs up as the backup role", async () => {
      await expect(npmRun("db:backup", [file], ownerEnv)).rejects.toThrow(/row-level security/);
      expect(existsSync(file)).toBe(false);
      const out = await npmRun("db:backup", [file], { ...baseEnv, DATABASE_URL: backupUrl });
      expect(out).toContain("Backed up");
      expect(statSync(file).size).toBeGreaterThan(0);
    });

    await test.step("npm run db:restore makes a new database, and never restores over one without --replace", async () => {
      const out = await npmRun("db:restore", [file, "evne_restored"], ownerEnv);
      expect(out).toContain("Restored");
      await expect(npmRun("db:restore", [file, "evne_restored"], ownerEnv)).rejects.toThrow(/exists/);
    });

    await test.step("every table has the same rows, and the same owner, policies and grants", async () => {
      const source = await tableChecksums(superuser("evne"));
      const restored = await tableChecksums(superuser("evne_restored"));
      expect(restored).toEqual(source);
      // The comparison means something only with real data in it.
      for (const table of [
        "Membership",
        "Team",
        "Program",
        "Rating",
        "Reflection",
        "ChallengeAttempt",
        "LibraryProgram",
      ])
        expect(source[table]?.rows, table).toBeGreaterThan(0);
      expect(source["Membership"]?.rows).toBeGreaterThanOrEqual(32);
      const sourceSecurity = await securityFingerprint(superuser("evne"));
      expect(sourceSecurity.some((line) => line.endsWith("force t"))).toBe(true);
      expect(await securityFingerprint(superuser("evne_restored"))).toEqual(sourceSecurity);
    });

    await test.step("the app started on the restored database shows HR the demo organization", async () => {
      const baseURL = `http://127.0.0.1:${APP_PORT}`;
      app = startAppServer({
        appUrl: server("evne_app", APP_PASSWORD, "evne_restored"),
        port: APP_PORT,
        host: "127.0.0.1",
        env: { ...baseEnv, APP_URL: baseURL, NEXTAUTH_URL: baseURL },
        stdio: "ignore",
      });
      expect(
        await waitUntilHealthy(`${baseURL}/api/health`, 60_000),
        "the app answers on the restored database",
      ).toBe(true);

      // Signed in as the demo HR admin, the way an email link would: a Session row and its cookie.
      const token = randomBytes(32).toString("hex");
      await withClient(superuser("evne_restored"), (client) =>
        client.query(
          `insert into "Session" (id, "sessionToken", "userId", expires)
         select $1, $2, id, now() + interval '1 day' from "User" where email = 'hr@nordlys.example'`,
          [randomUUID(), token],
        ),
      );
      const context = await browser.newContext({ baseURL, locale: "nb-NO" });
      await context.addCookies([
        { name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" },
      ]);
      const page = await context.newPage();
      await page.goto("/nb/o/nordlys/members");
      for (const name of ["Kari Nilsen", "Ola Berg", "Mats Lund", "Eva Dahl"])
        await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
      await page.goto("/nb/o/nordlys/insights/organization");
      for (const team of ["Salg", "Kundeservice", "Utvikling"])
        await expect(page.getByText(team, { exact: true }).first()).toBeVisible();
      await context.close();
    });
  } finally {
    app?.kill("SIGTERM");
    cluster.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
