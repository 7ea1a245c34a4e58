/**
 * A step-by-step model of CPython's asyncio event loop (`asyncio.base_events.BaseEventLoop`,
 * `asyncio.tasks.Task`, `asyncio.gather`) for the subset of Python in parse-async-program.ts.
 * It keeps what decides the order of a program's output:
 *
 * - `_run_once`: when nothing is ready the loop sleeps until the earliest timer; due timers move
 *   to the ready queue; then it runs only the callbacks that were ready when the pass began.
 * - A task's `__step` runs its coroutine until it awaits something not yet done. Creating a task
 *   (`create_task`, or `gather` wrapping a coroutine) schedules its first step with `call_soon`.
 * - `await coro()` runs the coroutine inside the same task, with no trip through the loop.
 * - `asyncio.sleep(d)` with d > 0 sets a timer (`call_later`) that completes a future; the future
 *   then schedules the task's wakeup with `call_soon` (two hops). `sleep(0)` just yields once.
 * - A finished task or future schedules each done-callback with `call_soon`: an awaiting task's
 *   wakeup, `gather`'s per-child callback (the last one completes gather's future, which then
 *   schedules its awaiting task), `run_until_complete`'s stop callback.
 * - `asyncio.run()` stops after the pass in which main's stop callback ran, then cancels the
 *   tasks still pending (they print nothing more in this subset).
 *
 * Time is virtual: the code between awaits takes no time.
 *
 * @see https://github.com/python/cpython/blob/main/Lib/asyncio/base_events.py (`_run_once`)
 * @see https://github.com/python/cpython/blob/main/Lib/asyncio/tasks.py (`Task.__step`, `gather`, `sleep`)
 */
import { AsyncProgramError, parseAsyncProgram, type AsyncCall, type AsyncExpr, type AsyncFunction, type AsyncStmt } from "./parse-async-program";
import { pyRepr, pyStr, type PyValue } from "./python-values";
import type { Step } from "./steps";

export type LoopTaskStatus = "scheduled" | "running" | "sleeping" | "waiting" | "done" | "cancelled";

export interface LoopTaskState {
  id: number;
  /** The coroutine the task wraps, as written: `worker("A", 0.2)`. */
  label: string;
  status: LoopTaskStatus;
  /** What it waits for, when waiting or sleeping. */
  detail: string;
}

export interface EventLoopState {
  /** Virtual time in seconds since asyncio.run() started. */
  time: number;
  /** The ready queue (callbacks run in this order), described in words. */
  ready: string[];
  /** Pending timers, earliest first; `when` in seconds. */
  timers: { when: number; label: string }[];
  tasks: LoopTaskState[];
  /** Everything printed so far, one entry per print() call. */
  output: string[];
  /** Source lines run in this step (1-based), to highlight. */
  lines: number[];
}

export interface EventLoopSimulation {
  steps: Step<EventLoopState>[];
  /** The program's full printed output, one line per print(). */
  output: string[];
  /** Virtual time when the loop stopped, in seconds. */
  totalSeconds: number;
}

type Value = PyValue | { kind: "task"; task: Task };

interface Frame {
  fn: AsyncFunction;
  pc: number;
  locals: Map<string, Value>;
  /** Where the value of the await this frame is suspended on (or the callee it runs) goes. */
  pendingTarget: string | null;
}

interface Task {
  id: number;
  label: string;
  frames: Frame[];
  status: LoopTaskStatus;
  detail: string;
  result: Value;
  callbacks: Callback[];
}

interface Gather {
  parent: Task;
  children: Task[];
  finished: number;
}

type Callback = { kind: "wake"; task: Task } | { kind: "gather"; gather: Gather } | { kind: "stop" };
type Handle = { kind: "step"; task: Task; value: Value; why: string } | { kind: "timer"; task: Task; delay: number } | { kind: "gather"; gather: Gather; child: Task } | { kind: "stop" };

const NONE: PyValue = { kind: "none" };
const MAX_HANDLES = 2000;
const MAX_DEPTH = 50;
/** Time is kept in µs so that 0.1 + 0.2 stays 0.3. */
const US = 1_000_000;

