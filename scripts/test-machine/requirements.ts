// What `npm test` needs from the system rather than from npm: the programs and files the suite runs
// or reads, where it looks for them, and the Debian package that puts them there. To add one (haproxy, …),
// add an entry here; the check, the install and the message for people follow from it.

export type Requirement = {
  /** Shown to people, e.g. "Chromium at /usr/bin/chromium". */
  what: string;
  /** Why the suite needs it, in one line. */
  why: string;
  /** Programs that must exist and be executable. */
  programs?: string[];
  /** Other files that must exist. */
  files?: string[];
  /** The Debian package that puts them there; absent when no package does (a path someone chose). */
  debianPackage?: string;
  /** What to do instead, when there is no package for it. */
  otherwise?: string;
};

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/** Debian's PostgreSQL 15: our minimum supported server, run as a throw-away cluster by the backup test. */
const PG15_BIN = "/usr/lib/postgresql/15/bin";

export function testMachineRequirements(env: { CHROMIUM_PATH?: string }): Requirement[] {
  const chromiumPath = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  const debianChromium = chromiumPath === DEFAULT_CHROMIUM_PATH;
  return [
    {
      what: `Chromium at ${chromiumPath}`,
      why: "the end-to-end suite drives it (Playwright's own browser download does not work here)",
      programs: [chromiumPath],
      ...(debianChromium
        ? { debianPackage: "chromium" }
        : {
            otherwise: `CHROMIUM_PATH names it: point it at an installed Chromium, or unset it to use Debian's (${DEFAULT_CHROMIUM_PATH})`,
          }),
    },
    {
      what: "the Liberation fonts",
      why: 'the pages\' font stack falls back to "Liberation Sans"; screenshots and the phone-width checks measure text in it',
      files: ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"],
      debianPackage: "fonts-liberation",
    },
    {
      what: `the PostgreSQL 15 server in ${PG15_BIN}`,
      why: "e2e/backup-restore.spec.ts restores a backup into a throw-away PostgreSQL 15 cluster (initdb, pg_ctl)",
      programs: ["postgres", "initdb", "pg_ctl"].map((program) => `${PG15_BIN}/${program}`),
      debianPackage: "postgresql-15",
    },
    {
      what: `the PostgreSQL 15 client programs in ${PG15_BIN}`,
      why: "npm run db:backup and db:restore, which that test runs, use pg_dump and pg_restore",
      programs: ["pg_dump", "pg_restore"].map((program) => `${PG15_BIN}/${program}`),
      debianPackage: "postgresql-client-15",
    },
    {
      what: "Java at /usr/bin/java",
      why: "e2e/html-validity.spec.ts runs the W3C Nu HTML checker (npm vnu-jar, a Java program) over every page",
      programs: ["/usr/bin/java"],
      debianPackage: "default-jre-headless",
    },
    {
      what: "HAProxy at /usr/sbin/haproxy",
      why: "npm run load:cluster puts it in front of three app instances (ADR 036); installed with the rest so CI machines can run it",
      programs: ["/usr/sbin/haproxy"],
      debianPackage: "haproxy",
    },
  ];
}
