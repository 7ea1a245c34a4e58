/**
 * The benchmark entry: `pyprep bench` (npm run bench) or `npx tsx bench/run.ts [flags]`.
 * Runs the search benchmark, then the page benchmark, prints a summary, and writes the figures
 * to bench/results/latest.json.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { benchPages, formatPagesResult, type PagesBenchResult } from "./pages";
import { benchSearch, formatSearchResult, SEARCH_TARGETS, type SearchBenchResult, type SearchTarget } from "./search";
import { logProgress, machineInfo, machineLine, table, type MachineInfo } from "./stats";

/** Where the figures of the last run are written (git-ignored). */
export const RESULTS_FILE = path.resolve(import.meta.dirname, "results", "latest.json");

export interface BenchOptions {
  /** Run only one benchmark (default both). */
  only?: "search" | "pages" | undefined;
  /** Synthetic questions for the search benchmark (default 100,000). */
  questions?: number | undefined;
  /** Measured search requests per target (default 200). */
  queries?: number | undefined;
  /** Search targets (default pglite and postgres). */
  targets?: SearchTarget[] | undefined;
  /** Measured seconds per page scenario (default 15). */
  duration?: number | undefined;
  /** Concurrent connections of the page benchmark (default 20). */
  connections?: number | undefined;
  /** Load an already running PyPrep (loopback only) instead of starting one. */
  baseUrl?: string | undefined;
}

/** Everything one run measured, as written to bench/results/latest.json. */
export interface BenchReport {
  /** ISO 8601. */
  startedAt: string;
  machine: MachineInfo;
  search: SearchBenchResult | null;
  pages: PagesBenchResult | null;
  /** A benchmark that failed, with its error message (the other still runs). */
  failures: { bench: "search" | "pages"; error: string }[];
}

const USAGE = `Usage: pyprep bench [--only search|pages] [--questions N] [--queries N] [--targets pglite,postgres] [--duration S] [--connections C] [--base-url http://127.0.0.1:PORT]`;

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number, not ${JSON.stringify(value ?? "")}\n${USAGE}`);
  return n;
}

function parseTargets(value: string | undefined): SearchTarget[] {
  const list = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((t) => !(SEARCH_TARGETS as readonly string[]).includes(t));
  if (list.length === 0 || bad.length) throw new Error(`--targets takes pglite, postgres or both (comma-separated), not ${JSON.stringify(value ?? "")}`);
  return list as SearchTarget[];
}

function parseOnly(value: string | undefined): "search" | "pages" {
  if (value === "search" || value === "pages") return value;
  throw new Error(`--only takes search or pages, not ${JSON.stringify(value ?? "")}\n${USAGE}`);
}

/** Parses `--flag value` and `--flag=value` arguments. @throws Error on an unknown flag or a bad value */
export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf("=");
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case "--only":
        options.only = parseOnly(value());
        break;
      case "--questions":
        options.questions = positiveInt(flag, value());
        break;
      case "--queries":
        options.queries = positiveInt(flag, value());
        break;
      case "--targets":
        options.targets = parseTargets(value());
        break;
      case "--duration":
        options.duration = positiveInt(flag, value());
        break;
      case "--connections":
        options.connections = positiveInt(flag, value());
        break;
      case "--base-url":
        options.baseUrl = value();
        break;
      case "-h":
      case "--help":
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  return options;
}

function summary(report: BenchReport): string {
  const lines: string[] = ["", "=== PyPrep benchmark summary ===", `Machine: ${machineLine(report.machine)}`];
  const s = report.search;
  if (s) {
    lines.push("", `Search (${s.questions.toLocaleString("en")} questions, ${s.queries} requests/target; latency ms, load s):`);
    lines.push(
      table(
        ["target", "load s", "p50", "p95", "p99", "mean", "word p50", "phrase p50", "typo p50", "filter p50", "browse p50"],
        s.results.map((t) => {
          const kind = (k: string) => t.byKind.find((b) => b.kind === k)?.p50 ?? Number.NaN;
          return [t.target, t.load.totalMs / 1000, t.overall.p50, t.overall.p95, t.overall.p99, t.overall.mean, kind("word"), kind("phrase"), kind("typo"), kind("search+filter"), kind("browse")];
        }),
      ),
    );
    for (const k of s.skipped) lines.push(`Skipped ${k.target}: ${k.reason}`);
  }
  const p = report.pages;
  if (p) {
    lines.push("", `Pages (${p.connections} connections, ${p.durationSec} s each, ${p.questions} questions):`);
    lines.push(
      table(
        ["scenario", "req/s", "p50 ms", "p90 ms", "p99 ms", "non-2xx", "errors"],
        p.scenarios.map((x) => [x.name, x.requestsPerSec, x.latency.p50, x.latency.p90, x.latency.p99, x.non2xx, x.errors]),
      ),
    );
  }
  for (const f of report.failures) lines.push("", `FAILED ${f.bench}: ${f.error}`);
  return lines.join("\n");
}

/**
 * Runs the benchmarks with parsed options, prints the tables to stdout (progress to stderr) and
 * writes the figures to bench/results/latest.json. Sets process.exitCode to 1 when one failed.
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchReport> {
  const report: BenchReport = { startedAt: new Date().toISOString(), machine: machineInfo(), search: null, pages: null, failures: [] };
  if (options.only !== "pages") {
    try {
      report.search = await benchSearch({ questions: options.questions ?? 100_000, queries: options.queries ?? 200, targets: options.targets ?? [...SEARCH_TARGETS] });
      console.log(`\n${formatSearchResult(report.search)}`);
    } catch (e) {
      report.failures.push({ bench: "search", error: e instanceof Error ? e.message : String(e) });
      logProgress(`search bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  if (options.only !== "search") {
    try {
      report.pages = await benchPages({ baseUrl: options.baseUrl, connections: options.connections ?? 20, durationSec: options.duration ?? 15 });
      console.log(`\n${formatPagesResult(report.pages)}`);
    } catch (e) {
      report.failures.push({ bench: "pages", error: e instanceof Error ? e.message : String(e) });
      logProgress(`pages bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  console.log(summary(report));
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`);
  if (report.failures.length) process.exitCode = 1;
  return report;
}

/**
 * Parses command-line flags (`--only search|pages`, `--questions N`, `--queries N`,
 * `--targets pglite,postgres`, `--duration S`, `--connections C`, `--base-url URL`) and runs the
 * benchmarks. See runBench.
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<BenchReport> {
  return runBench(parseArgs(argv));
}

// Run when executed directly (npx tsx bench/run.ts …), not when imported by the CLI.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
