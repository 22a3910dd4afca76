import { describe, expect, it } from "vitest";
import { splitTextLinks } from "./text-links";

describe("splitTextLinks", () => {
  it("finds http(s) links in running text and leaves the rest as text", () => {
    const link = "http://localhost:3000/api/auth/callback/email?callbackUrl=%2Fnb&token=abc&email=a%40b.no";
    expect(splitTextLinks(`Logg inn: ${link}\n\nHilsen Evne`)).toEqual([
      { kind: "text", value: "Logg inn: " },
      { kind: "link", href: link },
      { kind: "text", value: "\n\nHilsen Evne" },
    ]);
  });

  it("does not take sentence punctuation into the link", () => {
    expect(splitTextLinks("See https://evne.example/en.")).toEqual([
      { kind: "text", value: "See " },
      { kind: "link", href: "https://evne.example/en" },
      { kind: "text", value: "." },
    ]);
  });

  it("makes no links of other schemes", () => {
    expect(splitTextLinks("javascript:alert(1) ftp://x")).toEqual([
      { kind: "text", value: "javascript:alert(1) ftp://x" },
    ]);
  });
});
