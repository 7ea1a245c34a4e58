import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createBankGradingContext } from "../../../src/cli/commands/grade-eval";
import type { QuestionFile } from "../../../src/core/content/question-file";
import { gradeAnswer, type GradingContext } from "../../../src/core/grading/grade-answer";
import type { GradeInput } from "../../../src/core/grading/types";

const CONTENT = path.resolve(import.meta.dirname, "../../../content");
let ctx: GradingContext;
let gil: QuestionFile;

beforeAll(() => {
  const bank = createBankGradingContext(CONTENT);
  ctx = bank.ctx;
  gil = bank.questions.find((q) => q.slug === "gil-basics")!;
});

const onGil = (answer: string, rubric = true): GradeInput => ({ question: gil.title, referenceAnswer: gil.summary, rubric: rubric ? gil.rubric : undefined, answer });

const EXCELLENT =
  "The GIL is a mutex in CPython, so only one thread executes Python bytecode at a time. Blocking I/O releases it, so threads still help I/O-bound work. CPU-bound code gets no speedup from threads; use multiprocessing. It is a CPython implementation detail, and it does not make your code thread-safe: you still need locks.";

describe("offline grader: labels", () => {
  it("labels a complete answer correct with a high score and praise for each point", () => {
    const r = gradeAnswer(onGil(EXCELLENT), ctx);
    expect(r.label).toBe("correct");
    expect(r.score).toBeGreaterThanOrEqual(4);
    expect(r.scoreRounded).toBe(Math.round(r.score));
    expect(r.points.every((p) => p.status === "covered")).toBe(true);
    expect(r.feedback.good[0]).toBe("You explained that only one thread executes Python bytecode at a time in a CPython process.");
    expect(r.feedback.pointer).toContain(gil.title);
  });

  it("labels an answer with one point partially_correct_incomplete and lists what is missing", () => {
    const r = gradeAnswer(onGil("Only one thread at a time can run Python bytecode in CPython."), ctx);
    expect(r.label).toBe("partially_correct_incomplete");
    expect(r.score).toBeGreaterThan(0.5);
    expect(r.score).toBeLessThan(3);
    expect(r.feedback.missing).toContain("Missing: blocking I/O and sleeping release the GIL, so threads work well for I/O-bound tasks.");
  });

  it("labels a misconception contradictory and quotes it with the correction", () => {
    const r = gradeAnswer(onGil("Only one thread runs bytecode at a time, so the GIL makes your code thread safe and you never need locks."), ctx);
    expect(r.label).toBe("contradictory");
    const m = r.misconceptions.find((x) => !x.negated)!;
    expect(m.evidence.text).toBe("GIL makes your code thread safe");
    expect(r.feedback.wrong[0]).toMatch(/^Not right: "GIL makes your code thread safe" — The GIL keeps the interpreter's own structures consistent/);
  });

  it("labels an answer that negates a key point's own wording contradictory", () => {
    const r = gradeAnswer(onGil("Blocking I/O and sleeping do not release the GIL, so threads do not work for I/O-bound tasks."), ctx);
    expect(r.label).toBe("contradictory");
    expect(r.points[1]).toMatchObject({ negated: true });
    expect(r.points[1]!.status).not.toBe("covered");
  });

  it("labels an in-domain answer about another topic irrelevant with score 0", () => {
    const r = gradeAnswer(onGil("A decorator wraps a function and returns a new function; functools.wraps keeps its name."), ctx);
    expect(r).toMatchObject({ label: "irrelevant", score: 0, raw: 0 });
  });

  it.each(["", "   ", "idk", "I like pizza and football on sundays.", "asdf qwer zxcv uiop", "I don't know."])("labels %j non_domain with score 0", (answer) => {
    const r = gradeAnswer(onGil(answer), ctx);
    expect(r).toMatchObject({ label: "non_domain", score: 0, scoreRounded: 0 });
    expect(r.feedback.missing[0]).toMatch(/does not address the question/);
  });
});

describe("offline grader: negation and evidence", () => {
  it("does not count 'the GIL does not make code thread-safe' as the misconception", () => {
    const r = gradeAnswer(onGil("The GIL does not make code thread-safe; race conditions still happen."), ctx);
    expect(r.misconceptions.filter((m) => !m.negated)).toEqual([]);
    expect(r.label).not.toBe("contradictory");
    expect(r.points[4]!.status).toBe("covered");
  });

  it("flips a misconception that the answer calls a myth", () => {
    const r = gradeAnswer(onGil("It's a myth that the GIL makes your code thread safe."), ctx);
    expect(r.misconceptions).toHaveLength(1);
    expect(r.misconceptions[0]).toMatchObject({ negated: true, evidence: { text: "GIL makes your code thread safe" } });
    expect(r.feedback.wrong).toEqual([]);
  });

  it("flips a misconception under a preceding negation in its clause", () => {
    const rubric = [
      { point: "The GIL does not prevent race conditions in your code", aliases: [], weight: 3, misconceptions: [{ pattern: "prevents? race conditions", correction: "A thread can be switched out mid-update; use a lock." }] },
      { point: "Only one thread executes Python bytecode at a time", aliases: [], weight: 2, misconceptions: [] },
      { point: "I/O releases the GIL", aliases: [], weight: 1, misconceptions: [] },
    ];
    const base = { question: "What is the GIL?", referenceAnswer: "The GIL lets one thread run bytecode at a time; it does not prevent race conditions." };
    const denied = gradeAnswer({ ...base, rubric, answer: "The GIL does not prevent race conditions, so shared counters need a lock." }, ctx);
    expect(denied.misconceptions[0]).toMatchObject({ negated: true });
    expect(denied.label).not.toBe("contradictory");
    const asserted = gradeAnswer({ ...base, rubric, answer: "The GIL prevents race conditions, so shared counters are safe." }, ctx);
    expect(asserted.misconceptions[0]).toMatchObject({ negated: false, evidence: { text: "prevents race conditions" } });
    expect(asserted.label).toBe("contradictory");
  });

  it("gives evidence spans that are offsets into the original answer", () => {
    const answer = "Well,   first of all:\n  threads are fine for I/O-bound work because waiting on the network releases the GIL.\nFor CPU-bound code use multiprocessing.";
    const r = gradeAnswer(onGil(answer), ctx);
    for (const p of r.points) {
      if (!p.evidence) continue;
      expect(answer.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
    }
    expect(r.points[1]!.evidence!.text).toContain("I/O-bound");
    expect(r.points[2]!.evidence!.text).toBe("For CPU-bound code use multiprocessing");
  });
});

describe("offline grader: reference-only mode", () => {
  it("grades from the reference's sentences when there is no rubric", () => {
    const good = gradeAnswer(onGil(EXCELLENT, false), ctx);
    const weak = gradeAnswer(onGil("It is a lock.", false), ctx);
    expect(good.mode).toBe("reference");
    expect(good.points.length).toBeGreaterThanOrEqual(3);
    expect(good.points[0]!.point).toMatch(/^The GIL is a lock inside the standard CPython interpreter/);
    expect(good.score).toBeGreaterThan(weak.score + 1.5);
    expect(["correct", "partially_correct_incomplete"]).toContain(good.label);
  });

  it("works for a question that is not in the bank", () => {
    const input = { question: "What does a stack do?", referenceAnswer: "A stack stores items last in, first out: push adds an item on top and pop removes the top item." };
    const right = gradeAnswer({ ...input, answer: "It's last in first out. You push onto the top and pop the top item off." }, ctx);
    const wrong = gradeAnswer({ ...input, answer: "It sorts numbers." }, ctx);
    expect(right.score).toBeGreaterThan(wrong.score);
    expect(right.label).not.toBe("irrelevant");
  });
});

describe("offline grader: limits", () => {
  it("grades an answer in well under 20 ms once the question is prepared", () => {
    gradeAnswer(onGil(EXCELLENT), ctx);
    const t = performance.now();
    for (let i = 0; i < 20; i++) gradeAnswer(onGil(`${EXCELLENT} ${i}`), ctx);
    expect((performance.now() - t) / 20).toBeLessThan(20);
  });

  it("refuses an answer over 20,000 characters with LIMIT_EXCEEDED", () => {
    expect(() => gradeAnswer(onGil("x ".repeat(10_001)), ctx)).toThrow(/at most 20000 are graded/);
  });
});
