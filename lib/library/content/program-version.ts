import { createHash } from "node:crypto";
import type { LibraryProgram } from "./library-content-types";

/** Everything of a program that its version covers. */
export type VersionedProgramContent = Omit<LibraryProgram, "version" | "position">;

/*
 * The version is what lets an organization's copy of a program notice "update available", so
 * it hashes what a learner reads: every text, the statements and resources and their order.
 * `position` is left out on purpose: moving a program in the library list changes nothing in it
 * (the loader builds the content below without it).
 * The input is already normalized by the loader (texts trimmed, line endings \n, files read by
 * name rather than directory order); sorting object keys here makes the hash independent of
 * the key order in program.json as well.
 */
export function computeProgramVersion(content: VersionedProgramContent): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex").slice(0, 16);
}

/** JSON with object keys sorted at every level; array order is kept because it is meaningful. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
