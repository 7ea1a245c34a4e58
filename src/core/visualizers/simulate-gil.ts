/**
 * A discrete-event model of CPython's GIL scheduler (the "new GIL" by Antoine Pitrou, CPython 3.2+),
 * as implemented in `Python/ceval_gil.c` (`take_gil`, `drop_gil`):
 *
 * - A thread that wants the GIL while another holds it waits on a condition variable for at most
 *   the switch interval (`sys.getswitchinterval()`, 0.005 s by default). If that wait times out and
 *   no switch happened meanwhile (`switch_number` unchanged), it sets `gil_drop_request`, which
 *   trips the holder's `eval_breaker`, and keeps waiting.
 * - The holder checks `eval_breaker` between bytecodes (on backward jumps and calls), sees the
 *   request and drops the GIL. With FORCE_SWITCHING it then waits until another thread has taken
 *   it, so it cannot grab it straight back.
 * - A blocking call (I/O, `time.sleep`) releases the GIL around it (`Py_BEGIN_ALLOW_THREADS`) and
 *   re-takes it afterwards (`Py_END_ALLOW_THREADS`), through the same `take_gil`.
 *
 * Simplifications, also stated on the page: the holder notices a drop request at once (in real
 * code, within a few bytecodes); when several threads wait, the one waiting longest gets the GIL
 * (the OS decides in reality); thread start-up and the cost of a switch are zero.
 *
 * @see https://github.com/python/cpython/blob/main/Python/ceval_gil.c
 * @see https://docs.python.org/3/library/sys.html#sys.setswitchinterval
 */
import type { Step } from "./steps";

export type GilWorkload = "cpu" | "io";

export interface SimulateGilOptions {
  /** Number of threads, 1–8 (the page offers 2–4). */
  threads: number;
  /** CPU-bound threads only compute; I/O-bound threads alternate short computations with blocking I/O. */
  kind: GilWorkload;
  /** The switch interval in ms (`sys.setswitchinterval(interval / 1000)`); CPython's default is 5. */
  intervalMs: number;
  /** CPU-bound: the pure-Python work of each thread, in ms of CPU time. Default 20. */
  workMs?: number;
  /** I/O-bound: blocking waits per thread (each followed by a computation). Default 3. */
  ioRounds?: number;
  /** I/O-bound: length of each blocking wait, in ms. Default 10. */
  ioMs?: number;
  /** I/O-bound: CPU time of each computation around the waits, in ms. Default 1. */
  burstMs?: number;
  /** Cores assumed for the multiprocessing comparison. Default 4. */
  cores?: number;
}

export type GilThreadStatus = "running" | "waiting" | "io" | "done";

export interface GilThreadState {
  /** 1-based thread number. */
  id: number;
  status: GilThreadStatus;
  /** CPU time executed so far, in µs. */
  cpuDoneUs: number;
  /** CPU time the thread needs in all, in µs. */
  cpuTotalUs: number;
}

export interface GilState {
  /** Simulated wall-clock time, in µs since the threads started. */
  timeUs: number;
  /** The thread holding the GIL, or null when it is free. */
  holder: number | null;
  threads: GilThreadState[];
  /** Threads waiting for the GIL, longest waiting first. */
  waiting: number[];
  /** True while a drop request (eval_breaker) is pending. */
  dropRequested: boolean;
  /** Times the GIL passed to a thread other than its last holder (CPython's `switch_number`, minus the first take). */
  switches: number;
  /** Drop requests made after a timed-out wait (forced switches). */
  dropRequests: number;
}

export interface GilSegment {
  thread: number;
  kind: "run" | "wait" | "io";
  startUs: number;
  endUs: number;
}

export interface GilSimulation {
  options: Required<SimulateGilOptions>;
  steps: Step<GilState>[];
  /** What each thread did when, for a timeline; clip at a step's `timeUs` to draw that step. */
  timeline: GilSegment[];
  /** Wall time until the last thread finished, in µs. */
  totalUs: number;
  /** The same work in one thread, one piece after another, in µs. */
  sequentialUs: number;
  /** The same work as separate processes on `cores` cores (no GIL contention), in µs; see {@link multiprocessingWallTimeUs}. */
  multiprocessingUs: number;
  /** True when the model stopped at its step limit (the page then says so). */
  truncated: boolean;
}

type Phase = { kind: "cpu"; us: number } | { kind: "io"; us: number };

const MAX_STEPS = 4000;

/** Fills in the defaults and clamps the options to what the model supports. */
export function normalizeGilOptions(o: SimulateGilOptions): Required<SimulateGilOptions> {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    threads: clamp(Math.round(o.threads), 1, 8),
    kind: o.kind,
    intervalMs: clamp(o.intervalMs, 0.5, 100),
    workMs: clamp(o.workMs ?? 20, 1, 200),
    ioRounds: clamp(Math.round(o.ioRounds ?? 3), 1, 10),
    ioMs: clamp(o.ioMs ?? 10, 1, 100),
    burstMs: clamp(o.burstMs ?? 1, 0.5, 50),
    cores: clamp(Math.round(o.cores ?? 4), 1, 64),
  };
}

