/**
 * Judge benchmark: submit→verdict latency (p50/p95) and throughput of the sandboxed Pyodide judge
 * at 1 and 2 workers, beside the same tests run by a native `python3` subprocess per submission,
 * on the small reference solutions of references.ts.
 *
 * Scenarios, per system: paced (one submission per second: latency on a warm pool), sequential
 * (one submission at a time, back to back), Poisson arrivals at
 * 4/s and 8/s (open loop: latency counts from the scheduled arrival), and a closed-loop throughput
 * run (a fixed number of submissions kept in flight). Runtime stays under ~3 minutes.
 *
 * Run: `npx tsx bench/judge/run.ts [--seconds S] [--count N]`. Figures go to stdout and to
 * bench/results/judge-latest.json.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createJudge, type Judge } from "../../src/core/judge/create-judge";
import type { ProcessStats, ReadyMessage } from "../../src/core/judge/protocol";
import { latencyStats, logProgress, machineInfo, machineLine, seededRng, table, type LatencyStats, type Rng } from "../stats";
import { REFERENCE_SOLUTIONS, referenceRequest, type ReferenceSolution } from "./references";

/** Runs one submission and resolves when its verdict is known; true when Accepted. */
type Submit = (r: ReferenceSolution) => Promise<boolean>;

/** CPU time used so far by the system under test, in ms (null when it cannot be read). */
type CpuProbe = () => number | null;

interface ScenarioResult {
  name: string;
  latency: LatencyStats;
  /** Submissions per second over the scenario (completed / wall time). */
  throughput: number;
  /** Submissions not Accepted (should be 0). */
  failures: number;
  /** CPU time per submission, in ms, where measured (closed loop): what bounds throughput on a busy machine. */
  cpuMsPerSubmission?: number;
}

interface SystemResult {
  system: string;
  scenarios: ScenarioResult[];
  /** Native only: the interpreter and its version. */
  python?: string;
  /** Judge only: startup and instance figures. */
  ready?: ReadyMessage;
  startupMs?: number;
  processStats?: ProcessStats;
}

const RESULTS_FILE = path.resolve(import.meta.dirname, "..", "results", "judge-latest.json");
/** performance.now() after which open-loop scenarios are skipped (150 s into the run). */
const BUDGET_END = performance.now() + 150_000;

// The native baseline: the same asserts, run by python3 in a fresh process per submission.
const NATIVE_RUNNER = `
import json, sys
p = json.load(sys.stdin)
import resource
ns = {"__name__": "solution"}
ok = True
try:
    exec(compile(p["source"], "solution.py", "exec"), ns)
    for a in p["asserts"]:
        try:
            exec(compile(a, "<tests>", "exec"), ns)
        except AssertionError:
            ok = False
except BaseException:
    ok = False
u = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"ok": ok, "cpuMs": (u.ru_utime + u.ru_stime) * 1000}))
`;

/** The real interpreter behind `python3` (a pyenv shim adds ~150 ms per start: not the baseline we want). */
function pythonExecutable(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim() || "python3";
}

