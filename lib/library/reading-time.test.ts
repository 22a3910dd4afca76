import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "./reading-time";

describe("countWords", () => {
  it("counts words, not Markdown markup", () => {
    expect(countWords("## Et nei\n\n- **Tilbyderen** er den\n> sitat — her")).toBe(7);
  });

  it("skips link targets and reference definitions but keeps link texts", () => {
    const markdown =
      "Les [Avvisningsårsaker](program:avvisningsarsaker) og [mer][ref].\n\n[ref]: https://example.org/a-b";
    expect(countWords(markdown)).toBe(4);
  });

  it("counts nothing in an empty text", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  \n - \n")).toBe(0);
  });
});

describe("readingMinutes", () => {
  it("rounds up to whole minutes, at least one", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });
});
