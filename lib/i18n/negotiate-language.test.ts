import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./negotiate-language";

describe("negotiateLanguage", () => {
  it("prefers the remembered cookie over the browser", () => {
    expect(negotiateLanguage({ cookie: "nl", acceptLanguage: "en-US,en;q=0.9" })).toBe("nl");
  });

  it("ignores a cookie that names no served language", () => {
    expect(negotiateLanguage({ cookie: "de", acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
  });

  it("follows Accept-Language by quality", () => {
    expect(negotiateLanguage({ acceptLanguage: "de-DE,nl;q=0.8,en;q=0.5" })).toBe("nl");
    expect(negotiateLanguage({ acceptLanguage: "en-GB" })).toBe("en");
  });

  it("serves Bokmål to Norwegian browsers that say no or nn", () => {
    expect(negotiateLanguage({ acceptLanguage: "no,en;q=0.5" })).toBe("nb");
    expect(negotiateLanguage({ acceptLanguage: "nn-NO" })).toBe("nb");
  });

  it("falls back to nb when nothing matches or the header is missing or malformed", () => {
    expect(negotiateLanguage({ acceptLanguage: "fr-FR,de" })).toBe("nb");
    expect(negotiateLanguage({ acceptLanguage: null })).toBe("nb");
    expect(negotiateLanguage({ acceptLanguage: ";;;,q=" })).toBe("nb");
  });
});
