// Form error keys the compiler cannot follow (ADR 034): zod schemas carry translation keys as
// their messages (`{ error: "people:invite.errors.email" }`, `addIssue({ message: … })`) and
// AppErrors name fields' keys in `fieldErrors`; all are plain strings to TypeScript. This reads
// them from the source and checks each against the nb resources, so a mistyped one fails
// `npm test` rather than showing "Something is wrong with this field" (the pipeline's fallback).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "./resources";
import { namespaces, type Namespace } from "./settings";

const roots = ["lib", "app", "components"];
/** A translation key: words joined by dots, optionally after "namespace:". */
const KEY = String.raw`(?:[a-z]+:)?[a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+`;
const SCHEMA_MESSAGE = new RegExp(String.raw`\b(?:message|error):\s*"(${KEY})"`, "g");
const FIELD_ERRORS = /fieldErrors:\s*\{([^}]*)\}/g;
const FIELD_KEY = new RegExp(String.raw`:\s*"(${KEY})"`, "g");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function keysIn(source: string): string[] {
  const found = [...source.matchAll(SCHEMA_MESSAGE)].map((match) => match[1]!);
  for (const block of source.matchAll(FIELD_ERRORS))
    found.push(...[...block[1]!.matchAll(FIELD_KEY)].map((match) => match[1]!));
  return found;
}

function exists(key: string): boolean {
  const [ns, rest] = key.includes(":") ? (key.split(":", 2) as [string, string]) : ["common", key];
  if (!(namespaces as readonly string[]).includes(ns)) return false;
  let node: unknown = resources.nb[ns as Namespace];
  for (const part of rest.split(".")) {
    if (node === null || typeof node !== "object") return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("form error keys in the source", () => {
  const found = roots
    .flatMap((root) => sourceFiles(path.join(process.cwd(), root)))
    .flatMap((file) => keysIn(readFileSync(file, "utf8")).map((key) => ({ file, key })));

  it("are found (the patterns still match how schemas are written)", () => {
    expect(found.length).toBeGreaterThan(100);
  });

  it("each name a string in the nb resources", () => {
    const missing = found
      .filter(({ key }) => !exists(key))
      .map(({ file, key }) => `${path.relative(process.cwd(), file)}: ${key}`);
    expect(missing).toEqual([]);
  });

  it("would catch a mistyped key", () => {
    expect(keysIn(`z.string().min(1, { error: "people:invite.errors.emial" })`)).toEqual([
      "people:invite.errors.emial",
    ]);
    expect(exists("people:invite.errors.emial")).toBe(false);
    expect(exists("errors.fields.invalid")).toBe(true);
  });
});
