import { describe, expect, it } from "vitest";
import { classifyTopics } from "../../../src/core/bank/classify-topics";

describe("classifyTopics", () => {
  it("finds the topic a title names", () => {
    expect(classifyTopics({ title: "What is the Global Interpreter Lock (GIL)?" })[0]).toBe("concurrency");
    expect(classifyTopics({ title: "What are Python decorators and how do they work?" })[0]).toBe("decorators");
    expect(classifyTopics({ title: "How do you use pytest fixtures?" })[0]).toBe("testing");
  });

  it("keeps the page's own topic label first", () => {
    expect(classifyTopics({ title: "Explain the GIL", pageTopics: ["Basics"] }).slice(0, 2)).toEqual(["basics", "concurrency"]);
    expect(classifyTopics({ title: "How would you design a job queue?", pageTopics: ["Large Application Design"] })[0]).toBe("architecture-scale");
  });

  it("falls back to basics when nothing matches", () => {
    expect(classifyTopics({ title: "Tell me about yourself" })).toEqual(["basics"]);
  });
});
