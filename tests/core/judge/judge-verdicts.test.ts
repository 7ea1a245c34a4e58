import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJudge, type Judge } from "../../../src/core/judge/create-judge";
import type { JudgeRequest, JudgeTests } from "../../../src/core/judge/types";

const noTests: JudgeTests = { kind: "asserts", asserts: [] };
const addTests: JudgeTests = { kind: "asserts", asserts: ["assert add(1, 2) == 3", "assert add(-1, 1) == 0"] };

let judge: Judge;

beforeAll(async () => {
  judge = createJudge({ workers: 2 });
  await judge.ready();
});

afterAll(async () => {
  await judge?.close();
});

function run(request: JudgeRequest) {
  return judge.judge(request);
}

describe("verdicts", () => {
  it("accepts a correct solution with per-test results, run time and peak memory", async () => {
    const r = await run({ source: "def add(a, b):\n    return a + b\n", tests: addTests });
    expect(r.verdict).toBe("Accepted");
    expect(r.passed).toBe(2);
    expect(r.total).toBe(2);
    expect(r.tests.map((t) => t.verdict)).toEqual(["Accepted", "Accepted"]);
    expect(r.timeMs).toBeGreaterThanOrEqual(0);
    expect(r.peakMemoryBytes).toBeGreaterThan(16 * 1024 * 1024);
    expect(r.latencyMs).toBeGreaterThan(0);
  });

  it("gives Wrong Answer with the expected and actual values of a failing equality assert", async () => {
    const r = await run({ source: "def add(a, b):\n    return a - b\n", tests: addTests });
    expect(r.verdict).toBe("Wrong Answer");
    expect(r.tests[0]).toMatchObject({ verdict: "Wrong Answer", message: "expected 3, got -1" });
    expect(r.passed).toBe(0);
  });

  it("stops `while True: pass` at the time limit through the interrupt", async () => {
    const r = await run({ source: "while True:\n    pass\n", tests: noTests, limits: { timeMs: 500 } });
    expect(r.verdict).toBe("Time Limit Exceeded");
    expect(r.latencyMs! - r.queueMs!).toBeLessThan(500 + 1000);
  });

  it.each([
    ["time.sleep(10)", "import time\ntime.sleep(10)\n"],
    ["sum(range(10**12))", "x = sum(range(10**12))\n"],
  ])("kills %s, which ignores the interrupt, within a second of the limit", async (_name, source) => {
    const r = await run({ source, tests: noTests, limits: { timeMs: 500 } });
    expect(r.verdict).toBe("Time Limit Exceeded");
    expect(r.latencyMs! - r.queueMs!).toBeLessThan(500 + 1000);
  });

  it("gives Memory Limit Exceeded for a huge bytearray", async () => {
    const r = await run({ source: "x = bytearray(10**9)\n", tests: noTests });
    expect(r.verdict).toBe("Memory Limit Exceeded");
    expect(r.peakMemoryBytes).toBeLessThanOrEqual(256 * 1024 * 1024);
  });

  it("gives Memory Limit Exceeded for a list growing past the cap", async () => {
    const r = await run({ source: "x = []\nwhile True:\n    x.append(bytes(100_000))\n", tests: noTests, limits: { memoryBytes: 96 * 1024 * 1024 } });
    expect(r.verdict).toBe("Memory Limit Exceeded");
    expect(r.peakMemoryBytes).toBeLessThanOrEqual(96 * 1024 * 1024);
    expect(r.peakMemoryBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  it("gives Output Limit Exceeded for a print flood and returns the start of the output", async () => {
    const r = await run({ source: "while True:\n    print('spam' * 50)\n", tests: noTests });
    expect(r.verdict).toBe("Output Limit Exceeded");
    expect(r.outputTruncated).toBe(true);
    expect(r.stdout.startsWith("spamspam")).toBe(true);
    expect(r.stdout.length).toBeLessThanOrEqual(65536);
  });

  it("honours a smaller output limit per request", async () => {
    const r = await run({ source: "print('x' * 200)\n", tests: noTests, limits: { outputBytes: 100 } });
    expect(r.verdict).toBe("Output Limit Exceeded");
  });

  it("gives Runtime Error with the traceback's last lines, judge frames removed", async () => {
    const r = await run({ source: "def f(x):\n    return 1 / x\n", tests: { kind: "asserts", asserts: ["assert f(0) == 1"] } });
    expect(r.verdict).toBe("Runtime Error");
    expect(r.error?.message).toBe("ZeroDivisionError: division by zero");
    expect(r.error?.line).toBe(2);
    expect(r.error?.traceback).toContain('File "solution.py", line 2, in f');
    expect(r.error?.traceback).not.toContain("_pyprep");
    // Raised while a test ran: the traceback shows the test's code, to be redacted for hidden tests.
    expect(r.error?.source).toBe("tests");
    expect(r.error?.testIndex).toBe(0);
  });

  it("names the test that was running when a limit was hit", async () => {
    const r = await run({ source: "def f(n):\n    while n:\n        pass\n", tests: { kind: "asserts", asserts: ["assert f(0) is None", "assert f(1) is None"] }, limits: { timeMs: 500 } });
    expect(r.verdict).toBe("Time Limit Exceeded");
    expect(r.error).toMatchObject({ source: "tests", testIndex: 1 });
    expect(r.tests.map((t) => t.verdict)).toEqual(["Accepted"]);
  });

  it("gives Runtime Error when the solution fails at import time", async () => {
    const r = await run({ source: "import nonexistent_module_xyz\n", tests: addTests });
    expect(r.verdict).toBe("Runtime Error");
    expect(r.error?.message).toContain("ModuleNotFoundError");
    expect(r.error?.source).toBe("solution");
    expect(r.tests).toEqual([]);
  });

  it("gives Compilation Error with the SyntaxError's line and column", async () => {
    const r = await run({ source: "x = 1\ndef f(:\n    pass\n", tests: noTests });
    expect(r.verdict).toBe("Compilation Error");
    expect(r.error).toMatchObject({ line: 2, col: 7, source: "solution" });
    expect(r.error?.message).toMatch(/^SyntaxError/);
  });

  it("reports an IndentationError as a Compilation Error too", async () => {
    const r = await run({ source: "def f():\nreturn 1\n", tests: noTests });
    expect(r.verdict).toBe("Compilation Error");
    expect(r.error?.message).toMatch(/^IndentationError/);
    expect(r.error?.line).toBe(2);
  });

  it("gives Runtime Error for a recursion past the limit", async () => {
    const r = await run({ source: "def f(n):\n    return f(n + 1)\nf(0)\n", tests: noTests });
    expect(r.verdict).toBe("Runtime Error");
    expect(r.error?.message).toContain("RecursionError");
  });

  it("allows recursion up to the configured limit", async () => {
    const r = await run({
      source: "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n",
      tests: { kind: "asserts", asserts: ["assert depth(5000) == 5000"] },
    });
    expect(r.verdict).toBe("Accepted");
  });
});

describe("test formats", () => {
  const humaneval = {
    kind: "humaneval" as const,
    entryPoint: "has_close_elements",
    test: [
      "METADATA = {'author': 'x'}",
      "def check(candidate):",
      "    assert candidate([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.3) == True",
      "    assert candidate([1.0, 2.0, 3.9, 4.0, 5.0, 2.2], 0.05) == False",
      "    assert candidate([1.1, 2.2, 3.1, 4.1, 5.1], 0.5) == False",
    ].join("\n"),
  };

  it("runs a HumanEval check(candidate) and accepts a correct solution", async () => {
    const source = "def has_close_elements(numbers, threshold):\n    return any(abs(a - b) < threshold for i, a in enumerate(numbers) for b in numbers[i + 1:])\n";
    const r = await run({ source, tests: humaneval });
    expect(r.verdict).toBe("Accepted");
    expect(r.tests).toHaveLength(1);
    expect(r.tests[0]?.name).toBe("check(has_close_elements)");
  });

  it("names the failing HumanEval assert", async () => {
    const r = await run({ source: "def has_close_elements(numbers, threshold):\n    return True\n", tests: humaneval });
    expect(r.verdict).toBe("Wrong Answer");
    expect(r.tests[0]?.message).toContain("0.05) == False");
  });

  it("reports a missing HumanEval entry point as a Runtime Error", async () => {
    const r = await run({ source: "def other():\n    pass\n", tests: humaneval });
    expect(r.verdict).toBe("Runtime Error");
    expect(r.error?.message).toContain("has_close_elements");
  });

  it("runs an MBPP assert list with setup code", async () => {
    const r = await run({
      source: "def similar_elements(a, b):\n    return tuple(set(a) & set(b))\n",
      tests: {
        kind: "asserts",
        setup: "import math",
        asserts: [
          "assert set(similar_elements((3, 4, 5, 6), (5, 7, 4, 10))) == set((4, 5))",
          "assert set(similar_elements((1, 2, 3, 4), (5, 4, 3, 7))) == set((3, 4))",
          "assert math.isclose(1.0, 1.0)",
        ],
      },
    });
    expect(r.verdict).toBe("Accepted");
    expect(r.passed).toBe(3);
  });

  it("runs stdin/stdout cases, each program run afresh, trailing whitespace ignored", async () => {
    const source = "n = int(input())\nprint(n * 2, '  ')\n";
    const r = await run({ source, tests: { kind: "io", cases: [{ input: "3\n", expected: "6\n\n" }, { input: "4", expected: "9" }] } });
    expect(r.verdict).toBe("Wrong Answer");
    expect(r.tests.map((t) => t.verdict)).toEqual(["Accepted", "Wrong Answer"]);
    expect(r.tests[1]?.message).toBe("expected '9', got '8'");
    expect(r.tests[0]?.stdout).toBe("6   \n");
  });

  it("awaits asyncio.run at the top level of tests (no stack switching in Node 20)", async () => {
    const source = "import asyncio\nasync def twice(x):\n    await asyncio.sleep(0.001)\n    return 2 * x\n";
    const r = await run({ source, tests: { kind: "asserts", asserts: ["assert asyncio.run(twice(21)) == 42"] } });
    expect(r.verdict).toBe("Accepted");
  });
});

describe("determinism and isolation", () => {
  it("seeds random per run: the same submission prints the same numbers", async () => {
    const source = "import random\nprint([random.randint(1, 10**6) for _ in range(5)])\n";
    const [a, b, c] = await Promise.all([run({ source, tests: noTests }), run({ source, tests: noTests }), run({ source, tests: noTests, seed: 7 })]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });

  it("gives every submission a fresh interpreter: state does not leak between runs", async () => {
    await run({ source: "import builtins, math\nbuiltins.LEAK = 1\nmath.pi = 3\n", tests: noTests });
    const r = await run({ source: "import builtins, math\nprint(hasattr(builtins, 'LEAK'), math.pi)\n", tests: noTests });
    expect(r.stdout).toBe("False 3.141592653589793\n");
  });

  it("queues a burst rather than failing it", async () => {
    const requests = Array.from({ length: 12 }, (_, i) => run({ source: `def add(a, b):\n    return a + b + ${i % 2}\n`, tests: addTests }));
    const results = await Promise.all(requests);
    expect(results.map((r) => r.verdict)).toEqual(results.map((_, i) => (i % 2 === 0 ? "Accepted" : "Wrong Answer")));
  });

  it("rejects an invalid request with INVALID_INPUT", async () => {
    await expect(run({ source: "x", tests: { kind: "bogus" } as unknown as JudgeTests })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("the judge process", () => {
  it("is restarted when it dies, and pending submissions are served by the new one", async () => {
    const before = judge.stats();
    expect(before.pid).toBeTypeOf("number");
    process.kill(before.pid!, "SIGKILL");
    const r = await run({ source: "def add(a, b):\n    return a + b\n", tests: addTests });
    expect(r.verdict).toBe("Accepted");
    expect(judge.stats().starts).toBe(before.starts + 1);
    expect(judge.stats().pid).not.toBe(before.pid);
  });
});
