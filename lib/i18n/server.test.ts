import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { resources } from "./resources";
import { getT } from "./server";
import { defaultLanguage, namespaces } from "./settings";

// getT keeps what it has translated (issue 17); the results must be exactly i18next's own.
const reference = createInstance();
void reference.init({
  lng: "en",
  fallbackLng: defaultLanguage,
  resources,
  ns: [...namespaces],
  defaultNS: "common",
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

describe("getT", () => {
  it("gives i18next's translation for plain keys, values, plurals and other namespaces, also when asked again", () => {
    for (const lang of ["nb", "en", "nl"] as const) {
      const expected = reference.getFixedT(lang, "learning");
      const t = getT(lang, "learning");
      for (let round = 0; round < 2; round += 1) {
        expect(t("home.title")).toBe(expected("home.title"));
        expect(t("home.nextResource", { title: "A" })).toBe(expected("home.nextResource", { title: "A" }));
        expect(t("home.nextResource", { title: "B" })).toBe(expected("home.nextResource", { title: "B" }));
        for (const count of [1, 3]) {
          expect(t("home.resourcesRead", { done: 1, count })).toBe(
            expected("home.resourcesRead", { done: 1, count }),
          );
        }
        const both = getT(lang, ["learning", "common"]);
        expect(both("common:nav.skipToContent")).toBe(
          reference.getFixedT(lang, ["learning", "common"])("common:nav.skipToContent"),
        );
      }
    }
    expect(getT("en", "learning")("home.resourcesRead", { done: 1, count: 1 })).not.toBe(
      getT("en", "learning")("home.resourcesRead", { done: 1, count: 3 }),
    );
  });

  it("keeps each language and namespace apart and carries its language like i18next's fixed t", () => {
    expect(getT("nb")("nav.skipToContent")).not.toBe(getT("en")("nav.skipToContent"));
    expect((getT("nl", "learning") as unknown as { lng: string }).lng).toBe("nl");
  });

  it("passes calls with objects among their options straight to i18next", () => {
    const t = getT("en", "learning") as unknown as (key: string, options?: object) => unknown;
    const expected = reference.getFixedT("en", "learning") as unknown as (
      key: string,
      options?: object,
    ) => unknown;
    expect(t("levels", { returnObjects: true, extra: { a: 1 } })).toEqual(
      expected("levels", { returnObjects: true, extra: { a: 1 } }),
    );
  });
});
