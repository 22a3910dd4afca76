import { describe, expect, it } from "vitest";
import { nextCopyNumber, numberedTitle } from "./copy-title";

const title = { nb: "Håndtere avvisning", en: "Handling rejection", nl: "Omgaan met afwijzing" };

describe("the title of another copy", () => {
  it("numbers it in every language the title has", () => {
    expect(numberedTitle(title, 2)).toEqual({
      nb: "Håndtere avvisning (2)",
      en: "Handling rejection (2)",
      nl: "Omgaan met afwijzing (2)",
    });
    expect(numberedTitle({ nb: "Bare bokmål" }, 3)).toEqual({ nb: "Bare bokmål (3)" });
  });

  it("takes the smallest number no program of the organization is called by", () => {
    expect(nextCopyNumber(title, [title])).toBe(2);
    expect(nextCopyNumber(title, [title, numberedTitle(title, 2)])).toBe(3);
    // (2) was renamed: its number is free again; (3) is still taken.
    expect(nextCopyNumber(title, [title, { nb: "Vårt eget" }, numberedTitle(title, 3)])).toBe(2);
    expect(
      nextCopyNumber(title, [numberedTitle(title, 2), numberedTitle(title, 3), numberedTitle(title, 4)]),
    ).toBe(5);
  });
});
