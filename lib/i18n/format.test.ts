import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent } from "./format";
import { getT } from "./server";

const NBSP = "\u00a0";

describe("formatPercent", () => {
  it("writes the percent sign as each language does, never breakable from its number", () => {
    expect(formatPercent("nb", 89)).toBe(`89${NBSP}%`);
    expect(formatPercent("en", 89)).toBe("89%");
    expect(formatPercent("nl", 89)).toBe("89%");
    expect(formatPercent("nb", 100)).toBe(`100${NBSP}%`);
    expect(formatPercent("nb", 0)).toBe(`0${NBSP}%`);
  });

  it("rounds to whole percent", () => {
    expect(formatPercent("en", 33.4)).toBe("33%");
    expect(formatPercent("nl", 66.6)).toBe("67%");
  });
});

describe("formatNumber", () => {
  it("groups thousands the way each language does", () => {
    expect(formatNumber("nb", 12345)).toBe(`12${NBSP}345`);
    expect(formatNumber("en", 12345)).toBe("12,345");
    expect(formatNumber("nl", 12345)).toBe("12.345");
    expect(formatNumber("nb", 1000)).toBe(`1${NBSP}000`);
  });

  it("writes decimals with each language's mark", () => {
    expect(formatNumber("nb", 2.5)).toBe("2,5");
    expect(formatNumber("en", 2.5)).toBe("2.5");
    expect(formatNumber("nl", 2.5)).toBe("2,5");
  });
});

describe("plurals through i18next's count", () => {
  const cases = [
    ["nb", "1 medlem", "2 medlemmer"],
    ["en", "1 member", "2 members"],
    ["nl", "1 lid", "2 leden"],
  ] as const;
  for (const [lang, one, two] of cases) {
    it(`${lang}: one and many members`, () => {
      const t = getT(lang, "common");
      expect(t("members.count", { count: 1 })).toBe(one);
      expect(t("members.count", { count: 2 })).toBe(two);
    });
  }

  it("says 'has started' of one and 'have started' of several in English, and the like in Dutch", () => {
    expect(getT("en", "insights")("home.started", { count: 1, total: 5 })).toBe("1 of 5 has started");
    expect(getT("en", "insights")("home.started", { count: 2, total: 5 })).toBe("2 of 5 have started");
    expect(getT("nl", "insights")("home.started", { count: 1, total: 5 })).toBe("1 van 5 is begonnen");
    expect(getT("nb", "insights")("home.started", { count: 1, total: 5 })).toBe("1 av 5 har startet");
  });

  it("names a span of weeks with the word once: uke 38–50, weeks 38–50, week 38–50", () => {
    const summary = (lang: "nb" | "en" | "nl", count: number) => {
      const t = getT(lang, "challenge");
      return t("chart.summary", { count, weeks: t("chart.weeks", { from: 38, to: 50 }) });
    };
    expect(summary("nb", 12)).toBe("12 nei til sammen i uke 38–50, talt uke for uke.");
    expect(summary("en", 1)).toBe("1 no in total in weeks 38–50, counted week by week.");
    expect(summary("en", 12)).toBe("12 no's in total in weeks 38–50, counted week by week.");
    expect(summary("nl", 12)).toBe("In totaal 12 nee's in week 38–50, per week geteld.");
  });

  it("carries a formatted percentage into a sentence without a sign of its own", () => {
    const of = (lang: "nb" | "en" | "nl") =>
      getT(lang, "insights")("organization.of", { count: 8, total: 9, percent: formatPercent(lang, 89) });
    expect(of("nb")).toBe(`8 av 9 (89${NBSP}%)`);
    expect(of("en")).toBe("8 of 9 (89%)");
    expect(of("nl")).toBe("8 van 9 (89%)");
  });
});
