// The typecheck is the test here (ADR 034): each @ts-expect-error below must stay an error, so
// `npm run typecheck` fails if translation keys ever stop being checked against the resources.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { getT } from "./server";

describe("translation keys are typed", () => {
  it("accepts keys that exist and refuses ones that do not", () => {
    const t = getT("en");
    expect(t("nav.library")).toBe("Library");
    // @ts-expect-error: a mistyped key of the common namespace
    expect(t("nav.libary")).toBe("nav.libary");

    const learning = getT("en", "learning");
    // @ts-expect-error: a key of another namespace, without its prefix
    expect(learning("nav.library")).toBe("nav.library");

    // @ts-expect-error: an error's message key is a key too
    expect(AppError.invalid({ messageKey: "errors.codes.NOPE" }).messageKey).toBe("errors.codes.NOPE");
  });
});
