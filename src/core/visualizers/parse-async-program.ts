/**
 * Parses the small subset of Python the event-loop visualizer models: `async def` functions whose
 * bodies are straight-line statements (print, await asyncio.sleep, await a coroutine or a task,
 * asyncio.create_task, asyncio.gather, return), started by `asyncio.run(main())`. Anything else
 * is rejected with the line number and what is supported, so the model never guesses.
 */
import { parseStringLiteral, splitArgs } from "./python-values";

export type AsyncExpr =
  | { kind: "str"; value: string }
  | { kind: "fstr"; parts: (string | { name: string })[] }
  | { kind: "int"; value: number }
  | { kind: "float"; value: number }
  | { kind: "none" }
  | { kind: "name"; name: string };

export interface AsyncCall {
  fn: string;
  args: AsyncExpr[];
  /** The call as written, for sentences: `worker("A", 1)`. */
  text: string;
}

/** What an `await` waits on. A gather item is a coroutine call or the name of a task. */
export type AwaitTarget = { kind: "sleep"; delay: AsyncExpr } | { kind: "call"; call: AsyncCall } | { kind: "task"; name: string } | { kind: "gather"; items: ({ kind: "call"; call: AsyncCall } | { kind: "task"; name: string })[] };

export type AsyncStmt = { line: number; text: string } & (
  | { kind: "print"; args: AsyncExpr[] }
  | { kind: "await"; target: string | null; what: AwaitTarget }
  | { kind: "create_task"; target: string | null; call: AsyncCall }
  | { kind: "assign"; target: string; value: AsyncExpr }
  | { kind: "return"; value: AsyncExpr | null }
  | { kind: "pass" }
);

export interface AsyncFunction {
  name: string;
  params: string[];
  body: AsyncStmt[];
  line: number;
}

export interface AsyncProgram {
  functions: Map<string, AsyncFunction>;
  /** The coroutine passed to `asyncio.run()`. */
  entry: AsyncCall;
}

/** A parse error, with the 1-based line it is about. */
export class AsyncProgramError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "AsyncProgramError";
  }
}

const IDENT = /^[A-Za-z_]\w*$/;
const SUPPORTED = "print(…), await asyncio.sleep(…), await a coroutine or task, x = asyncio.create_task(f(…)), [x =] await asyncio.gather(…), x = value, return, pass";

