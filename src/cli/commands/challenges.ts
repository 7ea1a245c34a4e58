import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../../config/env";
import { parseChallengeFile, type ChallengeFile } from "../../core/challenges/challenge-file";
import { parseChallengeJsonl } from "../../core/challenges/parse-challenge-jsonl";
import type { ContentIssue } from "../../core/content/question-file";
import { AppError } from "../../core/errors";
import { buildChallengeRequest } from "../../core/judge/challenge-submission";
import { createJudge } from "../../core/judge/create-judge";
import { openDatabase, type Db } from "../../db/client";
import { fromChallengeFile, fromImported, importChallenges } from "../../db/import-challenges";
import { createProgress } from "../progress";

/** Reads and parses content/challenges/*.md; returns the challenges and every issue. */
export function readChallengeDir(dir: string): { challenges: ChallengeFile[]; issues: ContentIssue[] } {
  const challenges: ChallengeFile[] = [];
  const issues: ContentIssue[] = [];
  if (!fs.existsSync(dir)) return { challenges, issues };
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) {
    const file = path.relative(process.cwd(), path.join(dir, f)) || f;
    const r = parseChallengeFile(file, fs.readFileSync(path.join(dir, f), "utf8"));
    if (!r.ok) issues.push(...r.issues);
    else if (r.challenge.slug !== f.replace(/\.md$/, "")) issues.push({ file, line: 2, message: `slug '${r.challenge.slug}' differs from the file name` });
    else challenges.push(r.challenge);
  }
  return { challenges, issues };
}

export interface ChallengeCheckOutcome {
  file: string;
  slug: string;
  solution: string;
  wrong: string;
  ok: boolean;
}

/**
 * Submits every challenge's reference solution (must be Accepted) and its wrong solution (must
 * not be) to the sandboxed judge, as the web app would on "Submit".
 */
export async function checkChallenges(challenges: ChallengeFile[], options: { workers?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<ChallengeCheckOutcome[]> {
  const judge = createJudge({ workers: options.workers ?? 2 });
  try {
    let done = 0;
    return await Promise.all(
      challenges.map(async (c) => {
        const base = { mode: "submit" as const, examples: c.examples, hiddenTests: c.hidden_tests, timeLimitMs: c.time_limit_ms };
        const [good, bad] = await Promise.all([judge.judge(buildChallengeRequest({ ...base, code: c.solution })), judge.judge(buildChallengeRequest({ ...base, code: c.wrong_solution }))]);
        options.onProgress?.(++done, challenges.length);
        return { file: c.file, slug: c.slug, solution: good.verdict, wrong: bad.verdict, ok: good.verdict === "Accepted" && bad.verdict !== "Accepted" };
      }),
    );
  } finally {
    await judge.close();
  }
}

/** Registers `pyprep challenges check|import` and `pyprep import-challenges FILE.jsonl`. */
export function registerChallenges(program: Command): void {
  const challenges = program.command("challenges").description("code challenges in content/challenges");
  challenges
    .command("check")
    .description("validate challenge files and judge every reference solution (Accepted) and wrong solution (not Accepted)")
    .option("--no-judge", "only validate the files")
    .action(async (opts: { judge: boolean }) => {
      const dir = path.join(loadConfig().contentDir, "challenges");
      const { challenges: list, issues } = readChallengeDir(dir);
      for (const i of issues) console.log(`${i.file}:${i.line}: ${i.message}`);
      let failed = issues.length;
      if (opts.judge && list.length) {
        const progress = createProgress("Judging");
        const outcomes = await checkChallenges(list, { onProgress: (d, t) => progress.update(d, t) });
        progress.stop();
        for (const o of outcomes.filter((x) => !x.ok)) console.log(`${o.file}:1: solution got ${o.solution} (expected Accepted); wrong solution got ${o.wrong} (expected anything else)`);
        failed += outcomes.filter((x) => !x.ok).length;
      }
      console.log(`${failed === 0 ? "OK" : `${failed} issue(s)`}: ${list.length} challenges${opts.judge ? ", every solution judged" : ""}`);
      if (failed) process.exitCode = 1;
    });
  challenges
    .command("import")
    .description("load content/challenges into the database")
    .action(async () => {
      const config = loadConfig();
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
      try {
        await runChallengeImport(handle.db, path.join(config.contentDir, "challenges"));
      } finally {
        await handle.close();
      }
    });
  program
    .command("import-challenges")
    .description("import challenges from HumanEval or MBPP JSONL files")
    .argument("<files...>", "JSONL files, one record per line")
    .action(async (files: string[]) => {
      const config = loadConfig();
      const records = files.flatMap((f) => {
        if (!fs.existsSync(f)) throw new AppError("INVALID_INPUT", `${f}: no such file`);
        return parseChallengeJsonl(path.basename(f), fs.readFileSync(f, "utf8")).map(fromImported);
      });
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
      try {
        const r = await importChallenges(handle.db, records);
        console.log(`Challenges: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged (${records.length} records read).`);
      } finally {
        await handle.close();
      }
    });
}

/**
 * Loads content/challenges into the database (files with issues stop the whole load).
 * @throws AppError INVALID_INPUT listing the first issues
 */
export async function runChallengeImport(db: Db, dir: string): Promise<void> {
  const { challenges, issues } = readChallengeDir(dir);
  if (issues.length) throw new AppError("INVALID_INPUT", `challenges have ${issues.length} issue(s); run 'npx pyprep challenges check'.\n${issues.slice(0, 5).map((i) => `${i.file}:${i.line}: ${i.message}`).join("\n")}`);
  const r = await importChallenges(db, challenges.map(fromChallengeFile));
  console.log(`Challenges: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged.`);
}
