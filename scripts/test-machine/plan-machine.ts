// Decides, from what is missing and where we are, what the first step of `npm test` does: go on,
// install Debian packages (as root on Debian only), or stop at once with the command to run.
// Pure: scripts/prepare-test-machine.ts looks at the machine and carries the plan out.
import type { Requirement } from "./requirements";

/** A requirement and the paths of it that are not on this machine (none: it is present). */
export type CheckedRequirement = { requirement: Requirement; absent: string[] };

export type MachinePlan =
  | { action: "continue"; line: string }
  | { action: "install"; packages: { name: string; what: string; why: string }[] }
  | { action: "stop"; lines: string[] };

/**
 * Arguments of `apt-get` that install `packages`; the command printed for people is the same.
 * `--no-upgrade`: a package that is installed but lacks a file is reported, not upgraded behind
 * the person's back (apt-get install upgrades an installed package when the archive has a newer one).
 */
export function aptInstallArgs(packages: string[]): string[] {
  return ["install", "-y", "--no-install-recommends", "--no-upgrade", ...packages];
}

/** The command a person runs to install `packages`: with sudo unless they are root already. */
export function aptCommand(packages: string[], { root }: { root: boolean }): string {
  const sudo = root ? "" : "sudo ";
  return `${sudo}apt-get update && ${sudo}apt-get ${aptInstallArgs(packages).join(" ")}`;
}

function describe({ requirement, absent }: CheckedRequirement, debian: boolean): string {
  const from =
    debian || requirement.debianPackage === undefined ? "" : ` (Debian: ${requirement.debianPackage})`;
  return `  - ${requirement.what}${from}: ${requirement.why}; missing: ${absent.join(", ")}`;
}

export function planMachine({
  checked,
  debian,
  root,
}: {
  checked: CheckedRequirement[];
  /** /etc/debian_version exists. */
  debian: boolean;
  /** We run as uid 0. */
  root: boolean;
}): MachinePlan {
  const missing = checked.filter((entry) => entry.absent.length > 0);
  if (missing.length === 0) {
    return { action: "continue", line: `Test machine ready: ${checked.length} system requirements present.` };
  }

  const packaged = missing.filter((entry) => entry.requirement.debianPackage !== undefined);
  const packages = [...new Set(packaged.flatMap((entry) => entry.requirement.debianPackage ?? []))];
  if (debian && root && packaged.length === missing.length) {
    return {
      action: "install",
      packages: packages.map((name) => {
        const needing = missing.filter((entry) => entry.requirement.debianPackage === name);
        return {
          name,
          what: needing.map((entry) => entry.requirement.what).join(", "),
          why: needing.map((entry) => entry.requirement.why).join("; "),
        };
      }),
    };
  }

  const lines = [
    "npm test needs what this machine lacks:",
    ...missing.map((entry) => describe(entry, debian)),
  ];
  if (debian && packages.length > 0) {
    lines.push(
      root
        ? "Install the packages, then run npm test again:"
        : "Install the packages as root, then run npm test again:",
      `  ${aptCommand(packages, { root })}`,
    );
  } else if (!debian) {
    lines.push(
      "This is not Debian, so npm test cannot install them itself: install them so that these paths exist " +
        "(the suite looks exactly there), or run the tests on Debian 12.",
    );
  }
  for (const entry of missing) {
    if (entry.requirement.otherwise !== undefined) lines.push(entry.requirement.otherwise + ".");
  }
  return { action: "stop", lines };
}