function phasesFor(o: Required<SimulateGilOptions>): Phase[] {
  if (o.kind === "cpu") return [{ kind: "cpu", us: o.workMs * 1000 }];
  const phases: Phase[] = [{ kind: "cpu", us: o.burstMs * 1000 }];
  for (let i = 0; i < o.ioRounds; i++) phases.push({ kind: "io", us: o.ioMs * 1000 }, { kind: "cpu", us: o.burstMs * 1000 });
  return phases;
}

/** Formats µs as milliseconds for the step sentences ("5 ms", "2.5 ms"). */
export function formatMs(us: number): string {
  const ms = us / 1000;
  return `${Number.isInteger(ms) ? ms : Number(ms.toFixed(2))} ms`;
}

/**
 * Wall time of the same threads' work run as `cores`-limited separate processes: each process has
 * its own interpreter and GIL, so nothing waits for a lock. With no more processes than cores it
 * is the longest process's own time; with more, at least the total CPU time shared over the
 * cores. Ignores process start-up and pickling arguments and results (real costs: milliseconds
 * per process with the default start method).
 */
export function multiprocessingWallTimeUs(perProcess: { cpuUs: number; totalUs: number }[], cores: number): number {
  const longest = Math.max(0, ...perProcess.map((p) => p.totalUs));
  if (perProcess.length <= cores) return longest;
  const cpu = perProcess.reduce((s, p) => s + p.cpuUs, 0);
  return Math.max(longest, Math.ceil(cpu / cores));
}

interface SimThread {
  id: number;
  phases: Phase[];
  phase: number;
  /** µs left in the current phase. */
  left: number;
  status: GilThreadStatus;
  cpuDone: number;
  cpuTotal: number;
  /** When its current timed wait began (restarts after each timeout), µs. */
  waitSince: number;
  /** When it began wanting the GIL (kept across timeouts): the longest-waiting thread gets the GIL next. */
  wantSince: number;
  savedSwitch: number;
  segStart: number;
}

/**
 * Runs the model and returns every step (state + sentence), the timeline, and the comparison
 * figures. Pure and deterministic.
 */
