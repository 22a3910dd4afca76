import { describe, expect, it } from "vitest";
import { emailAddressSchema, normalizeEmail } from "./email-address";

describe("email addresses", () => {
  it("are stored lower-case and trimmed", () => {
    expect(normalizeEmail("  Ola.Nordmann@Example.NO ")).toBe("ola.nordmann@example.no");
    expect(emailAddressSchema.parse(" Kari@Firma.no")).toBe("kari@firma.no");
  });

  it.each([
    "",
    "kari",
    "kari@",
    "@firma.no",
    "kari@firma",
    "a@b.no,c@d.no",
    "kari firma@x.no",
    `${"a".repeat(250)}@x.no`,
  ])("refuses %j", (value) => {
    expect(emailAddressSchema.safeParse(value).success).toBe(false);
  });
});
