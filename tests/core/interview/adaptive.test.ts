import { describe, expect, it } from "vitest";
import { estimateAbility, LEVEL_DIFFICULTY, levelForAbility, successProbability } from "../../../src/core/interview/ability";
import { selectNextQuestion, type Candidate } from "../../../src/core/interview/select-question";
import { buildReport } from "../../../src/core/interview/report";
import { followUpFor } from "../../../src/core/interview/follow-up";
import type { GradeResult } from "../../../src/core/grading/types";

const levels = ["Entry", "Junior", "Mid", "Senior", "Expert"] as const;
const bank: Candidate[] = levels.flatMap((level, li) =>
  Array.from({ length: 6 }, (_, i) => ({ id: li * 100 + i, level, topics: [["concurrency", "oop", "testing"][i % 3] as string] })),
);

describe("ability estimate (Rasch, MAP)", () => {
  it("starts at the prior and moves up after strong answers, down after weak ones", () => {
    expect(estimateAbility([], 0).theta).toBe(0);
    const strong = estimateAbility([{ b: 0, s: 1 }, { b: 0.5, s: 0.9 }], 0);
    const weak = estimateAbility([{ b: 0, s: 0 }, { b: -0.5, s: 0.1 }], 0);
    expect(strong.theta).toBeGreaterThan(0.5);
    expect(weak.theta).toBeLessThan(-0.5);
    expect(strong.se).toBeLessThan(1);
  });

  it("puts θ where the expected score matches the observed one, shrunk toward the prior", () => {
    // Many half-right answers on Mid items: θ ≈ b = 0.
    const half = estimateAbility(Array.from({ length: 20 }, () => ({ b: 0, s: 0.5 })), 1);
    expect(half.theta).toBeGreaterThan(0);
    expect(half.theta).toBeLessThan(0.2);
    expect(successProbability(0, 0)).toBeCloseTo(0.5);
  });

  it("maps θ to the nearest level", () => {
    expect(levelForAbility(1.2)).toBe("Senior");
    expect(levelForAbility(-2.7)).toBe("Entry");
  });
});

describe("adaptive selection", () => {
  const pick = (theta: number, asked = new Set<number>(), topicCounts = new Map<string, number>()) => selectNextQuestion(bank, { theta, asked, topicCounts, seed: 42 });

  it("chooses items whose difficulty is near the ability", () => {
    expect(pick(0)?.level).toBe("Mid");
    expect(pick(1.1)?.level).toBe("Senior");
    expect(pick(-1.9)?.level).toBe("Entry");
  });

  it("moves to harder questions after strong answers and easier after weak ones", () => {
    const start = estimateAbility([], 0).theta;
    const first = pick(start);
    expect(first?.level).toBe("Mid");
    const afterStrong = estimateAbility([{ b: LEVEL_DIFFICULTY.Mid, s: 1 }, { b: LEVEL_DIFFICULTY.Mid, s: 1 }], 0).theta;
    const afterWeak = estimateAbility([{ b: LEVEL_DIFFICULTY.Mid, s: 0 }, { b: LEVEL_DIFFICULTY.Mid, s: 0.1 }], 0).theta;
    const rank = (c: Candidate | null) => levels.indexOf(c?.level ?? "Mid");
    expect(rank(pick(afterStrong))).toBeGreaterThan(rank(first));
    expect(rank(pick(afterWeak))).toBeLessThan(rank(first));
  });

  it("never repeats a question and spreads topics", () => {
    const asked = new Set<number>();
    const counts = new Map<string, number>();
    const topics: string[] = [];
    for (let i = 0; i < 6; i++) {
      const c = pick(0, asked, counts);
      expect(c).not.toBeNull();
      if (!c) break;
      expect(asked.has(c.id)).toBe(false);
      asked.add(c.id);
      for (const t of c.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
      topics.push(c.topics[0] as string);
    }
    expect(new Set(topics.slice(0, 3)).size).toBe(3);
    expect(pick(0, new Set(bank.map((b) => b.id)))).toBeNull();
  });
});

describe("follow-ups and the report", () => {
  const rubric = [
    { point: "Only one thread runs bytecode at a time", aliases: [], weight: 3, misconceptions: [] },
    { point: "Blocking I/O releases the GIL", aliases: [], weight: 2, misconceptions: [] },
    { point: "Use processes for CPU-bound work", aliases: [], weight: 1, misconceptions: [] },
  ];
  const grade = (score: number, statuses: ("covered" | "missing")[], label = "partially_correct_incomplete") =>
    ({ score, label, points: statuses.map((status, index) => ({ index, point: rubric[index]?.point, weight: rubric[index]?.weight, status, match: 0, negated: false })) }) as unknown as GradeResult;

  it("asks about missed essential points only when the answer was weak but on topic", () => {
    const f = followUpFor("What is the GIL?", rubric, grade(2, ["covered", "missing", "missing"]));
    expect(f?.prompt).toContain("blocking I/O releases the GIL");
    expect(f?.rubric.map((p) => p.point)).toEqual(["Blocking I/O releases the GIL"]);
    expect(followUpFor("What is the GIL?", rubric, grade(4.5, ["covered", "missing", "missing"]))).toBeNull();
    expect(followUpFor("What is the GIL?", rubric, grade(0, ["missing", "missing", "missing"], "irrelevant"))).toBeNull();
  });

  it("reports per topic and level, strongest and weakest topics, and what to practise next", () => {
    const r = buildReport(
      [
        { questionId: 1, slug: "gil", title: "GIL", level: "Mid", topics: ["concurrency"], kind: "question", score: 1.5, label: "partially_correct_incomplete", thetaAfter: -0.6 },
        { questionId: 1, slug: "gil", title: "GIL", level: "Mid", topics: ["concurrency"], kind: "follow_up", score: 1, label: "partially_correct_incomplete", thetaAfter: null },
        { questionId: 2, slug: "mro", title: "MRO", level: "Junior", topics: ["oop"], kind: "question", score: 4.5, label: "correct", thetaAfter: -0.2 },
      ],
      0,
      -0.2,
      0.7,
    );
    expect(r.questions).toBe(2);
    expect(r.followUps).toBe(1);
    expect(r.overall).toBeCloseTo(3);
    expect(r.abilitySeries).toEqual([0, -0.6, -0.2]);
    expect(r.strongest).toEqual(["oop"]);
    expect(r.weakest).toEqual(["concurrency"]);
    expect(r.practiceNext).toEqual([{ slug: "gil", title: "GIL", score: 1 }]);
    expect(r.byLevel.map((l) => l.level)).toEqual(["Junior", "Mid"]);
  });
});
