import fs from "node:fs";
import path from "node:path";
import { AppError } from "../../core/errors";
import { parseSeedPage } from "../../core/ingest/parse-seed-page";
import type { ParsedPage } from "../../core/ingest/types";
import type { Db } from "../../db/client";
import { importSeedPages, type ImportSeedPagesResult } from "../../db/import-seed-pages";
import { createProgress } from "../progress";

/** Files named by the user: files as given, folders expanded to their .txt files (sorted, not recursive). */
export function collectSeedFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new AppError("INVALID_INPUT", `${input}: no such file or folder`);
    if (fs.statSync(input).isDirectory()) {
      const inDir = fs
        .readdirSync(input)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => path.join(input, f));
      if (inDir.length === 0) throw new AppError("INVALID_INPUT", `${input}: folder has no .txt seed pages`);
      files.push(...inDir);
    } else files.push(input);
  }
  return [...new Set(files.map((f) => path.resolve(f)))];
}

/**
 * Reads and parses every file before anything is written, so that one bad file stops the run
 * with its file:line error and the database untouched.
 * @throws AppError PARSE_ERROR "file:line: what was expected"
 */
export function readSeedPages(files: string[]): { page: ParsedPage; text: string }[] {
  return files.map((file) => {
    const text = fs.readFileSync(file, "utf8");
    return { page: parseSeedPage(path.basename(file), text), text };
  });
}

/** Formats the per-file report as a table. */
export function formatImportReport(result: ImportSeedPagesResult): string {
  const header = ["file", "read", "merged (exact)", "merged (near)", "stored", "unchanged"];
  const body = result.reports.map((r) => [r.file, r.read, r.exact, r.near, r.stored, r.unchanged].map(String));
  const totals = ["total", ...[1, 2, 3, 4, 5].map((i) => String(body.reduce((s, row) => s + Number(row[i]), 0)))];
  const table = [header, ...body, totals];
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [...table.map(line), `questions in the bank: ${result.totalQuestions}`].join("\n");
}

/** `pyprep import <files or folders>`: parse all, then import in one transaction with a progress bar. */
export async function runImport(db: Db, inputs: string[], options: { verbose?: boolean } = {}): Promise<ImportSeedPagesResult> {
  const pages = readSeedPages(collectSeedFiles(inputs));
  const progress = createProgress("Importing");
  try {
    const result = await importSeedPages(db, { pages, onProgress: (d, t) => progress.update(d, t) });
    progress.stop();
    console.log(formatImportReport(result));
    if (options.verbose) for (const m of result.merges) console.log(`  merged: ${m}`);
    return result;
  } finally {
    progress.stop();
  }
}
