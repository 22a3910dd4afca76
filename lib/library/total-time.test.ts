import { describe, expect, it } from "vitest";
import { getT } from "@/lib/i18n/server";
import { totalTimeText } from "./total-time";

describe("a program's total time in words", () => {
  it("says minutes under an hour, and hours with minutes above, in each language", () => {
    expect(totalTimeText(getT("nb", "common"), 25)).toBe("ca. 25 min");
    expect(totalTimeText(getT("en", "common"), 25)).toBe("about 25 min");
    expect(totalTimeText(getT("nl", "common"), 80)).toBe("ca. 1 u 20 min");
    expect(totalTimeText(getT("nb", "common"), 120)).toBe("ca. 2 t");
    expect(totalTimeText(getT("en", "common"), 61)).toBe("about 1 h 1 min");
  });
});
