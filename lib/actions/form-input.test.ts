import { describe, expect, it } from "vitest";
import { echoValues, formDataToObject } from "./form-input";

describe("formDataToObject", () => {
  it("gives strings, arrays for repeated names, and drops files and React's own fields", () => {
    const form = new FormData();
    form.append("name", "Blåbær");
    form.append("teamIds", "a");
    form.append("teamIds", "b");
    form.append("$ACTION_ID_abc", "");
    form.append("avatar", new Blob(["x"]), "x.png");
    expect(formDataToObject(form)).toEqual({ name: "Blåbær", teamIds: ["a", "b"] });
  });

  it("echoes only single text values", () => {
    expect(echoValues({ name: "x", teamIds: ["a"], count: 2 })).toEqual({ name: "x" });
    expect(echoValues(null)).toEqual({});
  });
});
