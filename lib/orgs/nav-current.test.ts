import { describe, expect, it } from "vitest";
import { navCurrent } from "./nav-current";

const hrefs = ["/nb/o/acme", "/nb/o/acme/programs", "/nb/o/acme/members", "/nb/o/acme/teams"];

describe("navCurrent", () => {
  it("marks the page itself, and nothing else, on a section's own page", () => {
    expect(navCurrent(hrefs, "/nb/o/acme/programs")).toEqual([undefined, "page", undefined, undefined]);
    expect(navCurrent(hrefs, "/nb/o/acme")).toEqual(["page", undefined, undefined, undefined]);
  });

  it("marks Programs as the current section on a program's editor and its assignments", () => {
    const id = "0196f0e4-0000-7000-8000-000000000000";
    for (const path of [`/nb/o/acme/programs/${id}`, `/nb/o/acme/programs/${id}/assignments`])
      expect(navCurrent(hrefs, path)).toEqual([undefined, "true", undefined, undefined]);
  });

  it("does not take a longer name for a sub-page", () => {
    expect(navCurrent(hrefs, "/nb/o/acme/programsx")).toEqual(["true", undefined, undefined, undefined]);
  });
});
