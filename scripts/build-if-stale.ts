// Builds the production app only when its inputs changed since the last build.
import { spawnSync } from "node:child_process";
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

/** Runs `next build` unless `.next` was built from the same inputs; returns whether it built. */
export function buildIfStale(env: NodeJS.ProcessEnv): boolean {
  const current = buildInputsHash();
  const previous = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
  if (previous === current && existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("The production build is up to date.");
    return false;
  }
  console.log("Building the app (next build)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  writeFileSync(stampFile, `${current}\n`);
  return true;
}
