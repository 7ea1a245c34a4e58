import { describe, expect, it } from "vitest";
import { defaultBandsForLevel, mapLevelLabel, parseExperienceBand } from "../../../src/core/bank/levels";

describe("level mapping", () => {
  it("maps other sites' difficulty labels onto our five levels as documented", () => {
    expect(["Easy", "Medium", "Hard", "Basic", "Intermediate", "Advanced", "expert"].map(mapLevelLabel)).toEqual(["Junior", "Mid", "Senior", "Entry", "Mid", "Senior", "Expert"]);
    expect(mapLevelLabel("Guru")).toBeNull();
  });

  it("gives each level its default experience band", () => {
    expect(defaultBandsForLevel("Junior")).toEqual(["0-1"]);
    expect(defaultBandsForLevel("Mid")).toEqual(["2-5"]);
    expect(defaultBandsForLevel("Expert")).toEqual(["5+"]);
  });

  it("reads bands as pages write them", () => {
    expect(parseExperienceBand("2–5 years")).toBe("2-5");
    expect(parseExperienceBand("5+")).toBe("5+");
    expect(parseExperienceBand("3-4")).toBeNull();
  });
});
