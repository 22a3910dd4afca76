import { describe, expect, it } from "vitest";
import { languageOfPath, safeCallbackPath } from "./callback-url";

const origin = "https://evne.example";

describe("safeCallbackPath", () => {
  it("keeps the library's return path, with its query and fragment", () => {
    expect(safeCallbackPath("/nb/library/handtere-avvisning", "nb")).toBe("/nb/library/handtere-avvisning");
    expect(safeCallbackPath("/en/library?q=rejection#list", "en")).toBe("/en/library?q=rejection#list");
  });

  it("falls back to the language's home page when there is nothing to return to", () => {
    expect(safeCallbackPath(undefined, "nl")).toBe("/nl");
    expect(safeCallbackPath("", "en")).toBe("/en");
    expect(safeCallbackPath(["/nb/x"], "nb")).toBe("/nb");
  });

  it.each([
    "https://evil.example/nb",
    "//evil.example/nb",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    " /nb",
    "javascript:alert(1)",
    "data:text/html,hi",
    "nb/library",
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value, "nb", origin)).toBe("/nb");
  });

  it("refuses absurdly long values", () => {
    expect(safeCallbackPath(`/${"a".repeat(3000)}`, "nb")).toBe("/nb");
  });

  it("keeps encoded characters encoded: they stay part of a path on this site", () => {
    expect(safeCallbackPath("/%0a/evil.example", "nb")).toBe("/%0a/evil.example");
  });

  it("accepts absolute URLs on our own origin only (next-auth hands those back)", () => {
    expect(safeCallbackPath(`${origin}/en/library/x?y=1`, "en", origin)).toBe("/en/library/x?y=1");
    expect(safeCallbackPath("https://evne.example.evil.example/en", "en", origin)).toBe("/en");
    expect(safeCallbackPath("http://evne.example/en", "en", origin)).toBe("/en");
    expect(safeCallbackPath(`${origin}/en`, "en")).toBe("/en");
  });

  it("does not return into the sign-in flow or to endpoints", () => {
    expect(safeCallbackPath("/nb/sign-in?callbackUrl=/nb/sign-in", "nb")).toBe("/nb");
    expect(safeCallbackPath("/en/verify", "en")).toBe("/en");
    expect(safeCallbackPath("/api/auth/signout", "en")).toBe("/en");
    expect(safeCallbackPath("/nb/sign-out", "nb")).toBe("/nb/sign-out");
  });

  it("normalises dot segments instead of letting them climb out", () => {
    expect(safeCallbackPath("/nb/../api/auth/signout", "nb")).toBe("/nb");
    expect(safeCallbackPath("/nb/library/../library", "nb")).toBe("/nb/library");
  });
});

describe("languageOfPath", () => {
  it("reads the language segment of relative and absolute paths", () => {
    expect(languageOfPath("/en/library")).toBe("en");
    expect(languageOfPath("http://localhost:3000/nl")).toBe("nl");
    expect(languageOfPath("/de/library")).toBeUndefined();
    expect(languageOfPath(null)).toBeUndefined();
  });
});
