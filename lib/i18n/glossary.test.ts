// One term per concept (docs/glossary.md): the variants the glossary rules out must not come back
// into the words people read, in the locale files or in the library content.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Per language, the words the glossary says not to use, as whole-word patterns (any inflection). */
const forbidden: Record<"nb" | "en" | "nl", Array<{ variant: RegExp; use: string }>> = {
  nb: [
    { variant: /\bpåstand\w*/giu, use: "utsagn" },
    { variant: /\bframdrift\w*/giu, use: "fremdrift" },
    { variant: /\bselvvurdering\w*/giu, use: "egenvurdering" },
  ],
  en: [{ variant: /\borganisation\w*/giu, use: "organization" }],
  nl: [
    { variant: /\bstelling(en)?\b/giu, use: "uitspraak" },
    { variant: /\bbewering\w*/giu, use: "uitspraak" },
    { variant: /\bvooruitgang\b/giu, use: "voortgang" },
    { variant: /\bzelfevaluatie\w*/giu, use: "zelfbeoordeling" },
  ],
};

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(extension))
    .map((file) => path.join(dir, file));
}

/** Every string value in a JSON document. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("one term per concept (docs/glossary.md)", () => {
  for (const [lang, rules] of Object.entries(forbidden)) {
    it(`${lang}: the locale files use the glossary's terms`, () => {
      const found: string[] = [];
      for (const file of filesUnder(path.join("locales", lang), ".json")) {
        for (const text of strings(JSON.parse(readFileSync(file, "utf8")))) {
          for (const { variant, use } of rules) {
            for (const match of text.matchAll(variant)) found.push(`${file}: "${match[0]}" (use "${use}")`);
          }
        }
      }
      expect(found).toEqual([]);
    });
  }

  it("the Norwegian library content uses the glossary's terms", () => {
    const found: string[] = [];
    for (const file of filesUnder(path.join("content", "programs"), ".nb.md")) {
      const text = readFileSync(file, "utf8");
      for (const { variant, use } of forbidden.nb) {
        for (const match of text.matchAll(variant)) found.push(`${file}: "${match[0]}" (use "${use}")`);
      }
    }
    expect(found).toEqual([]);
  });

  it("catches the variants it is meant to catch", () => {
    expect("Framdriften din".match(forbidden.nb[1]!.variant)).toEqual(["Framdriften"]);
    expect("hver påstand".match(forbidden.nb[0]!.variant)).toEqual(["påstand"]);
    expect("de stelling".match(forbidden.nl[0]!.variant)).toEqual(["stelling"]);
    expect("instellingen".match(forbidden.nl[0]!.variant)).toBeNull();
  });
});
