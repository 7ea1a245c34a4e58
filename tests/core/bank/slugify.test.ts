import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "../../../src/core/bank/slugify";

describe("slugify", () => {
  it("makes short readable slugs from titles", () => {
    expect(slugify("What is the Global Interpreter Lock (GIL)?")).toBe("global-interpreter-lock-gil");
    expect(slugify("What are *args and **kwargs in Python functions?")).toBe("args-kwargs-functions");
    expect(slugify("What is the purpose of __init__?")).toBe("purpose-dunder-init");
  });

  it("adds a number when the slug is taken", () => {
    expect(uniqueSlug("gil", new Set(["gil", "gil-2"]))).toBe("gil-3");
  });
});
