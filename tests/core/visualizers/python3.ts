import { spawnSync } from "node:child_process";

/** True when a `python3` (CPython) is on PATH; the comparisons with real Python skip without it. */
export const HAS_PYTHON3 = spawnSync("python3", ["--version"]).status === 0;
if (!HAS_PYTHON3) console.warn("python3 not found: skipping the checks of the visualizer models against CPython");

/** Runs `code` with CPython (`python3 -c`), extra argv after it; returns stdout, stderr and the exit status. */
export function runPython3(code: string, ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync("python3", ["-c", code, ...args], { encoding: "utf8", timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

