import { describe, expect, it } from "vitest";
import { itemState, nextUpdatedAt, textState, translationStatus } from "./translation-status";

const full = { nb: "Jeg vet", en: "I know", nl: "Ik weet" };
const earlier = "2026-01-01T10:00:00.000Z";
const later = "2026-02-01T10:00:00.000Z";

describe("translation status", () => {
  it("flags a missing or blank text in any language, Bokmål too", () => {
    expect(textState({ nb: "Jeg vet", en: "I know" }, "nl")).toBe("missing");
    expect(textState({ nb: "Jeg vet", en: "   " }, "en")).toBe("missing");
    expect(textState({ en: "I know" }, "nb")).toBe("missing");
    expect(textState(full, "nl")).toBe("ok");
  });

  it("flags a translation older than its Bokmål original, never Bokmål itself", () => {
    expect(textState(full, "en", { nb: later, en: earlier })).toBe("outdated");
    expect(textState(full, "en", { nb: later })).toBe("outdated");
    expect(textState(full, "en", { nb: earlier, en: later })).toBe("ok");
    expect(textState(full, "nb", { nb: later, en: earlier })).toBe("ok");
    // Copied as it is from the library: no times, nothing outdated.
    expect(textState(full, "en", {})).toBe("ok");
  });

  it("takes the worst state of an item's texts", () => {
    expect(itemState([full, { nb: "Tittel" }], "en")).toBe("missing");
    expect(itemState([full, full], "nl", { nb: later, nl: earlier })).toBe("outdated");
  });

  it("counts per language", () => {
    expect(
      translationStatus([
        { texts: [full] },
        { texts: [{ nb: "Bare bokmål" }] },
        { texts: [full], updatedAt: { nb: later, en: earlier, nl: later } },
      ]),
    ).toEqual([
      { lang: "nb", missing: 0, outdated: 0, total: 3 },
      { lang: "en", missing: 1, outdated: 1, total: 3 },
      { lang: "nl", missing: 1, outdated: 0, total: 3 },
    ]);
  });

  it("moves Bokmål's time only when its text changed, and marks a saved translation as checked", () => {
    const now = new Date(later);
    const times = { nb: earlier };
    expect(nextUpdatedAt(times, "nb", false, now)).toBe(times);
    expect(nextUpdatedAt(times, "nb", true, now)).toEqual({ nb: later });
    expect(nextUpdatedAt(times, "en", false, now)).toEqual({ nb: earlier, en: later });
  });
});
