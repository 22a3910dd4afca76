import { describe, expect, it } from "vitest";
import { AppError, appErrorCodes, appErrorMessageKey, appErrorStatus, isAppError } from "./app-error";
import en from "@/locales/en/common.json";

describe("AppError", () => {
  it("maps every code to an HTTP status and a translated message", () => {
    expect(appErrorStatus).toEqual({
      NOT_FOUND: 404,
      FORBIDDEN: 403,
      CONFLICT: 409,
      INVALID: 422,
      RATE_LIMITED: 429,
      UNAUTHENTICATED: 401,
    });
    for (const code of appErrorCodes) {
      expect(appErrorMessageKey(code)).toBe(`errors.codes.${code}`);
      expect(en.errors.codes[code]).toBeTruthy();
    }
  });

  it("carries a specific message key and field errors when given", () => {
    const error = AppError.conflict({
      messageKey: "orgs.errors.slugTaken",
      fieldErrors: { slug: "orgs.errors.slugTaken" },
    });
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code: "CONFLICT", status: 409, messageKey: "orgs.errors.slugTaken" });
    expect(error.fieldErrors).toEqual({ slug: "orgs.errors.slugTaken" });
    expect(new AppError("NOT_FOUND").messageKey).toBe("errors.codes.NOT_FOUND");
    expect(isAppError(new Error("x"))).toBe(false);
  });
});
