import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { checkContent, type CheckContentResult, type ContentSource } from "../../core/content/check-content";
import { createPyodideRunner } from "../../core/judge/pyodide-runner";
import { createProgress } from "../progress";
import { loadConfig } from "../../config/env";
import { AppError } from "../../core/errors";
import { openDatabase, type Db } from "../../db/client";
import { importContent, type ImportContentResult } from "../../db/import-content";

function readDir(dir: string, ext: RegExp): ContentSource[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      return { file: path.relative(process.cwd(), file) || file, text: fs.readFileSync(file, "utf8") };
    });
}

/** Reads content/questions/*.md and content/sets/*.yaml under `contentDir`. */
export function readContentDir(contentDir: string): { questions: ContentSource[]; sets: ContentSource[] } {
  return { questions: readDir(path.join(contentDir, "questions"), /\.md$/), sets: readDir(path.join(contentDir, "sets"), /\.ya?ml$/) };
}

/**
 * `pyprep content check [files…]`: validates the whole bank (or reports only for the named
 * files), runs every example in Pyodide, prints `file:line: message` per issue.
 * @returns the check result; the exit code is set to 1 when there are issues
 */
export async function runContentCheck(contentDir: string, files: string[], options: { run: boolean }): Promise<CheckContentResult> {
  const { questions, sets } = readContentDir(contentDir);
  const only = files.length ? new Set(files.map((f) => path.relative(process.cwd(), path.resolve(f)))) : undefined;
  const progress = createProgress("Running examples");
  const runner = options.run ? await createPyodideRunner() : undefined;
  const result = await checkContent({ questions, sets, only, runner, onProgress: (d, t) => progress.update(d, t) });
  progress.stop();
  for (const i of result.issues) console.log(`${i.file}:${i.line}: ${i.message}`);
  const checked = only ? only.size : questions.length + sets.length;
  console.log(
    `${result.issues.length === 0 ? "OK" : `${result.issues.length} issue(s)`}: ${checked} file(s) checked, ${result.questions.length} questions and ${result.sets.length} sets in the bank, ${result.examplesRun} examples run${runner ? ` on Python ${runner.pythonVersion} (Pyodide)` : ""}`,
  );
  if (result.issues.length) process.exitCode = 1;
  return result;
}

/**
 * `pyprep content import`: checks the bank (without running examples) and loads it into the
 * database. Refuses to load a bank with issues.
 * @throws AppError INVALID_INPUT listing the first issues
 */
export async function runContentImport(db: Db, contentDir: string): Promise<ImportContentResult> {
  const { questions, sets } = readContentDir(contentDir);
  const checked = await checkContent({ questions, sets });
  if (checked.issues.length) {
    const first = checked.issues.slice(0, 5).map((i) => `${i.file}:${i.line}: ${i.message}`);
    throw new AppError("INVALID_INPUT", `content has ${checked.issues.length} issue(s); run 'npx pyprep content check'.\n${first.join("\n")}`);
  }
  const progress = createProgress("Loading content");
  const result = await importContent(db, { questions: checked.questions, sets: checked.sets, onProgress: (d, t) => progress.update(d, t) });
  progress.stop();
  console.log(`Content: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged questions; ${result.sets} sets.`);
  return result;
}

/** Registers `pyprep content check` and `pyprep content import`. */
export function registerContent(program: Command, contentDir: () => string): void {
  const content = program.command("content").description("our question bank in content/");
  content
    .command("check")
    .description("validate content files and run every code example in Pyodide")
    .argument("[files...]", "report only for these files (the whole bank is still loaded)")
    .option("--no-run", "do not execute the examples")
    .action(async (files: string[], opts: { run: boolean }) => {
      await runContentCheck(contentDir(), files, opts);
    });
  content
    .command("import")
    .description("load content/ (questions and sets) into the database")
    .action(async () => {
      const config = loadConfig();
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
      try {
        await runContentImport(handle.db, contentDir());
      } finally {
        await handle.close();
      }
    });
}
