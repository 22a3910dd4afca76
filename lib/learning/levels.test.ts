import { describe, expect, it } from "vitest";
import en from "@/locales/en/learning.json";
import nb from "@/locales/nb/learning.json";
import nl from "@/locales/nl/learning.json";
import { isLevel, levels } from "./levels";

describe("the familiarity scale", () => {
  it("has the four level names of product.md in nb, en and nl", () => {
    const names = (locale: typeof en) => levels.map((level) => locale.levels[level].name);
    expect(names(nb)).toEqual([
      "Nytt for meg",
      "Jeg forstår det",
      "Jeg er trygg på det",
      "Det sitter i ryggmargen",
    ]);
    expect(names(en)).toEqual(["New to me", "I understand it", "I'm comfortable doing it", "Second nature"]);
    expect(names(nl)).toEqual([
      "Nieuw voor mij",
      "Ik begrijp het",
      "Ik voel me er zeker bij",
      "Het zit in mijn vingers",
    ]);
  });

  it("accepts only the levels 1 to 4", () => {
    expect(levels.every(isLevel)).toBe(true);
    expect([0, 5, 2.5, "2", null].some(isLevel)).toBe(false);
  });
});
