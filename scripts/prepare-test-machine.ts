// npm run test:machine, the first step of npm test: checks what the suite needs from the system
// (scripts/test-machine/requirements.ts). As root on Debian it installs what is missing with
// apt-get; anywhere else it stops at once with the command to run, before any other step spends
// time (ADR 018).
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { aptInstallArgs, planMachine, type CheckedRequirement } from "./test-machine/plan-machine";
import { testMachineRequirements } from "./test-machine/requirements";

function isThere(file: string, mode: number): boolean {
  try {
    accessSync(file, mode);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function checkMachine(): CheckedRequirement[] {
  return testMachineRequirements({ CHROMIUM_PATH: process.env.CHROMIUM_PATH }).map((requirement) => ({
    requirement,
    absent: [
      ...(requirement.programs ?? []).filter((file) => !isThere(file, constants.X_OK)),
      ...(requirement.files ?? []).filter((file) => !isThere(file, constants.R_OK)),
    ],
  }));
}

/** Runs apt-get quietly; on failure prints the end of what it said. */
function aptGet(args: string[]): boolean {
  const result = spawnSync("apt-get", args, {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status === 0) return true;
  const output = `${result.stdout ?? ""}\n${result.stderr ?? ""}`
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(-20);
  console.error(
    `apt-get ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}):`,
  );
  for (const line of output) console.error(`  ${line}`);
  return false;
}

function main(): number {
  const debian = existsSync("/etc/debian_version");
  const root = process.getuid?.() === 0;
  const plan = planMachine({ checked: checkMachine(), debian, root });

  if (plan.action === "continue") {
    console.log(plan.line);
    return 0;
  }
  if (plan.action === "stop") {
    for (const line of plan.lines) console.error(line);
    return 1;
  }

  console.log("npm test installs what it needs from the system (root on Debian: apt-get, a minute or more):");
  for (const { name, what, why } of plan.packages) console.log(`  ${name} (${what}): ${why}`);
  const names = plan.packages.map((entry) => entry.name);
  const started = Date.now();
  if (!aptGet(["update", "-q"]) || !aptGet(aptInstallArgs(names))) return 1;

  const stillMissing = checkMachine().filter((entry) => entry.absent.length > 0);
  if (stillMissing.length > 0) {
    // --no-upgrade leaves an installed package alone even when it lacks a file.
    console.error(
      `After apt-get install ${names.join(" ")}, these are still missing ` +
        `(a damaged package is not repaired here: apt-get install --reinstall <package>):`,
    );
    for (const { requirement, absent } of stillMissing) {
      console.error(`  - ${requirement.what}: ${absent.join(", ")}`);
    }
    return 1;
  }
  console.log(
    `Installed ${names.join(" ")} in ${Math.round((Date.now() - started) / 1000)} s; test machine ready.`,
  );
  return 0;
}

process.exitCode = main();
