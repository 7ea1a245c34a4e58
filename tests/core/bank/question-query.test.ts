import { describe, expect, it } from "vitest";
import { parseQuestionQuery, toSearchParams } from "../../../src/core/bank/question-query";

describe("parseQuestionQuery", () => {
  it("reads repeated and comma-separated filters, case-insensitively", () => {
    const q = parseQuestionQuery(new URLSearchParams("level=mid,Senior&topic=decorators&topic=oop&band=2-5&code=yes&q=%20gil%20&page=2"));
    expect(q).toEqual({ q: "gil", levels: ["Mid", "Senior"], topics: ["decorators", "oop"], companies: undefined, bands: ["2-5"], hasCode: true, set: undefined, page: 2, pageSize: 20 });
  });

  it("round-trips through toSearchParams so links keep the state", () => {
    const q = parseQuestionQuery(new URLSearchParams("level=mid&company=amazon&band=5%2B&code=no&page=3&pageSize=50"));
    expect(parseQuestionQuery(toSearchParams(q))).toEqual(q);
  });

  it("names the parameter and the expected values in its error", () => {
    expect(() => parseQuestionQuery(new URLSearchParams("level=guru"))).toThrow("Query parameter 'level' has 'guru'; expected Entry, Junior, Mid, Senior or Expert");
    expect(() => parseQuestionQuery(new URLSearchParams("pageSize=0"))).toThrow("'pageSize'");
    expect(() => parseQuestionQuery(new URLSearchParams("page=2&page=3"))).toThrow("'page' was given more than once");
  });

  it("rejects unknown parameters only in strict mode", () => {
    expect(() => parseQuestionQuery(new URLSearchParams("sort=title"), { strict: true })).toThrow("'sort' is not known");
    expect(parseQuestionQuery(new URLSearchParams("sort=title")).page).toBe(1);
  });
});