function seconds(us: number): string {
  return `${Number((us / US).toFixed(6))} s`;
}

/**
 * Parses and runs `source` through the model.
 * @throws AsyncProgramError for code outside the modelled subset, or a runtime error of the model
 * (an unknown name, awaiting something that is not a task), naming the line
 */
export function simulateEventLoop(source: string): EventLoopSimulation {
  const program = parseAsyncProgram(source);
  const tasks: Task[] = [];
  const ready: Handle[] = [];
  const timers: { when: number; seq: number; task: Task; delay: number }[] = [];
  const output: string[] = [];
  const steps: Step<EventLoopState>[] = [];
  let now = 0;
  let seq = 0;
  let lines: number[] = [];

  const describe = (h: Handle): string => {
    switch (h.kind) {
      case "step":
        return `step ${h.task.label}`;
      case "timer":
        return `timer: wake ${h.task.label}`;
      case "gather":
        return `gather: ${h.child.label} finished`;
      case "stop":
        return "stop the loop (main is done)";
    }
  };
  const snapshot = (sentence: string) => {
    steps.push({
      sentence,
      state: {
        time: now / US,
        ready: ready.map(describe),
        timers: [...timers].sort((a, b) => a.when - b.when || a.seq - b.seq).map((t) => ({ when: t.when / US, label: `sleep(${Number((t.delay / US).toFixed(6))}) in ${t.task.label}` })),
        tasks: tasks.map((t) => ({ id: t.id, label: t.label, status: t.status, detail: t.detail })),
        output: [...output],
        lines,
      },
    });
    lines = [];
  };

  const evaluate = (e: AsyncExpr, frame: Frame, line: number): Value => {
    switch (e.kind) {
      case "str":
      case "int":
      case "float":
      case "none":
        return e.kind === "none" ? NONE : e;
      case "name": {
        const v = frame.locals.get(e.name);
        if (!v) throw new AsyncProgramError(line, `NameError: name '${e.name}' is not defined`);
        return v;
      }
      case "fstr":
        return { kind: "str", value: e.parts.map((p) => (typeof p === "string" ? p : text(evaluate({ kind: "name", name: p.name }, frame, line), line))).join("") };
    }
  };
  const text = (v: Value, line: number): string => {
    if (v.kind === "task") throw new AsyncProgramError(line, "printing a Task object is not modelled; print its result instead");
    return pyStr(v);
  };
  const newFrame = (call: AsyncCall, caller: Frame | null, line: number): Frame => {
    const fn = program.functions.get(call.fn)!;
    const locals = new Map<string, Value>();
    fn.params.forEach((p, i) => locals.set(p, caller ? evaluate(call.args[i]!, caller, line) : (call.args[i] as PyValue)));
    return { fn, pc: 0, locals, pendingTarget: null };
  };
  const createTask = (call: AsyncCall, caller: Frame | null, line: number): Task => {
    const task: Task = { id: tasks.length + 1, label: call.text, frames: [newFrame(call, caller, line)], status: "scheduled", detail: "", result: NONE, callbacks: [] };
    tasks.push(task);
    ready.push({ kind: "step", task, value: NONE, why: "first step" });
    return task;
  };
  const schedule = (cb: Callback, task: Task) => {
    if (cb.kind === "wake") ready.push({ kind: "step", task: cb.task, value: task.result, why: `${task.label} finished` });
    else if (cb.kind === "gather") ready.push({ kind: "gather", gather: cb.gather, child: task });
    else ready.push({ kind: "stop" });
  };

  /** Runs a task's coroutine until it suspends or returns; returns what happened, in words. */
  const runTask = (task: Task, value: Value): string => {
    const events: string[] = [];
    task.status = "running";
    task.detail = "";
    let resume: Value | null = value;
    for (;;) {
      const frame = task.frames[task.frames.length - 1]!;
      if (resume !== null) {
        if (frame.pendingTarget) frame.locals.set(frame.pendingTarget, resume);
        frame.pendingTarget = null;
        resume = null;
      }
      const stmt: AsyncStmt | undefined = frame.fn.body[frame.pc++];
      if (stmt) lines.push(stmt.line);
      if (!stmt || stmt.kind === "return") {
        const result = stmt && stmt.kind === "return" && stmt.value ? evaluate(stmt.value, frame, stmt.line) : NONE;
        task.frames.pop();
        if (task.frames.length > 0) {
          events.push(`${frame.fn.name}() returns to its caller in the same task`);
          resume = result;
          continue;
        }
        task.status = "done";
        task.result = result;
        const cbs = task.callbacks;
        task.callbacks = [];
        for (const cb of cbs) schedule(cb, task);
        events.push(`returns${result.kind === "none" ? "" : ` ${result.kind === "task" ? "a task" : pyRepr(result)}`}; the task is done${cbs.length ? `, so its done-callbacks go to the ready queue (${cbs.length})` : ""}`);
        return events.join("; ");
      }
      switch (stmt.kind) {
        case "pass":
          break;
        case "print": {
          const line = stmt.args.map((a) => text(evaluate(a, frame, stmt.line), stmt.line)).join(" ");
          output.push(line);
          events.push(`prints "${line}"`);
          break;
        }
        case "assign":
          frame.locals.set(stmt.target, evaluate(stmt.value, frame, stmt.line));
          break;
        case "create_task": {
          const t = createTask(stmt.call, frame, stmt.line);
          if (stmt.target) frame.locals.set(stmt.target, { kind: "task", task: t });
          events.push(`creates a task for ${t.label}, whose first step joins the ready queue`);
          break;
        }
        case "await": {
          const what = stmt.what;
          frame.pendingTarget = stmt.target;
          if (what.kind === "sleep") {
            const d = evaluate(what.delay, frame, stmt.line);
            if (d.kind !== "int" && d.kind !== "float") throw new AsyncProgramError(stmt.line, "asyncio.sleep() needs a number of seconds");
            const delay = Math.round(Math.max(0, d.value) * US);
            if (delay === 0) {
              ready.push({ kind: "step", task, value: NONE, why: "after sleep(0)" });
              task.status = "scheduled";
              events.push("awaits asyncio.sleep(0): yields to the loop once and goes straight back to the end of the ready queue");
            } else {
              timers.push({ when: now + delay, seq: seq++, task, delay });
              task.status = "sleeping";
              task.detail = `until ${seconds(now + delay)}`;
              events.push(`awaits asyncio.sleep(${Number((delay / US).toFixed(6))}): suspends, with a timer due at ${seconds(now + delay)}`);
            }
            return events.join("; ");
          }
          if (what.kind === "call") {
            if (task.frames.length >= MAX_DEPTH) throw new AsyncProgramError(stmt.line, "RecursionError: the coroutines await each other too deeply");
            task.frames.push(newFrame(what.call, frame, stmt.line));
            events.push(`awaits ${what.call.text} directly, which runs inside this same task`);
            break;
          }
          if (what.kind === "task") {
            const v = evaluate({ kind: "name", name: what.name }, frame, stmt.line);
            if (v.kind !== "task") throw new AsyncProgramError(stmt.line, `${what.name} is not a task; await a coroutine call, a task or asyncio.sleep()`);
            if (v.task.status === "done") {
              events.push(`awaits ${what.name}, already done, so it continues at once with its result`);
              resume = v.task.result;
              break;
            }
            v.task.callbacks.push({ kind: "wake", task });
            task.status = "waiting";
            task.detail = `for ${v.task.label}`;
            events.push(`awaits the task ${v.task.label}, not done yet: suspends until it finishes`);
            return events.join("; ");
          }
          const children = what.items.map((it) => {
            if (it.kind === "call") return createTask(it.call, frame, stmt.line);
            const v = evaluate({ kind: "name", name: it.name }, frame, stmt.line);
            if (v.kind !== "task") throw new AsyncProgramError(stmt.line, `${it.name} is not a task`);
            return v.task;
          });
          const gather: Gather = { parent: task, children, finished: 0 };
          for (const c of children) {
            if (c.status === "done") ready.push({ kind: "gather", gather, child: c });
            else c.callbacks.push({ kind: "gather", gather });
          }
          task.status = "waiting";
          task.detail = `for gather(${children.map((c) => c.label).join(", ")})`;
          events.push(`awaits asyncio.gather() of ${children.length}, which wraps each coroutine in a task (queued in argument order), and suspends`);
          return events.join("; ");
        }
      }
    }
  };

  const main = createTask(program.entry, null, 0);
  main.callbacks.push({ kind: "stop" });
  snapshot(`asyncio.run() creates the event loop and a task for ${main.label}; its first step is the only thing in the ready queue.`);

  let handles = 0;
  let stopping = false;
  while (!stopping) {
    if (ready.length === 0) {
      if (timers.length === 0) {
        snapshot("Nothing is ready and no timer is pending, but main has not finished: the program would hang here.");
        break;
      }
      timers.sort((a, b) => a.when - b.when || a.seq - b.seq);
      now = timers[0]!.when;
    }
    timers.sort((a, b) => a.when - b.when || a.seq - b.seq);
    const due = timers.filter((t) => t.when <= now);
    timers.splice(0, due.length);
    for (const t of due) ready.push({ kind: "timer", task: t.task, delay: t.delay });
    if (due.length > 0) snapshot(`The loop's clock reaches ${seconds(now)}: ${due.length === 1 ? "a timer is" : `${due.length} timers are`} due and join${due.length === 1 ? "s" : ""} the ready queue.`);
    const ntodo = ready.length;
    for (let i = 0; i < ntodo; i++) {
      if (++handles > MAX_HANDLES) throw new AsyncProgramError(0, "the program runs more than 2000 loop callbacks; the visualizer stops there");
      const h = ready.shift()!;
      if (h.kind === "step") {
        const happened = runTask(h.task, h.value);
        snapshot(`${h.why === "first step" ? `The loop starts ${h.task.label}` : h.why === "after sleep(0)" ? `The loop resumes ${h.task.label} after its sleep(0)` : `The loop resumes ${h.task.label} (${h.why})`}: it ${happened}.`);
      } else if (h.kind === "timer") {
        ready.push({ kind: "step", task: h.task, value: NONE, why: `its sleep(${Number((h.delay / US).toFixed(6))}) is over` });
        h.task.status = "scheduled";
        h.task.detail = "";
        snapshot(`The timer callback completes the sleep future of ${h.task.label}, which schedules the task's wakeup at the end of the ready queue.`);
      } else if (h.kind === "gather") {
        const g = h.gather;
        g.finished++;
        if (g.finished === g.children.length) {
          g.parent.result = NONE;
          ready.push({ kind: "step", task: g.parent, value: { kind: "list", items: g.children.map((c) => c.result as PyValue) }, why: "its gather() is complete" });
          snapshot(`gather's callback sees ${h.child.label} finish, the last of ${g.children.length}: gather's future gets the results in argument order, and ${g.parent.label}'s wakeup joins the ready queue.`);
        } else {
          snapshot(`gather's callback notes that ${h.child.label} finished (${g.finished} of ${g.children.length}).`);
        }
      } else {
        stopping = true;
        snapshot("run_until_complete's callback sees main is done and asks the loop to stop after this pass.");
      }
    }
  }
  const pending = tasks.filter((t) => t.status !== "done");
  for (const t of pending) {
    t.status = "cancelled";
    t.detail = "";
  }
  ready.length = 0;
  timers.length = 0;
  snapshot(
    pending.length > 0
      ? `asyncio.run() cancels the ${pending.length === 1 ? "task" : `${pending.length} tasks`} still pending (${pending.map((t) => t.label).join(", ")}), so ${pending.length === 1 ? "it prints" : "they print"} nothing more, and closes the loop after ${seconds(now)}.`
      : `Every task is done; asyncio.run() closes the loop after ${seconds(now)}.`,
  );
  return { steps, output, totalSeconds: now / US };
}