export function simulateGil(options: SimulateGilOptions): GilSimulation {
  const o = normalizeGilOptions(options);
  const intervalUs = Math.round(o.intervalMs * 1000);
  const threads: SimThread[] = Array.from({ length: o.threads }, (_, i) => {
    const phases = phasesFor(o);
    return {
      id: i + 1,
      phases,
      phase: 0,
      left: phases[0]!.us,
      status: "waiting",
      cpuDone: 0,
      cpuTotal: phases.filter((p) => p.kind === "cpu").reduce((s, p) => s + p.us, 0),
      waitSince: 0,
      wantSince: 0,
      savedSwitch: 0,
      segStart: 0,
    };
  });
  const timeline: GilSegment[] = [];
  const steps: Step<GilState>[] = [];
  let now = 0;
  let holder: SimThread | null = null;
  let lastHolder: SimThread | null = null;
  let switchNumber = 0;
  let switches = 0;
  let dropRequests = 0;
  let dropRequested = false;
  let truncated = false;

  const setStatus = (t: SimThread, status: GilThreadStatus) => {
    if (t.status === status) return;
    const kind = t.status === "running" ? "run" : t.status === "waiting" ? "wait" : t.status === "io" ? "io" : null;
    if (kind && now > t.segStart) timeline.push({ thread: t.id, kind, startUs: t.segStart, endUs: now });
    t.status = status;
    t.segStart = now;
  };
  const waiters = () => threads.filter((t) => t.status === "waiting").sort((a, b) => a.wantSince - b.wantSince || a.id - b.id);
  const snapshot = (sentence: string) => {
    if (steps.length >= MAX_STEPS) {
      truncated = true;
      return;
    }
    steps.push({
      sentence,
      state: {
        timeUs: now,
        holder: holder?.id ?? null,
        threads: threads.map((t) => ({ id: t.id, status: t.status, cpuDoneUs: t.cpuDone, cpuTotalUs: t.cpuTotal })),
        waiting: waiters().map((t) => t.id),
        dropRequested,
        switches,
        dropRequests,
      },
    });
  };
  /** take_gil succeeded for `t`: bumps switch_number when the holder changes, resets the drop request. */
  const take = (t: SimThread): string => {
    holder = t;
    dropRequested = false;
    setStatus(t, "running");
    if (lastHolder === t) return "";
    const previous = lastHolder;
    switchNumber++;
    lastHolder = t;
    if (!previous) return "";
    switches++;
    return ` (switch ${switches})`;
  };
  const startWaiting = (t: SimThread) => {
    setStatus(t, "waiting");
    t.waitSince = now;
    t.wantSince = now;
    t.savedSwitch = switchNumber;
  };
  /** The GIL is free: the longest-waiting thread takes it, if any. Returns a sentence fragment. */
  const handOff = (): string => {
    const next = waiters()[0];
    if (!next) return " No thread is waiting, so the GIL stays free.";
    const sw = take(next);
    return ` Thread ${next.id}, waiting since ${formatMs(next.wantSince)}, takes it${sw}.`;
  };

  // Start: thread 1 takes the GIL, the others wait for it.
  const first = threads[0]!;
  take(first);
  for (const t of threads.slice(1)) startWaiting(t);
  snapshot(
    o.threads === 1
      ? "Thread 1 starts and takes the free GIL."
      : `All ${o.threads} threads start at once. Thread 1 takes the GIL; ${threads
          .slice(1)
          .map((t) => `thread ${t.id}`)
          .join(", ")} wait${o.threads > 2 ? "" : "s"} for it, each with a timeout of one switch interval (${formatMs(intervalUs)}).`,
  );

  while (threads.some((t) => t.status !== "done")) {
    if (steps.length >= MAX_STEPS) {
      truncated = true;
      break;
    }
    const h = holder as SimThread | null;
    const cpuEnd = h ? now + h.left : Infinity;
    const io = threads.filter((t) => t.status === "io").sort((a, b) => a.left - b.left || a.id - b.id)[0];
    const ioEnd = io ? now + io.left : Infinity;
    const ws = threads.filter((t) => t.status === "waiting");
    const timer = h ? ws.map((t) => ({ t, at: t.waitSince + intervalUs })).sort((a, b) => a.at - b.at || a.t.id - b.t.id)[0] : undefined;
    const timerAt = timer ? timer.at : Infinity;
    const next = Math.min(cpuEnd, ioEnd, timerAt);
    if (next === Infinity) break; // cannot happen: someone always runs, waits on I/O or has finished
    const dt = next - now;
    if (h) {
      h.left -= dt;
      h.cpuDone += dt;
    }
    for (const t of threads) if (t.status === "io") t.left -= dt;
    now = next;

    if (h && cpuEnd === next) {
      // The holder finished a computation: it either blocks on I/O or exits; both release the GIL.
      h.phase++;
      const phase = h.phases[h.phase];
      holder = null;
      if (phase) {
        h.left = phase.us;
        setStatus(h, "io");
        snapshot(`Thread ${h.id} starts blocking I/O (${formatMs(phase.us)}) and releases the GIL around it (Py_BEGIN_ALLOW_THREADS).${handOff()}`);
      } else {
        setStatus(h, "done");
        snapshot(`Thread ${h.id} finishes its work and releases the GIL.${handOff()}`);
      }
      continue;
    }
    if (io && ioEnd === next) {
      io.phase++;
      io.left = io.phases[io.phase]!.us;
      const current = holder as SimThread | null;
      if (!current) {
        const sw = take(io);
        snapshot(`Thread ${io.id}'s I/O completes; the GIL is free, so it takes it at once${sw} to handle the result.`);
      } else {
        startWaiting(io);
        snapshot(`Thread ${io.id}'s I/O completes; it needs the GIL back to continue and waits, since thread ${current.id} holds it.`);
      }
      continue;
    }
    if (timer && h) {
      const t = timer.t;
      if (t.savedSwitch === switchNumber) {
        dropRequested = true;
        dropRequests++;
        snapshot(`Thread ${t.id} has waited a full switch interval (${formatMs(intervalUs)}) with no switch, so it sets gil_drop_request, tripping thread ${h.id}'s eval breaker.`);
        // The holder checks eval_breaker at its next bytecode boundary, drops the GIL and, with
        // FORCE_SWITCHING, waits until another thread has it; then it queues for the GIL itself.
        holder = null;
        const handed = handOff();
        startWaiting(h);
        snapshot(`Thread ${h.id} sees the request at its next eval-breaker check and drops the GIL.${handed} Thread ${h.id} now waits to get it back.`);
      } else {
        t.waitSince = now;
        t.savedSwitch = switchNumber;
        snapshot(`Thread ${t.id}'s wait timed out, but the GIL changed hands meanwhile, so it waits another interval without asking for it.`);
      }
    }
  }

  const perThread = threads.map((t) => ({ cpuUs: t.cpuTotal, totalUs: t.phases.reduce((s, p) => s + p.us, 0) }));
  const sequentialUs = perThread.reduce((s, p) => s + p.totalUs, 0);
  const multiprocessingUs = multiprocessingWallTimeUs(perThread, o.cores);
  if (!truncated) {
    snapshot(
      `All threads are done after ${formatMs(now)} of wall time, with ${switches} GIL switch${switches === 1 ? "" : "es"} (${dropRequests} forced by a drop request). As ${o.threads} separate processes on ${o.cores} core${o.cores === 1 ? "" : "s"}, the same work would take about ${formatMs(multiprocessingUs)}.`,
    );
  }
  return { options: o, steps, timeline, totalUs: now, sequentialUs, multiprocessingUs, truncated };
}
