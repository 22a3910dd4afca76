import { describe, expect, it } from "vitest";
import { aptInstallArgs, planMachine, type CheckedRequirement } from "./plan-machine";
import { testMachineRequirements, type Requirement } from "./requirements";

/** The requirements as checked on a machine that lacks every path in `absent`. */
function machineWithout(absent: string[], env: { CHROMIUM_PATH?: string } = {}): CheckedRequirement[] {
  return testMachineRequirements(env).map((requirement) => ({
    requirement,
    absent: [...(requirement.programs ?? []), ...(requirement.files ?? [])].filter((file) =>
      absent.includes(file),
    ),
  }));
}

const FRESH_DEBIAN = [
  "/usr/bin/chromium",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  "/usr/lib/postgresql/15/bin/postgres",
  "/usr/lib/postgresql/15/bin/pg_dump",
  "/usr/lib/postgresql/15/bin/pg_restore",
  "/usr/bin/java",
];

describe("testMachineRequirements", () => {
  it("looks where the suite looks: CHROMIUM_PATH, and Debian's PostgreSQL 15 folder for the backup test", () => {
    const paths = (env: { CHROMIUM_PATH?: string }) =>
      testMachineRequirements(env).flatMap((requirement) => requirement.programs ?? []);
    expect(paths({})).toContain("/usr/bin/chromium");
    expect(paths({ CHROMIUM_PATH: "/opt/chrome/chrome" })).toContain("/opt/chrome/chrome");
    expect(paths({})).toEqual(
      expect.arrayContaining(
        ["postgres", "initdb", "pg_ctl", "pg_dump", "pg_restore"].map(
          (p) => `/usr/lib/postgresql/15/bin/${p}`,
        ),
      ),
    );
  });

  it("says for each requirement how to get it: a Debian package, or what to do instead", () => {
    for (const env of [{}, { CHROMIUM_PATH: "/opt/chrome/chrome" }]) {
      for (const requirement of testMachineRequirements(env)) {
        expect(requirement.debianPackage ?? requirement.otherwise, requirement.what).toBeTruthy();
        expect([...(requirement.programs ?? []), ...(requirement.files ?? [])].length).toBeGreaterThan(0);
      }
    }
  });

  it("does not offer Debian's chromium for a CHROMIUM_PATH it would not fill", () => {
    const [chromium] = testMachineRequirements({ CHROMIUM_PATH: "/opt/chrome/chrome" });
    expect(chromium?.debianPackage).toBeUndefined();
    expect(chromium?.otherwise).toContain("CHROMIUM_PATH");
  });
});

describe("planMachine", () => {
  it("goes on with one line when everything is present, whoever and wherever we are", () => {
    for (const debian of [true, false]) {
      for (const root of [true, false]) {
        expect(planMachine({ checked: machineWithout([]), debian, root })).toEqual({
          action: "continue",
          line: `Test machine ready: ${testMachineRequirements({}).length} system requirements present.`,
        });
      }
    }
  });

  it("installs only the missing packages, each with why, as root on Debian", () => {
    const plan = planMachine({
      checked: machineWithout(["/usr/bin/chromium", "/usr/lib/postgresql/15/bin/pg_restore"]),
      debian: true,
      root: true,
    });
    expect(plan.action).toBe("install");
    if (plan.action !== "install") return;
    expect(plan.packages.map((p) => p.name)).toEqual(["chromium", "postgresql-client-15"]);
    expect(plan.packages[0]?.what).toBe("Chromium at /usr/bin/chromium");
    expect(plan.packages[0]?.why).toContain("end-to-end suite");
    expect(plan.packages[1]?.why).toContain("pg_dump and pg_restore");
  });

  it("stops a non-root user on Debian with the exact command, every missing path named", () => {
    const plan = planMachine({ checked: machineWithout(FRESH_DEBIAN), debian: true, root: false });
    expect(plan.action).toBe("stop");
    if (plan.action !== "stop") return;
    expect(plan.lines).toContain(
      "  sudo apt-get update && sudo apt-get install -y --no-install-recommends --no-upgrade chromium fonts-liberation postgresql-15 postgresql-client-15 default-jre-headless",
    );
    for (const file of FRESH_DEBIAN) expect(plan.lines.join("\n")).toContain(file);
  });

  it("prints the same arguments it would run", () => {
    const plan = planMachine({ checked: machineWithout(["/usr/bin/chromium"]), debian: true, root: false });
    if (plan.action !== "stop") throw new Error(`expected stop, got ${plan.action}`);
    expect(plan.lines.join("\n")).toContain(`sudo apt-get ${aptInstallArgs(["chromium"]).join(" ")}`);
  });

  it("stops elsewhere than Debian, even as root, with a list and no apt-get", () => {
    const plan = planMachine({ checked: machineWithout(FRESH_DEBIAN), debian: false, root: true });
    expect(plan.action).toBe("stop");
    if (plan.action !== "stop") return;
    const text = plan.lines.join("\n");
    expect(text).not.toContain("apt-get");
    expect(text).toContain("This is not Debian");
    expect(text).toContain("Chromium at /usr/bin/chromium (Debian: chromium)");
    expect(text).toContain("(Debian: postgresql-15)");
    // One line per missing requirement, between the heading and the advice.
    expect(plan.lines.filter((line) => line.startsWith("  - "))).toHaveLength(5);
  });

  it("stops, even as root on Debian, when a package would not fill a missing path", () => {
    const env = { CHROMIUM_PATH: "/opt/chrome/chrome" };
    const plan = planMachine({
      checked: machineWithout(["/opt/chrome/chrome", "/usr/lib/postgresql/15/bin/postgres"], env),
      debian: true,
      root: true,
    });
    expect(plan.action).toBe("stop");
    if (plan.action !== "stop") return;
    // Root needs no sudo; only the package that helps is named.
    expect(plan.lines).toContain(
      "  apt-get update && apt-get install -y --no-install-recommends --no-upgrade postgresql-15",
    );
    expect(plan.lines.some((line) => line.includes("CHROMIUM_PATH names it"))).toBe(true);
  });

  it("asks for a package once when several requirements need it", () => {
    const extra: Requirement = {
      what: "psql",
      why: "a later check",
      programs: ["/usr/lib/postgresql/15/bin/psql"],
      debianPackage: "postgresql-client-15",
    };
    const checked = [
      ...machineWithout(["/usr/lib/postgresql/15/bin/pg_dump"]),
      { requirement: extra, absent: ["/usr/lib/postgresql/15/bin/psql"] },
    ];
    const plan = planMachine({ checked, debian: true, root: true });
    if (plan.action !== "install") throw new Error(`expected install, got ${plan.action}`);
    expect(plan.packages).toEqual([
      {
        name: "postgresql-client-15",
        what: "the PostgreSQL 15 client programs in /usr/lib/postgresql/15/bin, psql",
        why: "npm run db:backup and db:restore, which that test runs, use pg_dump and pg_restore; a later check",
      },
    ]);
  });
});
