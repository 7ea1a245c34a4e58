import { compareTitles } from "../bank/near-duplicates";
import type { PythonRunner } from "../judge/pyodide-runner";
import { normalizeOutput } from "./example-prelude";
import { parseQuestionFile, type ContentIssue, type QuestionFile } from "./question-file";
import { parseSetFile, type SetFile } from "./set-file";

export { normalizeOutput };

export interface ContentSource {
  /** Path shown in messages, e.g. "content/questions/gil.md". */
  file: string;
  text: string;
}

export interface CheckContentOptions {
  questions: ContentSource[];
  sets: ContentSource[];
  /** Report issues only for these files (default: all); the rest still resolve links and duplicates. */
  only?: ReadonlySet<string>;
  /** Runs the examples when given; without it, examples are not executed. */
  runner?: PythonRunner;
  /** Called after each example runs: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface CheckContentResult {
  issues: ContentIssue[];
  questions: QuestionFile[];
  sets: SetFile[];
  /** Examples executed (and compared). */
  examplesRun: number;
}


function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "").replace(/\.(md|ya?ml)$/, "");
}

/**
 * Validates our content: every question file against the schema (file:line issues), slugs equal
 * to file names and unique, no two titles the same or nearly the same (near-duplicates.ts),
 * related links and set entries that resolve, and — with a runner — every example executed and
 * its printed output equal to the file's `output`.
 */
export async function checkContent({ questions, sets, only, runner, onProgress }: CheckContentOptions): Promise<CheckContentResult> {
  const issues: ContentIssue[] = [];
  const parsed: QuestionFile[] = [];
  for (const src of questions) {
    const r = parseQuestionFile(src.file, src.text);
    if (r.ok) parsed.push(r.question);
    else issues.push(...r.issues);
  }
  const bySlug = new Map<string, QuestionFile>();
  for (const q of parsed) {
    if (q.slug !== baseName(q.file)) issues.push({ file: q.file, line: q.fieldLines.slug ?? 2, message: `slug '${q.slug}' differs from the file name '${baseName(q.file)}.md'` });
    const other = bySlug.get(q.slug);
    if (other) issues.push({ file: q.file, line: q.fieldLines.slug ?? 2, message: `slug '${q.slug}' is already used by ${other.file}` });
    else bySlug.set(q.slug, q);
  }
  for (let i = 0; i < parsed.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = parsed[i]!;
      const b = parsed[j]!;
      const kind = compareTitles(a.title, b.title);
      if (kind) issues.push({ file: a.file, line: a.fieldLines.title ?? 3, message: `title is ${kind === "exact" ? "the same as" : "nearly the same as"} ${b.file}: '${b.title}'` });
    }
  }
  for (const q of parsed) {
    for (const r of q.related) {
      const line = q.fieldLines.related ?? 1;
      if (r === q.slug) issues.push({ file: q.file, line, message: `related lists the question itself ('${r}')` });
      else if (!bySlug.has(r)) issues.push({ file: q.file, line, message: `related question '${r}' does not exist` });
    }
  }
  const parsedSets: SetFile[] = [];
  for (const src of sets) {
    const r = parseSetFile(src.file, src.text);
    if (!r.ok) {
      issues.push(...r.issues);
      continue;
    }
    parsedSets.push(r.set);
    if (r.set.slug !== baseName(src.file)) issues.push({ file: src.file, line: 1, message: `slug '${r.set.slug}' differs from the file name` });
    r.set.questions.forEach((slug, i) => {
      if (!bySlug.has(slug)) issues.push({ file: src.file, line: r.set.questionLines[i] ?? 1, message: `question '${slug}' does not exist` });
    });
    const dup = r.set.questions.find((s, i) => r.set.questions.indexOf(s) !== i);
    if (dup) issues.push({ file: src.file, line: 1, message: `question '${dup}' is listed twice` });
  }

  let examplesRun = 0;
  if (runner) {
    const jobs = parsed.filter((q) => !only || only.has(q.file)).flatMap((q) => q.examples.map((ex, i) => ({ q, ex, line: q.exampleLines[i] ?? 1, i })));
    for (const { q, ex, line, i } of jobs) {
      const result = await runner.run(ex.code);
      examplesRun++;
      onProgress?.(examplesRun, jobs.length);
      if (result.error) {
        const last = result.error.trim().split("\n").slice(-1)[0] ?? result.error;
        issues.push({ file: q.file, line, message: `example ${i + 1} raised ${last}` });
      } else if (normalizeOutput(result.stdout) !== normalizeOutput(ex.output)) {
        issues.push({ file: q.file, line, message: `example ${i + 1} printed ${JSON.stringify(normalizeOutput(result.stdout))}, but the file says ${JSON.stringify(normalizeOutput(ex.output))}` });
      }
    }
  }
  const reported = only ? issues.filter((i) => only.has(i.file)) : issues;
  reported.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { issues: reported, questions: parsed, sets: parsedSets, examplesRun };
}
