import { describe, expect, it } from "vitest";
import { moveWithinGroup } from "./move-within-group";

const kinds = ["know-a", "can-b", "know-c", "can-d", "know-e"];
const know = (item: string) => item.startsWith("know");

describe("moveWithinGroup", () => {
  it("swaps with the direct neighbour when there is no group", () => {
    expect(moveWithinGroup(["a", "b", "c"], 1, "up")).toEqual(["b", "a", "c"]);
    expect(moveWithinGroup(["a", "b", "c"], 1, "down")).toEqual(["a", "c", "b"]);
  });

  it("jumps over items of the other group", () => {
    expect(moveWithinGroup(kinds, 2, "up", know)).toEqual(["know-c", "know-a", "can-b", "can-d", "know-e"]);
    expect(moveWithinGroup(kinds, 2, "down", know)).toEqual(["know-a", "can-b", "can-d", "know-e", "know-c"]);
  });

  it("answers null at either end of the group", () => {
    expect(moveWithinGroup(kinds, 0, "up", know)).toBeNull();
    expect(moveWithinGroup(kinds, 4, "down", know)).toBeNull();
    expect(moveWithinGroup(["a"], 0, "down")).toBeNull();
  });
});
