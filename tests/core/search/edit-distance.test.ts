import { describe, expect, it } from "vitest";
import { editDistance, pickCorrection } from "../../../src/core/search/edit-distance";

describe("spelling correction", () => {
  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(editDistance("decoratros", "decorators")).toBe(1);
    expect(editDistance("decoratros", "decorator")).toBe(2);
    expect(editDistance("gil", "gil")).toBe(0);
  });

  it("prefers the candidate with the fewest edits over a more similar-looking one", () => {
    expect(
      pickCorrection("decoratros", [
        { word: "decorator", similarity: 0.6, ndoc: 50 },
        { word: "decorators", similarity: 0.55, ndoc: 20 },
      ]),
    ).toBe("decorators");
  });

  it("refuses a correction that rewrites too much of the word", () => {
    expect(pickCorrection("asyncio", [{ word: "asynchronous", similarity: 0.4, ndoc: 9 }])).toBeNull();
  });
});
