/**
 * A line-by-line model of CPython's reference counting and its cycle collector for small
 * snippets: names and containers hold references to objects; an object whose count drops to
 * zero is freed at once (and drops the references it held); objects that only reference each
 * other keep non-zero counts after every name is gone, until the cycle collector
 * (`gc.collect()`) finds them unreachable.
 *
 * The counts are the references from the snippet's names and containers. CPython's real
 * `ob_refcnt` for these objects is the same number (the unit tests read it with ctypes after each
 * line); `sys.getrefcount(x)` shows one more, for its own argument.
 *
 * Subset (one statement per line): `x = []`, `x = {}`, `x = Node()` (after `class Node:`),
 * `x = [a, b]`, `x = y`, `x = None`, `x.append(y)`, `x.attr = y`, `x["key"] = y`, `del x`,
 * `gc.collect()`, `import gc` / `import sys`.
 *
 * @see https://docs.python.org/3/c-api/refcounting.html
 * @see https://devguide.python.org/internals/garbage-collector/
 */
import { parseStringLiteral, splitArgs } from "./python-values";
import type { Step } from "./steps";

export type RefObjectKind = "list" | "dict" | "Node";

export interface RefObjectState {
  id: number;
  kind: RefObjectKind;
  /** "list #1", "Node #2". */
  label: string;
  /** References from names and containers. */
  count: number;
  alive: boolean;
  /** References this object holds: slot ("[0]", ".partner", "['k']") → object id. */
  refs: { slot: string; target: number }[];
  /** Alive but reachable from no name: only the cycle collector can free it. */
  unreachable: boolean;
}

export interface RefcountState {
  /** The statement run in this step ("" for the start). */
  code: string;
  /** 1-based line of the statement. */
  line: number;
  /** Names bound to objects (names bound to None are left out). */
  names: { name: string; target: number }[];
  objects: RefObjectState[];
  /** Objects created by this statement and the name first bound to them (used to check against CPython). */
  created: { id: number; name: string }[];
}

export interface RefcountTrace {
  steps: Step<RefcountState>[];
}

/** A statement outside the modelled subset. */
export class RefcountProgramError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "RefcountProgramError";
  }
}

interface Obj {
  id: number;
  kind: RefObjectKind;
  alive: boolean;
  refs: Map<string, number>;
}

const NAME = "[A-Za-z_]\\w*";
const SUBSET = "x = [], x = {}, x = Node(), x = [a, b], x = y, x = None, x.append(y), x.attr = y, x['key'] = y, del x, gc.collect()";

/**
 * Runs the snippet through the model, one step per statement.
 * @throws RefcountProgramError for a statement outside the subset or an unknown name
 */
