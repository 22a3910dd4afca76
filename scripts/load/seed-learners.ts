// The load tests' organization and learners (scripts/load/seed-load-data.ts), made through the
// app's use cases in a process of their own: they are server-only modules (the react-server condition).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LoadPlan } from "./seed-load-data";

const root = path.resolve(__dirname, "..", "..");

export function seedLearners(
  appUrl: string,
  learners: number,
  planFile = path.join(root, ".data", "load-plan.json"),
): LoadPlan {
  const result = spawnSync(
    process.execPath,
    [
      require.resolve("tsx/cli"),
      "--conditions=react-server",
      path.join(__dirname, "seed-load-data.ts"),
      planFile,
      String(learners),
    ],
    { env: { ...process.env, APP_DATABASE_URL: appUrl }, stdio: "inherit" },
  );
  if (result.status !== 0)
    throw new Error(`seeding the learners failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(readFileSync(planFile, "utf8")) as LoadPlan;
}
