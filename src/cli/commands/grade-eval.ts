import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { parseQuestionFile, type QuestionFile } from "../../core/content/question-file";
import { AppError } from "../../core/errors";
import { bankLookup, questionDocument } from "../../core/grading/bank-grading";
import { evaluateGrader, type EvaluationReport } from "../../core/grading/evaluate-grader";
import { createGradingContext, gradeAnswer, type GradingContext } from "../../core/grading/grade-answer";
import { parseScoredAnswers, type ScoredAnswer } from "../../core/grading/parse-scored-answers";
import { createProgress } from "../progress";
import { readContentDir } from "./content";

/** Parses every question file under `contentDir/questions` (files with issues are skipped). */
export function readBankQuestions(contentDir: string): QuestionFile[] {
  return readContentDir(contentDir).questions.flatMap((s) => {
    const r = parseQuestionFile(s.file, s.text);
    return r.ok ? [r.question] : [];
  });
}

/**
 * A grading context whose idf comes from our bank's question files, plus `extraDocuments`
 * (e.g. the evaluated file's questions and references: unlabelled text, no scores used).
 */
export function createBankGradingContext(contentDir: string, extraDocuments: readonly string[] = [], maxScore = 5): { ctx: GradingContext; questions: QuestionFile[] } {
  const questions = readBankQuestions(contentDir);
  const ctx = createGradingContext({ documents: [...questions.map(questionDocument), ...extraDocuments], maxScore });
  return { ctx, questions };
}

export interface GradeEvalOptions {
  max: number;
  fit?: string;
  json?: boolean;
  /** Ignore bank rubrics: grade every row from its reference answer alone. */
  referenceOnly?: boolean;
}

function readRows(file: string, max: number): ScoredAnswer[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new AppError("NOT_FOUND", `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return parseScoredAnswers(path.relative(process.cwd(), path.resolve(file)) || file, text, max);
}

/**
 * `pyprep grade-eval FILE.csv --max 5 [--fit FIT.csv] [--json]`: grades human-scored answers and
 * prints count, Pearson r, RMSE, QWK and latency. A row whose `question` is the title or slug of
 * one of our questions is graded with its rubric; other rows from the reference alone.
 * @throws AppError PARSE_ERROR naming file, line and column on bad input
 */
export function runGradeEval(contentDir: string, file: string, options: GradeEvalOptions): EvaluationReport {
  if (!(options.max > 0) || !Number.isInteger(options.max)) throw new AppError("INVALID_INPUT", `--max must be a positive integer, got ${options.max}`);
  const rows = readRows(file, options.max);
  const fitRows = options.fit ? readRows(options.fit, options.max) : undefined;
  const extra = [...new Set([...rows, ...(fitRows ?? [])].map((r) => `${r.question}\n${r.referenceAnswer}`))];
  const { ctx, questions } = createBankGradingContext(contentDir, extra, options.max);
  const find = bankLookup(questions);
  const progress = createProgress("Grading");
  const report = evaluateGrader({
    rows,
    fitRows,
    max: options.max,
    grade: (r) => gradeAnswer({ question: r.question, referenceAnswer: r.referenceAnswer, rubric: options.referenceOnly ? undefined : find(r.question)?.rubric, answer: r.answer }, ctx),
    onProgress: (d, t) => progress.update(d, t),
  });
  progress.stop();
  const f = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : "n/a");
  if (options.json) {
    console.log(JSON.stringify({ file, fit: options.fit ?? null, ...report, rows: undefined }, null, 2));
  } else {
    console.log(`${file}: ${report.count} answers (${report.modes.rubric} with a bank rubric, ${report.modes.reference} reference-only), scale 0–${options.max}`);
    if (report.calibration) console.log(`calibration fitted on ${options.fit} (${fitRows?.length ?? 0} rows): intercept ${f(report.calibration.intercept)}, slope ${f(report.calibration.slope)}`);
    console.log(`Pearson r ${f(report.pearson)}  RMSE ${f(report.rmse)}  QWK ${f(report.qwk)}`);
    console.log(`latency per answer: p50 ${f(report.latencyMs.p50, 2)} ms, p95 ${f(report.latencyMs.p95, 2)} ms`);
  }
  return report;
}

/** Registers `pyprep grade-eval`. */
export function registerGradeEval(program: Command, contentDir: () => string): void {
  program
    .command("grade-eval")
    .description("grade human-scored answers (CSV: question,reference_answer,student_answer,score) and report Pearson r, RMSE, QWK and latency")
    .argument("<file>", "CSV of scored answers")
    .option("--max <n>", "top of the score scale", (v) => Number(v), 5)
    .option("--fit <file>", "fit the calibration on this CSV's rows only, then apply it to <file>")
    .option("--json", "print the report as JSON")
    .option("--reference-only", "ignore bank rubrics; grade every row from its reference answer alone")
    .action((file: string, opts: GradeEvalOptions) => {
      runGradeEval(contentDir(), file, opts);
    });
}
