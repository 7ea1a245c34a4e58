import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runGradeEval } from "../../../src/cli/commands/grade-eval";
import { parseScoredAnswers } from "../../../src/core/grading/parse-scored-answers";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TINY = path.join(ROOT, "tests/fixtures/grading/tiny.csv");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pyprep-grade-eval-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("scored-answer CSV", () => {
  it("reads RFC 4180 quoting, doubled quotes and line breaks inside fields", () => {
    const rows = parseScoredAnswers("x.csv", 'score,question,reference_answer,student_answer,extra\n3,"Q, one","Ref ""quoted""","line 1\nline 2",x\n4.5,Q2,R2,A2,y\n', 5);
    expect(rows).toEqual([
      { question: "Q, one", referenceAnswer: 'Ref "quoted"', answer: "line 1\nline 2", score: 3, line: 2 },
      { question: "Q2", referenceAnswer: "R2", answer: "A2", score: 4.5, line: 4 },
    ]);
  });

  it("names the missing column", () => {
    expect(() => parseScoredAnswers("x.csv", "question,reference_answer,answer,score\nq,r,a,1\n", 5)).toThrow("x.csv:1: missing column 'student_answer' in the header (found: question, reference_answer, answer, score)");
  });

  it("names line and column of a score that is not a number or out of range", () => {
    const head = "question,reference_answer,student_answer,score\n";
    expect(() => parseScoredAnswers("x.csv", `${head}q,r,a,1\nq,r,"two\nlines",five\n`, 5)).toThrow("x.csv:4: column 4 (score): 'five' is not a number");
    expect(() => parseScoredAnswers("x.csv", `${head}q,r,a,6\n`, 5)).toThrow("x.csv:2: column 4 (score): 6 is outside 0..5");
    expect(() => parseScoredAnswers("x.csv", `${head}q,r,a,\n`, 5)).toThrow("x.csv:2: column 4 (score): '' is not a number");
  });

  it("names the line of a record with the wrong number of fields, or broken quoting", () => {
    const head = "question,reference_answer,student_answer,score\n";
    expect(() => parseScoredAnswers("x.csv", `${head}q,r,a,1\nq,r,2\n`, 5)).toThrow("x.csv:3: 3 field(s), the header has 4");
    expect(() => parseScoredAnswers("x.csv", `${head}q,r,"unterminated,1\n`, 5)).toThrow(/^x\.csv:\d+: not valid CSV/);
  });
});

describe("pyprep grade-eval", () => {
  it("grades a tiny file end to end: rubric rows from the bank, others reference-only", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const report = runGradeEval(path.join(ROOT, "content"), TINY, { max: 5 });
      expect(report.count).toBe(4);
      expect(report.modes).toEqual({ rubric: 2, reference: 2 });
      expect(report.rows[1]).toMatchObject({ human: 0, predicted: 0, label: "non_domain" });
      expect(report.pearson).toBeGreaterThan(0.5);
      expect(Number.isFinite(report.rmse) && Number.isFinite(report.qwk)).toBe(true);
      expect(report.latencyMs.p95).toBeGreaterThanOrEqual(report.latencyMs.p50);
      const out = log.mock.calls.map((c) => String(c[0])).join("\n");
      expect(out).toMatch(/4 answers \(2 with a bank rubric, 2 reference-only\)/);
      expect(out).toMatch(/Pearson r -?\d\.\d{3} {2}RMSE \d\.\d{3} {2}QWK -?\d\.\d{3}/);
      expect(out).toMatch(/latency per answer: p50 \d+\.\d\d ms, p95 \d+\.\d\d ms/);
    } finally {
      log.mockRestore();
    }
  });

  it("fits the calibration on the --fit file only and prints JSON with --json", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const report = runGradeEval(path.join(ROOT, "content"), TINY, { max: 5, fit: path.join(ROOT, "content/grading-dev/dev-a.csv"), json: true });
      expect(report.calibration).toBeDefined();
      const json = JSON.parse(String(log.mock.calls[0]![0])) as { count: number; calibration: { slope: number } };
      expect(json.count).toBe(4);
      expect(json.calibration.slope).toBeCloseTo(report.calibration!.slope, 10);
    } finally {
      log.mockRestore();
    }
  });

  it("refuses bad input with the file, line and column", () => {
    const bad = path.join(tmp, "bad.csv");
    fs.writeFileSync(bad, "question,reference_answer,student_answer,score\nq,r,a,7\n");
    expect(() => runGradeEval(path.join(ROOT, "content"), bad, { max: 5 })).toThrow(/bad\.csv:2: column 4 \(score\): 7 is outside 0\.\.5/);
  });
});
