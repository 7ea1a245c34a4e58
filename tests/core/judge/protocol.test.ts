import { describe, expect, it } from "vitest";
import { createLineSplitter, parseJudgeRequest, resolveLimits } from "../../../src/core/judge/protocol";
import { DEFAULT_JUDGE_LIMITS, MAX_JUDGE_LIMITS } from "../../../src/core/judge/types";

describe("judge request parsing", () => {
  it("fills in the default limits and seed", () => {
    const r = parseJudgeRequest({ source: "x = 1", tests: { kind: "asserts", asserts: ["assert x == 1"] } });
    expect(r.limits).toEqual(DEFAULT_JUDGE_LIMITS);
    expect(r.seed).toBe(0);
    expect(r.tests).toEqual({ kind: "asserts", asserts: ["assert x == 1"] });
  });

  it("clamps limits to the maximum and keeps the ones given", () => {
    const l = resolveLimits({ timeMs: 10 ** 9, memoryBytes: 64 * 1024 * 1024 });
    expect(l.timeMs).toBe(MAX_JUDGE_LIMITS.timeMs);
    expect(l.memoryBytes).toBe(64 * 1024 * 1024);
    expect(l.outputBytes).toBe(DEFAULT_JUDGE_LIMITS.outputBytes);
  });

  it("names the first invalid field", () => {
    expect(() => parseJudgeRequest({ source: 1, tests: { kind: "asserts", asserts: [] } })).toThrow(/source must be a string/);
    expect(() => parseJudgeRequest({ source: "", tests: { kind: "nope" } })).toThrow(/tests.kind/);
    expect(() => parseJudgeRequest({ source: "", tests: { kind: "humaneval", test: "", entryPoint: "not valid" } })).toThrow(/identifier/);
    expect(() => parseJudgeRequest({ source: "", tests: { kind: "io", cases: [{ input: "" }] } })).toThrow(/expected must be a string/);
    expect(() => parseJudgeRequest({ source: "", tests: { kind: "asserts", asserts: [] }, limits: { timeMs: -1 } })).toThrow(/timeMs/);
  });

  it("accepts the three test formats", () => {
    expect(parseJudgeRequest({ source: "", tests: { kind: "humaneval", test: "def check(c): pass", entryPoint: "f" } }).tests.kind).toBe("humaneval");
    expect(parseJudgeRequest({ source: "", tests: { kind: "io", cases: [{ input: "1", expected: "2" }] } }).tests.kind).toBe("io");
  });
});

describe("line splitting", () => {
  it("joins chunks into lines and keeps multibyte characters split across chunks whole", () => {
    const lines: string[] = [];
    const feed = createLineSplitter((l) => lines.push(l));
    const bytes = Buffer.from('{"a":"é"}\n{"b":2}\n', "utf8");
    const cut = bytes.indexOf(0xa9); // inside the two-byte é
    feed(bytes.subarray(0, cut));
    feed(bytes.subarray(cut));
    expect(lines).toEqual(['{"a":"é"}', '{"b":2}']);
  });

  it("drops an oversized line instead of buffering it without bound", () => {
    const lines: string[] = [];
    let dropped = 0;
    const feed = createLineSplitter((l) => lines.push(l), 10, () => dropped++);
    feed("x".repeat(50));
    feed("yyy\nok\n");
    expect(dropped).toBe(1);
    expect(lines).toEqual(["ok"]);
  });
});