export function traceRefcounts(source: string): RefcountTrace {
  const objects: Obj[] = [];
  const names = new Map<string, number | null>();
  const steps: Step<RefcountState>[] = [];
  let hasNode = false;

  const label = (id: number) => `${objects[id - 1]!.kind} #${id}`;
  const counts = () => {
    const c = new Map<number, number>();
    for (const o of objects) if (o.alive) c.set(o.id, 0);
    for (const t of names.values()) if (t !== null) c.set(t, (c.get(t) ?? 0) + 1);
    for (const o of objects) if (o.alive) for (const t of o.refs.values()) c.set(t, (c.get(t) ?? 0) + 1);
    return c;
  };
  const reachable = () => {
    const seen = new Set<number>();
    const stack = [...names.values()].filter((t): t is number => t !== null);
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...objects[id - 1]!.refs.values());
    }
    return seen;
  };
  const snapshot = (code: string, line: number, created: { id: number; name: string }[], sentence: string) => {
    const c = counts();
    const reach = reachable();
    steps.push({
      sentence,
      state: {
        code,
        line,
        names: [...names].filter((e): e is [string, number] => e[1] !== null).map(([name, target]) => ({ name, target })),
        objects: objects.map((o) => ({ id: o.id, kind: o.kind, label: label(o.id), count: o.alive ? (c.get(o.id) ?? 0) : 0, alive: o.alive, refs: [...o.refs].map(([slot, target]) => ({ slot, target })), unreachable: o.alive && !reach.has(o.id) })),
        created,
      },
    });
  };
  /** Frees every object whose count is zero, repeatedly (a freed container drops its references). */
  const freeZeroes = (): string[] => {
    const notes: string[] = [];
    for (;;) {
      const c = counts();
      const dead = objects.filter((o) => o.alive && (c.get(o.id) ?? 0) === 0);
      if (dead.length === 0) return notes;
      for (const o of dead) {
        o.alive = false;
        const held = [...o.refs.values()];
        o.refs.clear();
        notes.push(`${label(o.id)} drops to 0 and is freed at once${held.length ? `, releasing its references to ${[...new Set(held)].map(label).join(", ")}` : ""}`);
      }
    }
  };
  const target = (name: string, line: number): number => {
    if (!names.has(name)) throw new RefcountProgramError(line, `NameError: name '${name}' is not defined`);
    const t = names.get(name)!;
    if (t === null) throw new RefcountProgramError(line, `${name} is None here; the model only follows lists, dicts and Node objects`);
    return t;
  };
  const valueOf = (text: string, line: number): number | null => {
    const t = text.trim();
    if (t === "None") return null;
    if (new RegExp(`^${NAME}$`).test(t)) return target(t, line);
    throw new RefcountProgramError(line, `the model stores names or None in containers, not ${t}`);
  };
  const create = (kind: RefObjectKind): Obj => {
    const o: Obj = { id: objects.length + 1, kind, alive: true, refs: new Map() };
    objects.push(o);
    return o;
  };
  const change = (before: Map<number, number>, skip: Set<number> = new Set()) => {
    const after = counts();
    const parts: string[] = [];
    for (const [id, n] of before) {
      if (skip.has(id)) continue;
      const m = after.get(id) ?? 0;
      if (m !== n && objects[id - 1]!.alive) parts.push(`${label(id)} ${n} → ${m}`);
    }
    return parts;
  };

  /** Says so when this statement left objects alive that no name reaches (a cycle only gc can free). */
  const cycleNote = (wasUnreachable: Set<number>): string => {
    const reach = reachable();
    const c = counts();
    const stranded = objects.filter((o) => o.alive && !reach.has(o.id));
    if (stranded.length === 0 || stranded.every((o) => wasUnreachable.has(o.id))) return "";
    const one = stranded.length === 1;
    return ` No name reaches ${stranded.map((o) => label(o.id)).join(" and ")} any more, yet ${one ? "its count stays" : "their counts stay"} above zero (${stranded.map((o) => `${label(o.id)}: ${c.get(o.id)}`).join(", ")}) because of references inside the cycle: reference counting alone will never free ${one ? "it" : "them"}.`;
  };
  const unreachableNow = () => {
    const reach = reachable();
    return new Set(objects.filter((o) => o.alive && !reach.has(o.id)).map((o) => o.id));
  };

  snapshot("", 0, [], "Nothing has run yet: no names, no objects.");
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    const code = raw.replace(/\s+#.*$/, "").replace(/^\s*#.*$/, "").trimEnd();
    if (code.trim() === "") continue;
    if (/^\s/.test(code)) throw new RefcountProgramError(line, "unexpected indentation (only `class Node:` may have an indented body)");
    const before = counts();
    const wasUnreachable = unreachableNow();
    let m: RegExpExecArray | null;
    if (code === "import gc" || code === "import sys") continue;
    if ((m = /^class\s+Node\s*:\s*(pass)?$/.exec(code))) {
      let block = code;
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!)) block += `\n${lines[++i]!}`;
      if (!m[1] && block === code) throw new RefcountProgramError(line, "class Node: needs a body, such as an indented pass");
      hasNode = true;
      snapshot(block, line, [], "class Node defines the class of the objects below. The class itself is not drawn.");
      continue;
    }
    if ((m = new RegExp(`^(${NAME})\\s*=\\s*(\\[\\]|\\{\\}|Node\\(\\))$`).exec(code))) {
      const kind: RefObjectKind = m[2] === "[]" ? "list" : m[2] === "{}" ? "dict" : "Node";
      if (kind === "Node" && !hasNode) throw new RefcountProgramError(line, "define class Node before creating one");
      const old = names.get(m[1]!) ?? null;
      const o = create(kind);
      names.set(m[1]!, o.id);
      const freed = freeZeroes();
      const lost = old !== null && objects[old - 1]!.alive ? ` ${label(old)} loses the reference from ${m[1]} (${before.get(old)} → ${counts().get(old)}).` : "";
      snapshot(code, line, [{ id: o.id, name: m[1]! }], `${code} creates ${label(o.id)} and binds the name ${m[1]} to it: count 1.${lost}${freed.length ? ` ${freed.join("; ")}.` : ""}${cycleNote(wasUnreachable)}`);
      continue;
    }
    if ((m = new RegExp(`^(${NAME})\\s*=\\s*\\[(.+)\\]$`).exec(code))) {
      const items = splitArgs(m[2]!).map((a) => valueOf(a, line));
      const o = create("list");
      items.forEach((t, k) => t !== null && o.refs.set(`[${k}]`, t));
      names.set(m[1]!, o.id);
      const parts = change(before);
      const freed = freeZeroes();
      snapshot(code, line, [{ id: o.id, name: m[1]! }], `${code} creates ${label(o.id)} (count 1, from ${m[1]}) holding references to its items: ${parts.join(", ") || "no counts change"}.${freed.length ? ` ${freed.join("; ")}.` : ""}${cycleNote(wasUnreachable)}`);
      continue;
    }
    if ((m = new RegExp(`^(${NAME})\\s*=\\s*(${NAME})$`).exec(code))) {
      const t = valueOf(m[2]!, line);
      names.set(m[1]!, t);
      const parts = change(before);
      const freed = freeZeroes();
      const what = t === null ? `binds ${m[1]} to None` : `binds ${m[1]} to the same ${label(t)}, no copy`;
      snapshot(code, line, [], `${code} ${what}: ${parts.join(", ") || "no count changes"}.${freed.length ? ` ${freed.join("; ")}.` : ""}${cycleNote(wasUnreachable)}`);
      continue;
    }
    if ((m = new RegExp(`^(${NAME})\\.append\\((.+)\\)$`).exec(code))) {
      const list = target(m[1]!, line);
      if (objects[list - 1]!.kind !== "list") throw new RefcountProgramError(line, `${m[1]} is not a list`);
      const t = valueOf(m[2]!, line);
      if (t === null) throw new RefcountProgramError(line, "append a name, not None, so there is something to draw");
      const o = objects[list - 1]!;
      o.refs.set(`[${o.refs.size}]`, t);
      snapshot(code, line, [], `${code} stores a reference to ${label(t)} inside ${label(list)}: ${change(before).join(", ")}.${t === list ? " The list now contains itself: a cycle." : ""}${cycleNote(wasUnreachable)}`);
      continue;
    }
    if ((m = new RegExp(`^(${NAME})(?:\\.(${NAME})|\\[(.+)\\])\\s*=\\s*(.+)$`).exec(code))) {
      const owner = target(m[1]!, line);
      const o = objects[owner - 1]!;
      let slot: string;
      if (m[2]) {
        if (o.kind !== "Node") throw new RefcountProgramError(line, `only Node objects take attributes here; ${m[1]} is a ${o.kind}`);
        slot = `.${m[2]}`;
      } else {
        const key = parseStringLiteral(m[3]!.trim());
        if (o.kind !== "dict" || key === null) throw new RefcountProgramError(line, `use d["key"] = value on a dict`);
        slot = `['${key}']`;
      }
      const t = valueOf(m[4]!, line);
      if (t === null) o.refs.delete(slot);
      else o.refs.set(slot, t);
      const parts = change(before);
      const freed = freeZeroes();
      const what = t === null ? `sets ${m[1]}${slot} to None` : `stores a reference to ${label(t)} in ${label(owner)}`;
      snapshot(code, line, [], `${code} ${what}: ${parts.join(", ") || "no count changes"}.${freed.length ? ` ${freed.join("; ")}.` : ""}${cycleNote(wasUnreachable)}`);
      continue;
    }
    if ((m = new RegExp(`^del\\s+(${NAME})$`).exec(code))) {
      if (!names.has(m[1]!)) throw new RefcountProgramError(line, `NameError: name '${m[1]}' is not defined`);
      names.delete(m[1]!);
      const parts = change(before);
      const freed = freeZeroes();
      snapshot(code, line, [], `${code} removes the name ${m[1]}, not the object: ${parts.join(", ") || "no count changes"}.${freed.length ? ` ${freed.join("; ")}.` : ""}${cycleNote(wasUnreachable)}`);
      continue;
    }
    if (code === "gc.collect()") {
      const reach = reachable();
      const garbage = objects.filter((o) => o.alive && !reach.has(o.id));
      for (const o of garbage) {
        o.alive = false;
        o.refs.clear();
      }
      snapshot(
        code,
        line,
        [],
        garbage.length
          ? `gc.collect() runs the cycle collector: it finds ${garbage.map((o) => label(o.id)).join(", ")} unreachable from any name (every reference to ${garbage.length === 1 ? "it comes from itself" : "them comes from inside the group"}) and frees ${garbage.length === 1 ? "it" : "them"}.`
          : "gc.collect() runs the cycle collector: every object is still reachable from a name, so nothing is freed.",
      );
      continue;
    }
    throw new RefcountProgramError(line, `cannot model "${code.trim()}"; the visualizer understands ${SUBSET}`);
  }
  return { steps };
}
