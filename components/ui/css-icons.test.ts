import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CSS_ICONS, cssIconsStylesheet } from "@/scripts/icons/icon-sources";

const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");

describe("the stylesheet's icons (app/css-icons.css, ADR 044)", () => {
  it("are lucide's drawings as npm run icons:generate writes them", async () => {
    expect(read("app/css-icons.css")).toBe(await cssIconsStylesheet());
  });

  it("include every icon the stylesheet and CssIcon ask for, so none is drawn as nothing", () => {
    const defined = new Set(Object.keys(CSS_ICONS));
    // A mask naming an undefined custom property draws an empty box, silently.
    const used = [...read("app/globals.css").matchAll(/var\(--icon-([a-z0-9-]+)\)/g)].map(
      (match) => match[1],
    );
    expect(used).toEqual(expect.arrayContaining(["circle", "circle-check", "circle-check-big"]));
    for (const name of used) expect(defined, name).toContain(name);
    const named = [...read("components/ui/css-icon-names.ts").matchAll(/\| "([a-z0-9-]+)"/g)].map(
      (match) => match[1],
    );
    expect(named.sort()).toEqual([...defined].sort());
  });
});
