import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VISUALIZERS, visualizersForQuestion } from "../../../src/core/visualizers/links";

const QUESTIONS = path.resolve(import.meta.dirname, "../../../content/questions");

describe("visualizer links", () => {
  it("point only at questions that exist in content/questions", () => {
    for (const v of VISUALIZERS) for (const slug of v.questions) expect(fs.existsSync(path.join(QUESTIONS, `${slug}.md`)), `${v.id} → ${slug}`).toBe(true);
  });

  it("find the visualizers for a question", () => {
    expect(visualizersForQuestion("gil-basics").map((v) => v.id)).toEqual(["gil"]);
    expect(visualizersForQuestion("mro-c3-linearization").map((v) => v.id)).toEqual(["mro"]);
    expect(visualizersForQuestion("list-comprehensions")).toEqual([]);
  });
});
