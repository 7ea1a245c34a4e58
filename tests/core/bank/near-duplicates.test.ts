import { describe, expect, it } from "vitest";
import { compareTitles } from "../../../src/core/bank/near-duplicates";

describe("compareTitles", () => {
  it("treats titles that differ only in case and punctuation as exact duplicates", () => {
    expect(compareTitles("What is __slots__ in Python and why use it?", "what is __slots__ in python, and why use it")).toBe("exact");
  });

  it("recognizes the same question in other words", () => {
    expect(compareTitles("What is the Global Interpreter Lock (GIL)?", "Explain the GIL in Python.")).toBe("near");
    expect(compareTitles("What are *args and **kwargs in Python functions?", "Explain *args and **kwargs in function definitions.")).toBe("near");
    expect(compareTitles("What is the difference between list and tuple in Python?", "What are the differences between lists and tuples?")).toBe("near");
  });

  it("keeps different questions apart even when they share words", () => {
    expect(compareTitles("What are Python decorators?", "What are Python generators?")).toBeNull();
    expect(compareTitles("How do you read a file in Python?", "How do you write data to a file in Python?")).toBeNull();
    expect(compareTitles("What is a list comprehension?", "What is a dictionary comprehension?")).toBeNull();
  });
});
