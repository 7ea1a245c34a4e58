import { InvalidArgumentError, type Command } from "commander";
import { DEFAULT_JUDGE_LIMITS } from "../../core/judge/types";

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

function networkMode(value: string): "auto" | "off" | "require" {
  if (value !== "auto" && value !== "off" && value !== "require") throw new InvalidArgumentError("expected auto, off or require");
  return value;
}

interface JudgeWorkerOptions {
  workers: number;
  warm?: number;
  timeMs: number;
  memoryMb: number;
  outputKb: number;
  recursionLimit: number;
  killGraceMs: number;
  snapshot: boolean;
  network: "auto" | "off" | "require";
}

/**
 * Registers `pyprep judge-worker`: runs the sandboxed judge process in the foreground, for a judge
 * on a machine of its own. It reads newline-delimited JSON requests on stdin
 * (`{"type":"judge","id":"1","request":{"source":"…","tests":{…}}}`) and writes one JSON line per
 * result on stdout (see src/core/judge/protocol.ts); it stops when stdin closes. The process runs
 * under Node's permission model with an empty environment, like the one `createJudge` starts.
 */
export function registerJudgeWorker(program: Command): void {
  program
    .command("judge-worker")
    .description("run the sandboxed Python judge alone: JSON lines in on stdin, verdicts out on stdout")
    .option("--workers <n>", "submissions run at once (one worker thread each)", positiveInt, 1)
    .option("--warm <n>", "ready Pyodide instances kept warm (default: workers)", positiveInt)
    .option("--time-ms <ms>", "default time limit per submission, ms", positiveInt, DEFAULT_JUDGE_LIMITS.timeMs)
    .option("--memory-mb <mb>", "default memory cap per submission, MB", positiveInt, DEFAULT_JUDGE_LIMITS.memoryBytes / 2 ** 20)
    .option("--output-kb <kb>", "default output cap per submission, KB", positiveInt, DEFAULT_JUDGE_LIMITS.outputBytes / 1024)
    .option("--recursion-limit <n>", "default Python recursion limit", positiveInt, DEFAULT_JUDGE_LIMITS.recursionLimit)
    .option("--kill-grace-ms <ms>", "time after the interrupt before a runaway thread is terminated, ms", positiveInt, 300)
    .option("--no-snapshot", "load every Pyodide instance cold instead of restoring a memory snapshot")
    .option("--network <mode>", "own network namespace via `unshare -rn`: auto, off or require", networkMode, "auto")
    .action(async (opts: JudgeWorkerOptions) => {
      const { spawn } = await import("node:child_process");
      const { judgeProcessCommand } = await import("../../core/judge/judge-launch");
      const cmd = await judgeProcessCommand({
        workers: opts.workers,
        warm: opts.warm,
        defaults: { timeMs: opts.timeMs, memoryBytes: opts.memoryMb * 2 ** 20, outputBytes: opts.outputKb * 1024, recursionLimit: opts.recursionLimit },
        killGraceMs: opts.killGraceMs,
        snapshot: opts.snapshot,
        isolateNetwork: opts.network,
      });
      const child = spawn(cmd.command, cmd.args, { env: cmd.env as NodeJS.ProcessEnv, stdio: "inherit" });
      const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
      process.on("SIGINT", forward("SIGINT"));
      process.on("SIGTERM", forward("SIGTERM"));
      const code = await new Promise<number>((resolve) => child.on("exit", (c, s) => resolve(c ?? (s ? 128 : 1))));
      process.exitCode = code;
    });
}
