/**
 * C3 linearization, the algorithm CPython uses for a class's method resolution order
 * (`mro_implementation` and `pmerge` in `Objects/typeobject.c`), recorded merge step by merge step
 * for the MRO visualizer. The page shows Python's own result beside it (run in Pyodide); this model
 * only drives the animation, and the unit tests check that it agrees with CPython.
 *
 * L[C] = C + merge(L[B1], …, L[Bn], [B1, …, Bn]); merge repeatedly takes the first head (first
 * element of a list, lists in order) that appears in no list's tail, and removes it everywhere.
 * When every head appears in some tail, Python raises TypeError.
 *
 * @see https://docs.python.org/3/howto/mro.html
 * @see https://github.com/python/cpython/blob/main/Objects/typeobject.c
 */
import type { Step } from "./steps";

/** A class statement's header: `class D(B, C):` → `{ name: "D", bases: ["B", "C"] }`. */
export interface ClassHeader {
  name: string;
  bases: string[];
  /** 1-based source line. */
  line: number;
}

export interface MroState {
  /** The class being linearized. */
  cls: string;
  /** The lists still being merged (L[B1] … L[Bn], then the bases), with taken elements removed. */
  lists: string[][];
  /** What each list is: "L[B1]" … "L[Bn]", "bases". */
  labels: string[];
  /** The linearization built so far, starting with the class itself. */
  result: string[];
  /** The head just examined, if any. */
  candidate: string | null;
  /** What happened to the candidate. */
  verdict: "start" | "take" | "skip" | "done" | "error";
  /** MROs finished so far, by class name. */
  finished: Record<string, string[]>;
}

export interface MroLinearization {
  classes: ClassHeader[];
  steps: Step<MroState>[];
  /** The MRO of each class that has one, by name. */
  mros: Record<string, string[]>;
  /** The TypeError (or NameError) Python would raise, with its message, if any; classes after it are not defined. */
  error: { cls: string; type: "TypeError" | "NameError"; message: string } | null;
}

/**
 * Reads the top-level `class` headers in `source` (bodies and other statements are skipped: Python
 * runs them, the model does not need them). Keyword arguments such as `metaclass=` are ignored.
 */
export function parseClassHeaders(source: string): ClassHeader[] {
  const out: ClassHeader[] = [];
  source
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((raw, i) => {
      const m = /^class\s+([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?\s*:/.exec(raw);
      if (!m) return;
      const bases = (m[2] ?? "")
        .split(",")
        .map((b) => b.trim())
        .filter((b) => b !== "" && !b.includes("="));
      out.push({ name: m[1]!, bases, line: i + 1 });
    });
  return out;
}

/**
 * Linearizes every class in `source` in definition order, as Python defines them, and records
 * each merge decision as a step. Stops at the first class Python would refuse.
 */
export function linearizeMro(source: string): MroLinearization {
  const classes = parseClassHeaders(source);
  const mros: Record<string, string[]> = { object: ["object"] };
  const steps: Step<MroState>[] = [];
  let labels: string[] = [];
  const push = (state: Omit<MroState, "finished" | "labels">, sentence: string) =>
    steps.push({ sentence, state: { ...state, labels: [...labels], lists: state.lists.map((l) => [...l]), result: [...state.result], finished: structuredClone(publicMros()) } });
  const publicMros = () => Object.fromEntries(Object.entries(mros).filter(([k]) => k !== "object"));
  const fmt = (l: string[]) => `[${l.join(", ")}]`;

  for (const c of classes) {
    const bases = c.bases.length > 0 ? c.bases : ["object"];
    labels = [];
    const missing = bases.find((b) => !mros[b]);
    if (missing) {
      const error = { cls: c.name, type: "NameError" as const, message: `name '${missing}' is not defined` };
      push({ cls: c.name, lists: [], result: [], candidate: null, verdict: "error" }, `class ${c.name} names ${missing}, which is not defined above it: Python raises NameError.`);
      return { classes, steps, mros: publicMros(), error };
    }
    const dup = bases.find((b, i) => bases.indexOf(b) !== i);
    if (dup) {
      const error = { cls: c.name, type: "TypeError" as const, message: `duplicate base class ${dup}` };
      push({ cls: c.name, lists: [], result: [], candidate: null, verdict: "error" }, `class ${c.name} lists ${dup} twice: Python raises TypeError: duplicate base class ${dup}.`);
      return { classes, steps, mros: publicMros(), error };
    }
    const lists = [...bases.map((b) => [...mros[b]!]), [...bases]];
    labels = [...bases.map((b) => `L[${b}]`), "bases"];
    const result = [c.name];
    push(
      { cls: c.name, lists, result, candidate: null, verdict: "start" },
      bases.length === 1 && c.bases.length === 0
        ? `class ${c.name} has no bases, so it inherits from object: L[${c.name}] = ${c.name} + merge([object], [object]).`
        : `L[${c.name}] = ${c.name} + merge(${lists.map(fmt).join(", ")}): the MROs of its bases, then the bases in order.`,
    );
    for (;;) {
      const live = lists.filter((l) => l.length > 0);
      if (live.length === 0) break;
      let taken: string | null = null;
      for (const l of live) {
        const head = l[0]!;
        const blocker = live.find((o) => o.indexOf(head) > 0);
        if (blocker) {
          push({ cls: c.name, lists, result, candidate: head, verdict: "skip" }, `Head ${head} is in the tail of ${fmt(blocker)}: something must come before it, so try the next list's head.`);
          continue;
        }
        taken = head;
        break;
      }
      if (taken === null) {
        const heads = [...new Set(live.map((l) => l[0]!))];
        const message = `Cannot create a consistent method resolution order (MRO) for bases ${heads.join(", ")}`;
        push({ cls: c.name, lists, result, candidate: null, verdict: "error" }, `Every head (${heads.join(", ")}) is in some tail: no order keeps each class before its bases and the bases in the order written. Python raises TypeError: ${message}.`);
        return { classes, steps, mros: publicMros(), error: { cls: c.name, type: "TypeError", message } };
      }
      for (const l of lists) if (l[0] === taken) l.shift();
      result.push(taken);
      push({ cls: c.name, lists, result, candidate: taken, verdict: "take" }, `Head ${taken} is in no tail: append it, giving ${fmt(result)}.`);
    }
    mros[c.name] = result;
    push({ cls: c.name, lists, result, candidate: null, verdict: "done" }, `${c.name}.__mro__ is ${result.join(" → ")}.`);
  }
  return { classes, steps, mros: publicMros(), error: null };
}
