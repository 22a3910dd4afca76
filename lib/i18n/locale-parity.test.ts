import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languages, namespaces } from "./settings";

const localesDir = path.join(process.cwd(), "locales");

function flatten(value: unknown, prefix = ""): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

function load(lang: string, ns: string) {
  return flatten(JSON.parse(readFileSync(path.join(localesDir, lang, `${ns}.json`), "utf8")));
}

/** i18next placeholders such as {{count}} in a string. */
function placeholders(text: unknown): string[] {
  return typeof text === "string"
    ? [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? "").sort()
    : [];
}

describe("UI strings", () => {
  it("has the same namespace files in every language, and each is registered", () => {
    for (const lang of languages) {
      const files = readdirSync(path.join(localesDir, lang)).filter((file) => file.endsWith(".json"));
      expect(files.map((file) => file.replace(/\.json$/, "")).sort()).toEqual([...namespaces].sort());
    }
  });

  for (const ns of namespaces) {
    it(`${ns}: every key exists in nb, en and nl, with a non-empty text and the same placeholders`, () => {
      const [reference, ...others] = languages.map((lang) => ({ lang, strings: load(lang, ns) }));
      if (!reference) throw new Error("no languages configured");
      for (const other of others) {
        expect(Object.keys(other.strings).sort(), `${other.lang}/${ns}.json keys`).toEqual(
          Object.keys(reference.strings).sort(),
        );
      }
      for (const { lang, strings } of [reference, ...others]) {
        for (const [key, text] of Object.entries(strings)) {
          expect(
            typeof text === "string" && text.trim().length > 0,
            `${lang}/${ns}.json ${key} is empty`,
          ).toBe(true);
          expect(placeholders(text), `${lang}/${ns}.json ${key} placeholders`).toEqual(
            placeholders(reference.strings[key]),
          );
        }
      }
    });
  }
});
