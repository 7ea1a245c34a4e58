/** Small helpers shared by the benchmarks: a seeded random source, percentiles, text tables, machine facts. */
import os from "node:os";

/** A random source returning floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: a tiny, fast, seeded PRNG (same seed, same sequence). */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles in place (Fisher–Yates) with the given random source. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Latency statistics in milliseconds. */
export interface LatencyStats {
  /** Number of samples. */
  n: number;
  /** Median, ms. */
  p50: number;
  /** 95th percentile, ms (nearest rank: with fewer than 20 samples it is the maximum). */
  p95: number;
  /** 99th percentile, ms (nearest rank: with fewer than 100 samples it is the maximum). */
  p99: number;
  /** Arithmetic mean, ms. */
  mean: number;
  /** Fastest sample, ms. */
  min: number;
  /** Slowest sample, ms. */
  max: number;
}

/** Nearest-rank percentile of sorted values (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50/p95/p99/mean/min/max of latency samples in ms. */
export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Rounds for display and JSON (1 decimal below 100, whole numbers above). */
export function round(v: number): number {
  if (!Number.isFinite(v)) return v;
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
}

/** Formats rows as a plain-text table; numbers are right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === "number" ? String(round(c)) : c)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number"));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

/** Facts about the machine, printed with every result. */
export interface MachineInfo {
  /** os.cpus().length */
  cores: number;
  cpuModel: string;
  /** Total memory, GiB. */
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1, 5 and 15-minute load averages when the benchmark started. */
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

/** One line describing the machine. */
export function machineLine(m: MachineInfo): string {
  return `${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverage.join(" ")}`;
}

/** Writes a progress line to stderr (stdout is kept for the results). */
export function logProgress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
