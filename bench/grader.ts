/**
 * Grader benchmark: NLP model load time, context build time (idf over our bank), then the
 * latency of gradeAnswer per answer over content/grading-dev (every answer graded 5 times after a
 * warm-up pass; the first pass over each question, which prepares it, is reported separately).
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createBankGradingContext } from "../src/cli/commands/grade-eval";
import { bankLookup } from "../src/core/grading/bank-grading";
import { gradeAnswer } from "../src/core/grading/grade-answer";
import { loadGradingNlp } from "../src/core/grading/grading-nlp";
import { parseScoredAnswers } from "../src/core/grading/parse-scored-answers";
import { latencyStats, machineInfo, machineLine, round, table } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const DEV = path.join(ROOT, "content/grading-dev");
const REPEATS = 5;

const machine = machineInfo();
const nlp = loadGradingNlp();
let t = performance.now();
const { ctx, questions } = createBankGradingContext(path.join(ROOT, "content"));
const contextMs = performance.now() - t;
const find = bankLookup(questions);
const rows = fs
  .readdirSync(DEV)
  .filter((f) => f.endsWith(".csv"))
  .sort()
  .flatMap((f) => parseScoredAnswers(f, fs.readFileSync(path.join(DEV, f), "utf8"), 5));

const cold: number[] = [];
const warm: number[] = [];
const refOnly: number[] = [];
const seen = new Set<string>();
for (const r of rows) {
  const input = { question: r.question, referenceAnswer: r.referenceAnswer, rubric: find(r.question)?.rubric, answer: r.answer };
  t = performance.now();
  gradeAnswer(input, ctx);
  const ms = performance.now() - t;
  if (!seen.has(r.question)) {
    seen.add(r.question);
    cold.push(ms);
  }
}
for (let i = 0; i < REPEATS; i++) {
  for (const r of rows) {
    const input = { question: r.question, referenceAnswer: r.referenceAnswer, rubric: find(r.question)?.rubric, answer: r.answer };
    t = performance.now();
    gradeAnswer(input, ctx);
    warm.push(performance.now() - t);
    t = performance.now();
    gradeAnswer({ ...input, rubric: undefined }, ctx);
    refOnly.push(performance.now() - t);
  }
}

console.log(`Grader benchmark: ${rows.length} answers to ${seen.size} questions (content/grading-dev), ${REPEATS} passes`);
console.log(machineLine(machine));
console.log(`NLP model load (wink-nlp + wink-eng-lite-web-model): ${round(nlp.loadMs)} ms; grading context (idf over ${questions.length} questions): ${round(contextMs)} ms\n`);
const rowsOut = [
  ["rubric, warm", latencyStats(warm)],
  ["reference-only, warm", latencyStats(refOnly)],
  ["first answer per question (prepares it)", latencyStats(cold)],
] as const;
console.log(table(["per answer (ms)", "n", "p50", "p95", "p99", "max"], rowsOut.map(([name, s]) => [name, s.n, Math.round(s.p50 * 100) / 100, Math.round(s.p95 * 100) / 100, Math.round(s.p99 * 100) / 100, Math.round(s.max * 100) / 100])));
