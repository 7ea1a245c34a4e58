import { InvalidArgumentError, type Command } from "commander";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

function only(value: string): "search" | "pages" {
  if (value !== "search" && value !== "pages") throw new InvalidArgumentError("expected search or pages");
  return value;
}

function targets(value: string): ("pglite" | "postgres")[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (list.length === 0 || list.some((t) => t !== "pglite" && t !== "postgres")) throw new InvalidArgumentError("expected pglite, postgres or pglite,postgres");
  return list as ("pglite" | "postgres")[];
}

/**
 * Registers `pyprep bench`: the search benchmark (synthetic bank on PGlite and PostgreSQL,
 * latency in ms) and the page benchmark (autocannon against a fresh `pyprep serve`, req/s and
 * ms), with the figures written to bench/results/latest.json. The benchmark code is loaded only
 * when the command runs.
 */
export function registerBench(program: Command): void {
  program
    .command("bench")
    .description("benchmark search (synthetic bank on PGlite and PostgreSQL) and pages (autocannon on a fresh server); writes bench/results/latest.json")
    .option("--only <which>", "run only one benchmark: search or pages", only)
    .option("--questions <n>", "synthetic questions for the search benchmark (default 100000)", positiveInt)
    .option("--queries <n>", "measured search requests per database (default 200)", positiveInt)
    .option("--targets <list>", "search databases: pglite, postgres or pglite,postgres (default both)", targets)
    .option("--duration <s>", "measured seconds per page scenario (default 15)", positiveInt)
    .option("--connections <c>", "concurrent connections of the page benchmark (default 20)", positiveInt)
    .option("--base-url <url>", "load a running PyPrep on a loopback address instead of starting one")
    .action(
      async (opts: {
        only?: "search" | "pages";
        questions?: number;
        queries?: number;
        targets?: ("pglite" | "postgres")[];
        duration?: number;
        connections?: number;
        baseUrl?: string;
      }) => {
        const { runBench } = await import("../../../bench/run");
        await runBench(opts);
      },
    );
}