function nativeSubmit(python: string, cpu: { ms: number }): Submit {
  return (r) =>
    new Promise((resolve) => {
      const child = spawn(python, ["-I", "-c", NATIVE_RUNNER], { stdio: ["pipe", "pipe", "ignore"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("error", () => resolve(false));
      child.on("exit", () => {
        try {
          const res = JSON.parse(out) as { ok: boolean; cpuMs: number };
          cpu.ms += res.cpuMs;
          resolve(res.ok);
        } catch {
          resolve(false);
        }
      });
      child.stdin.end(JSON.stringify({ source: r.source, asserts: r.asserts }));
    });
}

function judgeSubmit(judge: Judge): Submit {
  return async (r) => (await judge.judge(referenceRequest(r))).verdict === "Accepted";
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function pick(rng: Rng): ReferenceSolution {
  return REFERENCE_SOLUTIONS[Math.floor(rng() * REFERENCE_SOLUTIONS.length)]!;
}

async function sequential(submit: Submit, count: number, rng: Rng): Promise<ScenarioResult> {
  const lat: number[] = [];
  let failures = 0;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    if (!(await submit(pick(rng)))) failures++;
    lat.push(performance.now() - t);
  }
  return { name: "sequential", latency: latencyStats(lat), throughput: count / ((performance.now() - t0) / 1000), failures };
}

/** Warm latency: one submission every `intervalMs` (the pool refills between arrivals). */
async function paced(submit: Submit, count: number, intervalMs: number, rng: Rng): Promise<ScenarioResult> {
  const lat: number[] = [];
  let failures = 0;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    if (!(await submit(pick(rng)))) failures++;
    lat.push(performance.now() - t);
    await sleep(Math.max(0, intervalMs - (performance.now() - t)));
  }
  return { name: `paced 1 per ${intervalMs / 1000} s`, latency: latencyStats(lat), throughput: count / ((performance.now() - t0) / 1000), failures };
}

/** Open loop: arrivals at exponential intervals (mean 1/rate); latency from the scheduled arrival. */
async function poisson(submit: Submit, ratePerSec: number, seconds: number, rng: Rng): Promise<ScenarioResult> {
  const arrivals: number[] = [];
  for (let t = 0; ; ) {
    t += (-Math.log(1 - rng()) / ratePerSec) * 1000;
    if (t > seconds * 1000) break;
    arrivals.push(t);
  }
  const t0 = performance.now();
  let failures = 0;
  const runs = arrivals.map(async (at) => {
    const wait = t0 + at - performance.now();
    if (wait > 0) await sleep(wait);
    const scheduled = t0 + at;
    if (!(await submit(pick(rng)))) failures++;
    return performance.now() - scheduled;
  });
  const lat = await Promise.all(runs);
  return { name: `poisson ${ratePerSec}/s`, latency: latencyStats(lat), throughput: lat.length / ((performance.now() - t0) / 1000), failures };
}

/** Closed loop: `concurrency` submissions always in flight until `count` are done. */
async function closedLoop(submit: Submit, count: number, concurrency: number, rng: Rng, cpu: CpuProbe): Promise<ScenarioResult> {
  const lat: number[] = [];
  let next = 0;
  let failures = 0;
  const cpu0 = cpu();
  const t0 = performance.now();
  const lane = async () => {
    while (next < count) {
      next++;
      const t = performance.now();
      if (!(await submit(pick(rng)))) failures++;
      lat.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const cpu1 = cpu();
  const result: ScenarioResult = { name: `closed loop x${concurrency}`, latency: latencyStats(lat), throughput: count / ((performance.now() - t0) / 1000), failures };
  if (cpu0 !== null && cpu1 !== null) result.cpuMsPerSubmission = (cpu1 - cpu0) / count;
  return result;
}

interface BenchJudgeOptions {
  /** Seconds of each Poisson scenario (default 6). */
  seconds: number;
  /** Submissions of the sequential and closed-loop scenarios (default 24). */
  count: number;
}

async function runScenarios(system: string, submit: Submit, options: BenchJudgeOptions, settle: () => Promise<void>, cpu: CpuProbe): Promise<ScenarioResult[]> {
  const rng = seededRng(42);
  const out: ScenarioResult[] = [];
  // Keep the whole run under ~3 minutes: past the budget, the remaining open-loop scenarios are skipped.
  const overBudget = (name: string): boolean => {
    if (performance.now() < BUDGET_END) return false;
    logProgress(`${system}: skipping ${name} (time budget spent)`);
    return true;
  };
  logProgress(`${system}: paced`);
  out.push(await paced(submit, 8, 1000, rng));
  logProgress(`${system}: sequential`);
  out.push(await sequential(submit, options.count, rng));
  await settle();
  logProgress(`${system}: closed loop`);
  out.push(await closedLoop(submit, options.count, 4, rng, cpu));
  for (const rate of [4, 8]) {
    await settle();
    if (overBudget(`poisson ${rate}/s`)) continue;
    logProgress(`${system}: poisson ${rate}/s for ${options.seconds} s`);
    out.push(await poisson(submit, rate, options.seconds, rng));
  }
  return out;
}

async function benchJudge(workers: number, options: BenchJudgeOptions): Promise<SystemResult> {
  const t0 = performance.now();
  const judge = createJudge({ workers, onLog: (l) => logProgress(l) });
  try {
    const ready = await judge.ready();
    const startupMs = performance.now() - t0;
    // Warm-up and correctness: every reference is Accepted.
    for (const r of REFERENCE_SOLUTIONS) {
      const res = await judge.judge(referenceRequest(r));
      if (res.verdict !== "Accepted") throw new Error(`reference ${r.name} was not accepted: ${res.verdict} ${res.error?.message ?? ""} ${JSON.stringify(res.tests)}`);
    }
    // Between scenarios, let the pool refill so each starts warm.
    const settle = async () => {
      for (let i = 0; i < 100; i++) {
        const s = await judge.processStats();
        if (s.queued === 0 && s.busyNow === 0 && s.readyNow >= workers) break;
        await sleep(100);
      }
    };
    // CPU of the judge process (all its threads), from /proc on Linux.
    const pid = judge.stats().pid;
    const cpu: CpuProbe = () => {
      try {
        const fields = fs.readFileSync(`/proc/${judge.stats().pid ?? pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      } catch {
        return null;
      }
    };
    const scenarios = await runScenarios(`judge ${workers}w`, judgeSubmit(judge), options, settle, cpu);
    return { system: `judge ${workers} worker${workers > 1 ? "s" : ""}`, scenarios, ready, startupMs, processStats: await judge.processStats() };
  } finally {
    await judge.close();
  }
}

async function benchNative(options: BenchJudgeOptions): Promise<SystemResult> {
  const python = pythonExecutable();
  const version = execFileSync(python, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
  logProgress(`native baseline: ${python} (Python ${version}) -I, one process per submission`);
  const cpuTotal = { ms: 0 };
  const submit = nativeSubmit(python, cpuTotal);
  for (const r of REFERENCE_SOLUTIONS) {
    if (!(await submit(r))) throw new Error(`reference ${r.name} fails under native python3`);
  }
  return { system: "native python3", python: `${python} ${version}`, scenarios: await runScenarios("native", submit, options, () => sleep(200), () => cpuTotal.ms) };
}

function parseArgs(argv: string[]): BenchJudgeOptions {
  const options: BenchJudgeOptions = { seconds: 6, count: 24 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = Number(inline ?? argv[++i]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
    if (flag === "--seconds") options.seconds = value;
    else if (flag === "--count") options.count = Math.floor(value);
    else throw new Error(`unknown flag ${flag}; usage: npx tsx bench/judge/run.ts [--seconds S] [--count N]`);
  }
  return options;
}

function format(results: SystemResult[], cores: number): string {
  const native = results.find((r) => r.system === "native python3");
  const out: string[] = [];
  out.push(`Latency submit→verdict (ms) and throughput (submissions/s), ${REFERENCE_SOLUTIONS.length} reference solutions, ${cores} cores; native = ${native?.python ?? "python3"}:`);
  const rows: (string | number)[][] = [];
  for (const sys of results) {
    for (const s of sys.scenarios) {
      const base = native?.scenarios.find((n) => n.name === s.name);
      rows.push([
        sys.system,
        s.name,
        s.latency.n,
        s.latency.p50,
        s.latency.p95,
        s.throughput,
        sys === native || !base ? "-" : (s.latency.p50 / base.latency.p50).toFixed(2),
        sys === native || !base ? "-" : (s.throughput / base.throughput).toFixed(2),
        s.failures,
      ]);
    }
  }
  out.push(table(["system", "scenario", "n", "p50 ms", "p95 ms", "subs/s", "p50 vs native", "subs/s vs native", "not AC"], rows));
  out.push("");
  out.push(`CPU per submission (closed loop; bounds throughput whatever else runs on the machine): capacity = ${cores} cores x 1000 / CPU ms`);
  out.push(
    table(
      ["system", "CPU ms/submission", `capacity subs/s on ${cores} cores`, "vs native"],
      results.map((r) => {
        const c = r.scenarios.find((s) => s.cpuMsPerSubmission !== undefined)?.cpuMsPerSubmission ?? Number.NaN;
        const n = native?.scenarios.find((s) => s.cpuMsPerSubmission !== undefined)?.cpuMsPerSubmission ?? Number.NaN;
        return [r.system, c, (cores * 1000) / c, r === native ? "-" : (n / c).toFixed(2)];
      }),
    ),
  );
  out.push("");
  out.push("Judge process:");
  out.push(
    table(
      ["system", "startup ms", "snapshot MB", "instances", "instance load p50 ms", "instance load p95 ms", "network isolated"],
      results
        .filter((r) => r.ready)
        .map((r) => [
          r.system,
          r.startupMs ?? Number.NaN,
          (r.ready?.snapshotBytes ?? 0) / 2 ** 20,
          r.processStats?.instancesReady ?? 0,
          r.processStats?.loadMsP50 ?? Number.NaN,
          r.processStats?.loadMsP95 ?? Number.NaN,
          String(r.ready?.networkIsolated ?? false),
        ]),
    ),
  );
  return out.join("\n");
}

/** Runs the judge benchmark and prints the tables. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const options = parseArgs(argv);
  const machine = machineInfo();
  const started = performance.now();
  const results: SystemResult[] = [];
  results.push(await benchNative(options));
  for (const workers of [1, 2]) results.push(await benchJudge(workers, options));
  const text = format(results, os.cpus().length);
  console.log(`\n=== PyPrep judge benchmark ===\nMachine: ${machineLine(machine)}; load average at end ${os.loadavg().map((v) => v.toFixed(2)).join(" ")}\n`);
  console.log(text);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ startedAt: new Date().toISOString(), machine, options, results }, null, 2)}\n`);
  if (results.some((r) => r.scenarios.some((s) => s.failures > 0))) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
