import { describe, expect, it } from "vitest";
import { slugifyFileName } from "./download-file-name";

describe("slugifyFileName", () => {
  it("keeps letters and digits, spells out æøå and drops anything a header could be broken with", () => {
    expect(slugifyFileName("Kundeservice Sør")).toBe("kundeservice-sor");
    expect(slugifyFileName("Lærere og små lag")).toBe("laerere-og-sma-lag");
    expect(slugifyFileName('a"b\r\nc')).toBe("a-b-c");
    expect(slugifyFileName("«»")).toBe("team");
  });
});
