import { describe, expect, it } from "vitest";
import { multiprocessingWallTimeUs, simulateGil } from "../../../src/core/visualizers/simulate-gil";

describe("simulateGil", () => {
  it("alternates two CPU-bound threads every switch interval: 7 switches, 6 of them forced, 40 ms in all", () => {
    // By hand: 20 ms of work each, 5 ms interval. T1 0–5, T2 5–10, T1 10–15, … T1 finishes at 35
    // (its 4th slice), T2 takes over and finishes at 40. Switches at 5, 10, 15, 20, 25, 30 (forced
    // by a timed-out waiter's drop request) and 35 (T1 exits).
    const sim = simulateGil({ threads: 2, kind: "cpu", intervalMs: 5, workMs: 20, cores: 2 });
    const last = sim.steps.at(-1)!.state;
    expect(last.switches).toBe(7);
    expect(last.dropRequests).toBe(6);
    expect(sim.totalUs).toBe(40_000);
    expect(sim.sequentialUs).toBe(40_000);
    expect(sim.multiprocessingUs).toBe(20_000);
    const holders = sim.steps.filter((s) => s.sentence.includes("takes it")).map((s) => [s.state.timeUs, s.state.holder]);
    expect(holders).toEqual([
      [5000, 2],
      [10000, 1],
      [15000, 2],
      [20000, 1],
      [25000, 2],
      [30000, 1],
      [35000, 2],
    ]);
  });

  it("hands the GIL to the thread waiting longest: three CPU-bound threads take turns, 11 switches in 60 ms", () => {
    const sim = simulateGil({ threads: 3, kind: "cpu", intervalMs: 5, workMs: 20 });
    expect(sim.steps.at(-1)!.state.switches).toBe(11);
    expect(sim.totalUs).toBe(60_000);
    const order = sim.steps.filter((s) => / takes it/.test(s.sentence)).map((s) => s.state.holder);
    expect(order.slice(0, 6)).toEqual([2, 3, 1, 2, 3, 1]);
  });

  it("switches less often with a longer interval", () => {
    const short = simulateGil({ threads: 2, kind: "cpu", intervalMs: 1, workMs: 20 });
    const long = simulateGil({ threads: 2, kind: "cpu", intervalMs: 10, workMs: 20 });
    expect(short.steps.at(-1)!.state.switches).toBe(39);
    expect(long.steps.at(-1)!.state.switches).toBe(3);
    expect(short.totalUs).toBe(long.totalUs);
  });

  it("releases the GIL on blocking I/O, so I/O-bound threads overlap their waits without any forced switch", () => {
    // Each thread: 1 ms CPU, then 3 × (10 ms I/O, 1 ms CPU) = 34 ms alone, 68 ms one after another.
    const sim = simulateGil({ threads: 2, kind: "io", intervalMs: 5 });
    const last = sim.steps.at(-1)!.state;
    expect(last.dropRequests).toBe(0);
    expect(sim.sequentialUs).toBe(68_000);
    expect(sim.totalUs).toBe(35_000);
    const first = sim.steps[1]!;
    expect(first.sentence).toMatch(/Thread 1 starts blocking I\/O .* releases the GIL/);
    expect(first.state.holder).toBe(2);
    expect(first.state.threads[0]!.status).toBe("io");
  });

  it("lets the GIL sit free while every thread waits on I/O", () => {
    const sim = simulateGil({ threads: 2, kind: "io", intervalMs: 5 });
    expect(sim.steps.some((s) => s.state.holder === null && s.state.threads.every((t) => t.status === "io"))).toBe(true);
  });

  it("compares with multiprocessing: processes run in parallel up to the core count", () => {
    const four = simulateGil({ threads: 4, kind: "cpu", intervalMs: 5, workMs: 20, cores: 4 });
    expect(four.totalUs).toBe(80_000);
    expect(four.multiprocessingUs).toBe(20_000);
    const twoCores = simulateGil({ threads: 4, kind: "cpu", intervalMs: 5, workMs: 20, cores: 2 });
    expect(twoCores.multiprocessingUs).toBe(40_000);
    expect(multiprocessingWallTimeUs([{ cpuUs: 4000, totalUs: 34000 }, { cpuUs: 4000, totalUs: 34000 }], 1)).toBe(34000);
  });

  it("states the simulation in a sentence per step, the first saying who holds the GIL", () => {
    const sim = simulateGil({ threads: 3, kind: "cpu", intervalMs: 5 });
    expect(sim.steps[0]!.sentence).toMatch(/Thread 1 takes the GIL; thread 2, thread 3 wait/);
    expect(sim.steps.every((s) => s.sentence.length > 20)).toBe(true);
    expect(sim.steps.at(-1)!.sentence).toMatch(/All threads are done after 60 ms/);
  });

  it("draws a timeline in which exactly one thread runs at any moment", () => {
    const sim = simulateGil({ threads: 3, kind: "io", intervalMs: 5, ioMs: 3, burstMs: 4 });
    const runs = sim.timeline.filter((s) => s.kind === "run").sort((a, b) => a.startUs - b.startUs);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.startUs).toBeGreaterThanOrEqual(runs[i - 1]!.endUs);
    const cpu = runs.reduce((s, r) => s + r.endUs - r.startUs, 0);
    expect(cpu).toBe(3 * 4 * 4000);
  });
});
