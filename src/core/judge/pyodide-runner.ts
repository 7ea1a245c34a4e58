import { loadPyodide, type PyodideInterface } from "pyodide";

/** What running a snippet gave. */
export interface RunResult {
  stdout: string;
  stderr: string;
  /** The formatted traceback when the code raised, else null. */
  error: string | null;
  /** Wall time of the run, in ms. */
  durationMs: number;
}

export interface RunOptions {
  /** Seed for `random` (default 0), so runs are repeatable. */
  seed?: number;
}

/** Runs Python source and captures its output. */
export interface PythonRunner {
  run(code: string, options?: RunOptions): Promise<RunResult>;
  /** Python's version string ("3.14.2"). */
  readonly pythonVersion: string;
}

// Runs each snippet in a fresh namespace as __main__. Pyodide in Node 20 has no WebAssembly stack
// switching, so asyncio.run() cannot block; top-level `asyncio.run(coro)` calls (outside any
// function) are rewritten to `await coro` on Pyodide's event loop, which is what they mean.
const PRELUDE = `
import ast, inspect, random, sys, traceback

class _AsyncioRunToAwait(ast.NodeTransformer):
    def visit_FunctionDef(self, node): return node
    def visit_AsyncFunctionDef(self, node): return node
    def visit_Lambda(self, node): return node
    def visit_ClassDef(self, node): return node
    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        if (isinstance(f, ast.Attribute) and f.attr == "run" and isinstance(f.value, ast.Name)
                and f.value.id == "asyncio" and len(node.args) == 1 and not node.keywords):
            return ast.copy_location(ast.Await(node.args[0]), node)
        return node

async def _pyprep_run(src, seed):
    random.seed(seed)
    try:
        tree = ast.parse(src, "<example>")
        tree = ast.fix_missing_locations(_AsyncioRunToAwait().visit(tree))
        code = compile(tree, "<example>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        ns = {"__name__": "__main__", "__builtins__": __builtins__}
        result = eval(code, ns)
        if inspect.iscoroutine(result):
            await result
        return None
    except BaseException as e:
        return "".join(traceback.format_exception(e))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
`;

/**
 * A Python runner backed by one Pyodide instance (CPython in WebAssembly, from the `pyodide`
 * npm package: no download). Each run gets a fresh `__main__` namespace and a seeded `random`,
 * but shares the interpreter (imported modules, patched builtins): fit for our own trusted
 * content. Untrusted code goes to the judge, which gives every submission a fresh instance.
 * Cold start ~2–4 s.
 * @see https://pyodide.org/en/stable/usage/api/js-api.html
 */
export async function createPyodideRunner(): Promise<PythonRunner> {
  let out: string[] = [];
  let err: string[] = [];
  const decoder = new TextDecoder();
  const py: PyodideInterface = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  py.setStdout({ write: (buf: Uint8Array) => (out.push(decoder.decode(buf)), buf.length) });
  py.setStderr({ write: (buf: Uint8Array) => (err.push(decoder.decode(buf)), buf.length) });
  await py.runPythonAsync(PRELUDE);
  const runFn = py.globals.get("_pyprep_run") as (src: string, seed: number) => Promise<string | undefined>;
  const pythonVersion = (py.runPython("import sys; sys.version.split()[0]") as string) ?? "";
  let queue: Promise<unknown> = Promise.resolve();
  return {
    pythonVersion,
    run(code, options = {}) {
      // One run at a time: stdout capture is per instance.
      const task = queue.then(async () => {
        out = [];
        err = [];
        const t0 = performance.now();
        const error = await runFn(code, options.seed ?? 0);
        return { stdout: out.join(""), stderr: err.join(""), error: error ?? null, durationMs: performance.now() - t0 };
      });
      queue = task.catch(() => undefined);
      return task;
    },
  };
}
