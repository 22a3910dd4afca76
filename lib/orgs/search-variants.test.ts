import { describe, expect, it } from "vitest";
import { caseVariants } from "./search-variants";

describe("caseVariants", () => {
  it("gives the spellings names are written in", () => {
    expect(caseVariants("åse ødegård")).toEqual(["åse ødegård", "ÅSE ØDEGÅRD", "Åse Ødegård"]);
    expect(caseVariants("ØDEGÅRD")).toEqual(["ØDEGÅRD", "ødegård", "Ødegård"]);
    expect(caseVariants("anne-marie o'brien")).toContain("Anne-Marie O'Brien");
  });
});
