import { describe, expect, it } from "vitest";
import { createOrganizationInput } from "./organization-input";
import { isValidSlug, slugify } from "./organization-slug";

describe("slugify", () => {
  it.each([
    ["Bølgen & Moi AS", "bolgen-moi-as"],
    ["Blåbær Økonomi", "blabaer-okonomi"],
    ["Ærlig Øl på Ås", "aerlig-ol-pa-as"],
    ["  Café  Ñandú  ", "cafe-nandu"],
    ["Straße 12", "strasse-12"],
    ["---Evne!!!", "evne"],
    ["ÅSE", "ase"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isValidSlug(slug)).toBe(true);
  });

  it("keeps within the length limit without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(47)} bcd`);
    expect(slug).toBe("a".repeat(47));
    expect(isValidSlug(slugify("x".repeat(200)))).toBe(true);
  });

  it("gives nothing for a name without letters or digits", () => {
    expect(slugify("!!! ???")).toBe("");
  });

  it.each(["", "a", "-abc", "abc-", "ab--c", "Abc", "æøå", "a b", "a".repeat(49)])("rejects %j", (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});

describe("the new-organization input", () => {
  it("makes the address from the name when it is left empty", () => {
    expect(
      createOrganizationInput.parse({ name: " Blåbær AS ", slug: "", defaultLanguage: "en", yourName: " Kari " }),
    ).toEqual({
      name: "Blåbær AS",
      slug: "blabaer-as",
      defaultLanguage: "en",
      yourName: "Kari",
    });
  });

  it("takes an edited address, lower-cased", () => {
    expect(
      createOrganizationInput.parse({ name: "Blåbær AS", slug: "Blabaer-Oslo", defaultLanguage: "nb", yourName: "Kari" })
        .slug,
    ).toBe("blabaer-oslo");
  });

  it("answers with translation keys per field", () => {
    const result = createOrganizationInput.safeParse({
      name: "x",
      slug: "not valid!",
      defaultLanguage: "de",
      yourName: "   ",
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(issues).toEqual({
      name: "orgs.errors.nameRequired",
      slug: "orgs.errors.slugInvalid",
      defaultLanguage: "orgs.errors.languageRequired",
      yourName: "account:name.errors.required",
    });
  });

  it("asks for an address when the name gives none", () => {
    const result = createOrganizationInput.safeParse({
      name: "!!! ???",
      slug: "",
      defaultLanguage: "nb",
      yourName: "Kari",
    });
    expect(result.error?.issues).toMatchObject([{ path: ["slug"], message: "orgs.errors.slugInvalid" }]);
  });
});
