// Builds the production app only when its inputs changed since the last build.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const stampFile = path.join(root, ".next", "evne-build-inputs");

/** Everything the production build is made from; content is in because library pages are pre-rendered. */
const inputs = [
  "app",
  "components",
  "lib",
  "locales",
  "content",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package-lock.json",
];

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(full).sort()) {
    // Tests and generated code do not change what the build serves (the client is regenerated from the schema).
    if (child === "generated" || child === "__fixtures__" || /\.test\.tsx?$/.test(child)) continue;
    yield* files(path.join(entry, child));
  }
}

export function buildInputsHash(): string {
  const hash = createHash("sha256");
  for (const entry of inputs) {
    for (const file of files(entry)) {
      hash
        .update(file)
        .update("\0")
        .update(readFileSync(path.join(root, file)))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

function isUpToDate(inputsHash: string): boolean {
  const previous = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
  return previous === inputsHash && existsSync(path.join(root, ".next", "BUILD_ID"));
}

const nextBuild = (env: NodeJS.ProcessEnv) =>
  [
    process.execPath,
    [require.resolve("next/dist/bin/next"), "build"],
    { cwd: root, env: { ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" },
  ] as const;

/** Runs `next build` unless `.next` was built from the same inputs; returns whether it built. */
export function buildIfStale(env: NodeJS.ProcessEnv): boolean {
  const current = buildInputsHash();
  if (isUpToDate(current)) {
    console.log("The production build is up to date.");
    return false;
  }
  console.log("Building the app (next build)…");
  const result = spawnSync(...nextBuild(env));
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  writeFileSync(stampFile, `${current}\n`);
  return true;
}

export interface RunningBuild {
  /** Whether it built (false: up to date); rejects when `next build` fails. */
  done: Promise<boolean>;
  /** Ends the build, when what it was for failed. */
  stop(): void;
}

/**
 * `buildIfStale` in the background: the build needs no database (pages are rendered on request),
 * so `npm start` and the e2e server start it first and prepare the database meanwhile. Its type
 * check (ADR 027) then runs beside the migrations and the seed instead of after them.
 */
export function startBuildIfStale(env: NodeJS.ProcessEnv): RunningBuild {
  const current = buildInputsHash();
  if (isUpToDate(current)) {
    console.log("The production build is up to date.");
    return { done: Promise.resolve(false), stop: () => undefined };
  }
  console.log("Building the app (next build) while the database is prepared…");
  const child = spawn(...nextBuild(env));
  const done = new Promise<boolean>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code !== 0) return reject(new Error(`next build failed (exit ${code ?? signal})`));
      writeFileSync(stampFile, `${current}\n`);
      resolve(true);
    });
  });
  // A failure is reported where `done` is awaited; until then it must not crash the process.
  done.catch(() => undefined);
  return { done, stop: () => void child.kill("SIGTERM") };
}
