import { loadPyodide, type PyodideInterface } from "pyodide";
import { EXAMPLE_PRELUDE_PY } from "../content/example-prelude";

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
  await py.runPythonAsync(EXAMPLE_PRELUDE_PY);
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
