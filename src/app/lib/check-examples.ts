/**
 * Runs an editor's code examples in the sandboxed judge (untrusted code never runs in the web
 * server's process) and compares what each prints with its expected output.
 */
import "server-only";
import { normalizeOutput } from "../../core/content/example-prelude";
import { AppError } from "../../core/errors";
import { checkedExamples, type QuestionDraft } from "../../core/editorial/question-draft";
import { getJudge } from "./judge";

export interface ExampleRun {
  index: number;
  stdout: string;
  /** The exception's last line, a limit exceeded, or null. */
  error: string | null;
  /** Expected output given and equal (after normalizing line ends and trailing spaces). */
  matches: boolean | null;
}

/** Runs snippets one by one (each in a fresh interpreter) and reports output and match. */
export async function runExamples(examples: { code: string; output: string | null }[]): Promise<ExampleRun[]> {
  const judge = getJudge();
  return Promise.all(
    examples.map(async (e, index): Promise<ExampleRun> => {
      const result = await judge.judge({ source: e.code, tests: { kind: "io", cases: [{ input: "", expected: e.output ?? "" }] }, limits: { timeMs: 5000 } });
      const test = result.tests[0];
      const stdout = test?.stdout ?? result.stdout;
      const failed = result.verdict !== "Accepted" && result.verdict !== "Wrong Answer";
      const error = failed ? (result.error?.message ?? test?.message ?? result.verdict) : null;
      return { index, stdout, error, matches: e.output === null ? null : !error && normalizeOutput(stdout) === normalizeOutput(e.output) };
    }),
  );
}

/**
 * Runs every checked example of a draft (Python with an expected output).
 * @throws AppError INVALID_INPUT listing each example that raised or printed something else
 */
export async function assertExamplesPass(draft: QuestionDraft): Promise<void> {
  const jobs = checkedExamples(draft);
  if (!jobs.length) return;
  const runs = await runExamples(jobs);
  const failures = runs.flatMap((r, i) => {
    const job = jobs[i]!;
    if (r.error) return [`example ${job.index + 1} raised ${r.error}`];
    if (!r.matches) return [`example ${job.index + 1} printed ${JSON.stringify(normalizeOutput(r.stdout))}, expected ${JSON.stringify(normalizeOutput(job.output))}`];
    return [];
  });
  if (failures.length) throw new AppError("INVALID_INPUT", `Code examples do not match their expected output: ${failures.join("; ")}`, { parameter: "examples", examples: runs.map((r, i) => ({ ...r, index: jobs[i]!.index })) });
}
