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
  /**
   * Resolves when the bundles are compiled and `next build` type-checks (one core), or when the
   * build ends: the moment to start the database work, which then uses the core the check leaves.
   */
  compiled: Promise<void>;
  /** Whether it built (false: up to date); rejects when `next build` fails. */
  done: Promise<boolean>;
  /** Ends the build, when what it was for failed. */
  stop(): void;
}

// What `next build` prints once its compilers are done and its type check (or the skip of it)
// begins. Should a later Next print otherwise, `compiled` resolves at the build's end: slower, not wrong.
const TYPE_CHECK_STARTS = /Running TypeScript|Skipping validation of types/;

/**
 * `buildIfStale` in the background, for `npm start` and the e2e server: the build needs no
 * database (pages are rendered on request). Compiling takes both cores; the type check that
 * follows (ADR 027) takes one, so the database is started, migrated and seeded beside it.
 */
export function startBuildIfStale(env: NodeJS.ProcessEnv): RunningBuild {
  const current = buildInputsHash();
  if (isUpToDate(current)) {
    console.log("The production build is up to date.");
    return { compiled: Promise.resolve(), done: Promise.resolve(false), stop: () => undefined };
  }
  console.log("Building the app (next build)…");
  const [command, args, options] = nextBuild(env);
  const child = spawn(command, args, { ...options, stdio: ["inherit", "pipe", "inherit"] });
  let markCompiled: () => void = () => undefined;
  const compiled = new Promise<void>((resolve) => (markCompiled = resolve));
  let seen = "";
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    seen = (seen + chunk.toString("utf8")).slice(-200);
    if (TYPE_CHECK_STARTS.test(seen)) markCompiled();
  });
  const done = new Promise<boolean>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      markCompiled();
      if (code !== 0) return reject(new Error(`next build failed (exit ${code ?? signal})`));
      writeFileSync(stampFile, `${current}\n`);
      resolve(true);
    });
  });
  // A failure is reported where `done` is awaited; until then it must not crash the process.
  done.catch(() => undefined);
  return { compiled, done, stop: () => void child.kill("SIGTERM") };
}
