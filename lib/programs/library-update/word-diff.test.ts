import { describe, expect, it } from "vitest";
import { sideOf, tokenize, wordDiff } from "./word-diff";

describe("tokenize", () => {
  it("keeps the whitespace after each word", () => {
    expect(tokenize("  Jeg vet\n\nhva  ")).toEqual(["Jeg ", "vet\n\n", "hva  "]);
    expect(tokenize("   ")).toEqual([]);
  });
});

describe("wordDiff", () => {
  it("marks nothing when the texts are equal", () => {
    expect(wordDiff("Jeg vet hva avvisning er", "Jeg vet hva avvisning er")).toEqual([
      { type: "same", text: "Jeg vet hva avvisning er" },
    ]);
  });

  it("marks a replaced word as removed, then added, between unchanged words", () => {
    expect(wordDiff("Jeg vet hva avvisning er", "Jeg forstår hva avvisning er")).toEqual([
      { type: "same", text: "Jeg " },
      { type: "removed", text: "vet " },
      { type: "added", text: "forstår " },
      { type: "same", text: "hva avvisning er" },
    ]);
  });

  it("marks words added at the end and removed in the middle, with a space between parts", () => {
    expect(wordDiff("a b c d", "a c d e f")).toEqual([
      { type: "same", text: "a " },
      { type: "removed", text: "b " },
      { type: "same", text: "c d " },
      { type: "added", text: "e f" },
    ]);
  });

  it("puts every removed word of a run before the added ones", () => {
    const parts = wordDiff("one two three four", "one deux trois four");
    expect(parts).toEqual([
      { type: "same", text: "one " },
      { type: "removed", text: "two three " },
      { type: "added", text: "deux trois " },
      { type: "same", text: "four" },
    ]);
  });

  it("handles an empty side as everything added or removed", () => {
    expect(wordDiff("", "Ny ressurs")).toEqual([{ type: "added", text: "Ny ressurs" }]);
    expect(wordDiff("Gammel tekst", "")).toEqual([{ type: "removed", text: "Gammel tekst" }]);
  });

  it("ignores changes in whitespace only", () => {
    expect(wordDiff("a  b\nc", "a b c")).toEqual([{ type: "same", text: "a  b\nc" }]);
  });

  it("gives back both texts' words from its parts (any edit)", () => {
    const texts = [
      "Rejection is not failure. It's redirection.",
      "Rejection is redirection, not failure. It's a no.",
      "A no is information, not a verdict on you.",
      "",
      "no no no yes no",
      "yes no yes",
    ];
    for (const before of texts) {
      for (const after of texts) {
        const parts = wordDiff(before, after);
        expect(sideOf(parts, "before")).toEqual(tokenize(before).map((token) => token.trimEnd()));
        expect(sideOf(parts, "after")).toEqual(tokenize(after).map((token) => token.trimEnd()));
        // Unchanged words are as many as the longest run of words the texts have in common allows.
        const same = parts.filter((part) => part.type === "same").flatMap((part) => tokenize(part.text));
        expect(same.length).toBeLessThanOrEqual(Math.min(tokenize(before).length, tokenize(after).length));
      }
    }
  });

  it("keeps the common words a longest common subsequence finds", () => {
    const same = wordDiff("x a y b z c", "a q b r c")
      .filter((part) => part.type === "same")
      .flatMap((part) => tokenize(part.text).map((token) => token.trimEnd()));
    expect(same).toEqual(["a", "b", "c"]);
  });
});
