import { describe, expect, it } from "vitest";
import { foldForSearch, matchesSearch, searchableText } from "./search-programs";

const program = {
  title: "Avvisningsårsaker",
  tagline: "Hvorfor folk sier nei",
  summary: "Om avviseren og tilbyderen.",
  statements: [
    "Jeg forstår at de fleste årsaker ligger utenfor min kontroll",
    "Jeg kan skille påvirkbart fra upåvirkbart",
  ],
};

describe("library search", () => {
  it("folds case, accents and Norwegian letters", () => {
    expect(foldForSearch("Ærlig Søknad Åpen Café")).toBe("aerlig soknad apen cafe");
  });

  it("matches titles, taglines, summaries and statements, every word", () => {
    const text = searchableText(program);
    expect(matchesSearch(text, "avvisningsarsaker")).toBe(true);
    expect(matchesSearch(text, "NEI hvorfor")).toBe(true);
    expect(matchesSearch(text, "påvirkbart kontroll")).toBe(true);
    expect(matchesSearch(text, "tilbyderen")).toBe(true);
    expect(matchesSearch(text, "jobbintervju")).toBe(false);
    expect(matchesSearch(text, "nei jobbintervju")).toBe(false);
  });

  it("treats an empty or blank query as matching everything", () => {
    expect(matchesSearch(searchableText(program), "   ")).toBe(true);
  });
});
