import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseChallengeJsonl } from "../../../src/core/challenges/parse-challenge-jsonl";
import { buildChallengeRequest, toCandidateResult } from "../../../src/core/judge/challenge-submission";
import { createJudge, type Judge } from "../../../src/core/judge/create-judge";
import { checkChallenges, readChallengeDir } from "../../../src/cli/commands/challenges";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const fixture = (f: string) => fs.readFileSync(path.join(ROOT, "tests/fixtures/challenges", f), "utf8");

describe("HumanEval and MBPP import", () => {
  it("reads HumanEval records: prompt as starter, doctests as visible examples, check(candidate) hidden", () => {
    const [c] = parseChallengeJsonl("he.jsonl", fixture("humaneval-sample.jsonl"));
    expect(c).toMatchObject({ slug: "humaneval-0", title: "Return the sum of the numbers in xs.", origin: "humaneval", examples: ["assert add_all([1, 2, 3]) == 6"] });
    expect(c?.hiddenTests[0]).toMatch(/check\(add_all\)$/);
  });

  it("reads MBPP records: the text as statement, the first assert visible, all hidden", () => {
    const [c] = parseChallengeJsonl("mbpp.jsonl", fixture("mbpp-sample.jsonl"));
    expect(c).toMatchObject({ slug: "mbpp-9001", starter: "def max_of_three(a, b, c):\n    ...\n", examples: ["assert max_of_three(1, 2, 3) == 3"] });
    expect(c?.hiddenTests).toHaveLength(3);
  });

  it("names the file, line and field of a bad record", () => {
    expect(() => parseChallengeJsonl("x.jsonl", '{"task_id": 1, "text": "t", "code": "pass"}\n')).toThrow("x.jsonl:1: MBPP record: field 'test_list'");
    expect(() => parseChallengeJsonl("x.jsonl", "\n{nope\n")).toThrow(/^x\.jsonl:2: not valid JSON/);
  });
});

describe("judging challenges", () => {
  let judge: Judge;
  beforeAll(async () => {
    judge = createJudge({ workers: 2 });
    await judge.ready();
  });
  afterAll(async () => {
    await judge?.close();
  });

  it("accepts imported HumanEval and MBPP reference solutions and rejects a wrong one", async () => {
    const all = [...parseChallengeJsonl("he", fixture("humaneval-sample.jsonl")), ...parseChallengeJsonl("mbpp", fixture("mbpp-sample.jsonl"))];
    for (const c of all) {
      const r = await judge.judge(buildChallengeRequest({ code: c.solution, mode: "submit", examples: c.examples, hiddenTests: c.hiddenTests, timeLimitMs: 2000 }));
      expect(r.verdict, c.slug).toBe("Accepted");
    }
    const wrong = await judge.judge(buildChallengeRequest({ code: "def max_of_three(a, b, c):\n    return a", mode: "submit", examples: all[2]!.examples, hiddenTests: all[2]!.hiddenTests, timeLimitMs: 2000 }));
    expect(wrong.verdict).toBe("Wrong Answer");
  });

  it("never shows a hidden test's source or values to the candidate", async () => {
    const r = await judge.judge(buildChallengeRequest({ code: "def f(x):\n    print('arg', x)\n    return 0", mode: "submit", examples: ["assert f(0) == 0"], hiddenTests: ["assert f(987654321) == 123456789"], timeLimitMs: 2000 }));
    const candidate = toCandidateResult(r, 1, 1, "submit");
    // Values no timing or memory figure can contain by chance.
    const view = JSON.stringify({ visible: candidate.visible, hidden: candidate.hidden, error: candidate.error, stdout: candidate.stdout, stderr: candidate.stderr });
    expect(r.verdict).toBe("Wrong Answer");
    expect(view).not.toContain("987654321");
    expect(view).not.toContain("123456789");
    expect(view).not.toContain("assert f(9");
    expect(view).toContain('"firstFailure":{"number":1,"verdict":"Wrong Answer"}');
  });
});

describe("our 40 challenges", () => {
  it("are valid, and every reference solution is Accepted while every wrong solution is not", async () => {
    const { challenges, issues } = readChallengeDir(path.join(ROOT, "content/challenges"));
    expect(issues).toEqual([]);
    expect(challenges.length).toBeGreaterThanOrEqual(40);
    expect(new Set(challenges.map((c) => c.difficulty))).toEqual(new Set(["Easy", "Medium", "Hard"]));
    const outcomes = await checkChallenges(challenges, { workers: 2 });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  }, 300_000);
});