function parseExpr(text: string, line: number): AsyncExpr {
  const t = text.trim();
  if (t === "None") return { kind: "none" };
  if (/^-?\d+$/.test(t)) return { kind: "int", value: Number(t) };
  if (/^-?\d*\.\d+$|^-?\d+\.\d*$/.test(t)) return { kind: "float", value: Number(t) };
  if (IDENT.test(t)) return { kind: "name", name: t };
  const fm = /^[fF](['"].*['"])$/s.exec(t);
  if (fm) {
    const body = parseStringLiteral(fm[1]!);
    if (body === null) throw new AsyncProgramError(line, `cannot read the f-string ${t}`);
    const parts: (string | { name: string })[] = [];
    const re = /\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (m.index > last) parts.push(body.slice(last, m.index));
      const name = m[1]!.trim();
      if (!IDENT.test(name)) throw new AsyncProgramError(line, `f-strings may only hold plain names in braces, not {${m[1]}}`);
      parts.push({ name });
      last = re.lastIndex;
    }
    if (last < body.length) parts.push(body.slice(last));
    return { kind: "fstr", parts };
  }
  const s = parseStringLiteral(t);
  if (s !== null) return { kind: "str", value: s };
  throw new AsyncProgramError(line, `cannot model the expression ${t}: use a string, an f-string with {names}, a number, None or a name`);
}

function parseCall(text: string, line: number): AsyncCall | null {
  const m = /^([A-Za-z_]\w*)\((.*)\)$/s.exec(text.trim());
  if (!m) return null;
  return { fn: m[1]!, args: splitArgs(m[2]!).map((a) => parseExpr(a, line)), text: text.trim() };
}

function parseAwaitTarget(text: string, line: number): AwaitTarget {
  const t = text.trim();
  const sleep = /^asyncio\.sleep\((.*)\)$/.exec(t);
  if (sleep) return { kind: "sleep", delay: parseExpr(sleep[1]!, line) };
  const gather = /^asyncio\.gather\((.*)\)$/s.exec(t);
  if (gather) {
    const items = splitArgs(gather[1]!).map((a) => {
      if (IDENT.test(a)) return { kind: "task" as const, name: a };
      const call = parseCall(a, line);
      if (!call) throw new AsyncProgramError(line, `asyncio.gather() takes coroutine calls or task names here, not ${a}`);
      return { kind: "call" as const, call };
    });
    if (items.length === 0) throw new AsyncProgramError(line, "asyncio.gather() needs at least one awaitable here");
    return { kind: "gather", items };
  }
  if (IDENT.test(t)) return { kind: "task", name: t };
  const call = parseCall(t, line);
  if (call && !call.fn.includes(".")) return { kind: "call", call };
  throw new AsyncProgramError(line, `cannot model await ${t}: await asyncio.sleep(…), asyncio.gather(…), a coroutine call or a task`);
}

function parseStatement(text: string, line: number): AsyncStmt {
  const t = text.trim();
  if (t === "pass") return { kind: "pass", line, text: t };
  const print = /^print\((.*)\)$/s.exec(t);
  if (print) return { kind: "print", args: splitArgs(print[1]!).map((a) => parseExpr(a, line)), line, text: t };
  const ret = /^return(?:\s+(.+))?$/.exec(t);
  if (ret) return { kind: "return", value: ret[1] ? parseExpr(ret[1], line) : null, line, text: t };
  const aw = /^(?:([A-Za-z_]\w*)\s*=\s*)?await\s+(.+)$/.exec(t);
  if (aw) return { kind: "await", target: aw[1] ?? null, what: parseAwaitTarget(aw[2]!, line), line, text: t };
  const ct = /^(?:([A-Za-z_]\w*)\s*=\s*)?asyncio\.create_task\((.*)\)$/.exec(t);
  if (ct) {
    const call = parseCall(ct[2]!, line);
    if (!call) throw new AsyncProgramError(line, "asyncio.create_task() takes a coroutine call here, such as create_task(worker(\"A\", 1))");
    return { kind: "create_task", target: ct[1] ?? null, call, line, text: t };
  }
  const as = /^([A-Za-z_]\w*)\s*=\s*(.+)$/.exec(t);
  if (as && !as[2]!.startsWith("=")) return { kind: "assign", target: as[1]!, value: parseExpr(as[2]!, line), line, text: t };
  throw new AsyncProgramError(line, `cannot model "${t}"; the visualizer understands ${SUPPORTED}`);
}

/**
 * Parses `source` (see the module comment for the subset).
 * @throws AsyncProgramError naming the line and what is supported
 */
export function parseAsyncProgram(source: string): AsyncProgram {
  const functions = new Map<string, AsyncFunction>();
  let entry: AsyncCall | null = null;
  let current: AsyncFunction | null = null;
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((raw, i) => {
    const line = i + 1;
    const code = raw.replace(/\s+#.*$/, "").replace(/^\s*#.*$/, "");
    if (code.trim() === "") return;
    const indented = /^\s/.test(code);
    if (indented) {
      if (!current) throw new AsyncProgramError(line, "unexpected indentation outside an async def");
      current.body.push(parseStatement(code, line));
      return;
    }
    current = null;
    const t = code.trim();
    if (t === "import asyncio") return;
    const def = /^async\s+def\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*:$/.exec(t);
    if (def) {
      const params = def[2]!.trim() === "" ? [] : def[2]!.split(",").map((p) => p.trim());
      for (const p of params) if (!IDENT.test(p)) throw new AsyncProgramError(line, `parameters must be plain names, not ${p}`);
      const fn: AsyncFunction = { name: def[1]!, params, body: [], line };
      functions.set(fn.name, fn);
      current = fn;
      return;
    }
    const run = /^asyncio\.run\((.*)\)$/.exec(t);
    if (run) {
      const call = parseCall(run[1]!, line);
      if (!call) throw new AsyncProgramError(line, "asyncio.run() takes a coroutine call, such as asyncio.run(main())");
      entry = call;
      return;
    }
    throw new AsyncProgramError(line, `at the top level the visualizer understands import asyncio, async def … and asyncio.run(main()), not "${t}"`);
  });
  if (!entry) throw new AsyncProgramError(lines.length, "the program never calls asyncio.run(main())");
  const checkCall = (call: AsyncCall, line: number) => {
    const fn = functions.get(call.fn);
    if (!fn) throw new AsyncProgramError(line, `${call.fn} is not an async def in this program`);
    if (fn.params.length !== call.args.length) throw new AsyncProgramError(line, `${call.fn}() takes ${fn.params.length} argument(s) but ${call.args.length} were given`);
  };
  for (const fn of functions.values()) {
    for (const s of fn.body) {
      if (s.kind === "create_task") checkCall(s.call, s.line);
      if (s.kind === "await" && s.what.kind === "call") checkCall(s.what.call, s.line);
      if (s.kind === "await" && s.what.kind === "gather") for (const it of s.what.items) if (it.kind === "call") checkCall(it.call, s.line);
    }
  }
  const e = entry as AsyncCall;
  checkCall(e, lines.length);
  return { functions, entry: e };
}
