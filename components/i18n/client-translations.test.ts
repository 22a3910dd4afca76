import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { COMMON_SECTION_ONLY, clientBundles, everyPageBundles } from "./client-translations";

describe("the strings a page sends the browser", () => {
  it("are common without the sections' own parts on every page, in the page's language only", () => {
    const bundles = everyPageBundles("en");
    expect(Object.keys(bundles).sort()).toEqual(["common", "fatal"]);
    for (const section of COMMON_SECTION_ONLY) expect(bundles.common).not.toHaveProperty(section);
    expect(bundles.common).toHaveProperty("errors", resources.en.common.errors);
    expect(JSON.stringify(bundles)).not.toContain(JSON.stringify(resources.nb.common.errors));
  });

  it("carry of sign-in only what the header needs; the sign-in form's strings come with its page", () => {
    const auth = everyPageBundles("nb").common?.auth;
    expect(auth).toEqual({ menu: resources.nb.common.auth.menu, signOut: resources.nb.common.auth.signOut });
    expect(everyPageBundles("nb").common).not.toHaveProperty("home");
  });

  it("are the subtrees a section names, at their own paths", () => {
    const bundles = clientBundles("nb", [{ namespace: "common", keys: ["members.errors"] }, "people"]);
    expect(bundles).toEqual({
      common: { members: { errors: resources.nb.common.members.errors } },
      people: resources.nb.people,
    });
  });

  it("refuse a path that names no strings, instead of sending nothing", () => {
    expect(() => clientBundles("en", [{ namespace: "insights", keys: ["nothing.here"] }])).toThrow(
      /no strings at "nothing.here"/,
    );
  });
});
