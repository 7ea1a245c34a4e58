/**
 * Python in the browser: one Pyodide instance per page, loaded on first use from our own server
 * (/pyodide/, see app/pyodide/[file]/route.ts), never from a CDN. Runs trusted snippets (the
 * question bank's code examples) the way `pyprep content check` runs them in Node, so the
 * printed output can be compared with the file's: fresh `__main__` namespace, `random` seeded
 * with 0, top-level `asyncio.run(x)` rewritten to `await x`.
 */
import type { PyodideInterface } from "pyodide";
import { EXAMPLE_PRELUDE_PY as PRELUDE, normalizeOutput } from "../../core/content/example-prelude";

export const PYODIDE_INDEX_URL = "/pyodide/";

/** What running a snippet gave. */
export interface BrowserRunResult {
  stdout: string;
  stderr: string;
  /** The formatted traceback when the code raised, else null. */
  error: string | null;
  durationMs: number;
}


interface Runner {
  run(code: string): Promise<BrowserRunResult>;
}

let runnerPromise: Promise<Runner> | null = null;

async function createRunner(): Promise<Runner> {
  const url = `${PYODIDE_INDEX_URL}pyodide.mjs`;
  // Loaded at run time from our server, not bundled: Pyodide finds its .wasm and stdlib next to it.
  const mod = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as typeof import("pyodide");
  // enableRunUntilComplete: false, as in Node: without it, Chromium's stack switching (JSPI) lets a
  // nested asyncio.run() succeed where CPython raises, and an example's output would differ.
  const py: PyodideInterface = await mod.loadPyodide({ indexURL: PYODIDE_INDEX_URL, enableRunUntilComplete: false, stdout: () => {}, stderr: () => {} });
  let out: string[] = [];
  let err: string[] = [];
  const outDecoder = new TextDecoder();
  const errDecoder = new TextDecoder();
  // Raw writes (not line-batched) keep the output byte for byte, `print(..., end="")` included.
  py.setStdout({ write: (buf: Uint8Array) => (out.push(outDecoder.decode(buf, { stream: true })), buf.length) });
  py.setStderr({ write: (buf: Uint8Array) => (err.push(errDecoder.decode(buf, { stream: true })), buf.length) });
  // input() raises EOFError instead of opening the browser's prompt().
  py.setStdin({ error: true });
  await py.runPythonAsync(PRELUDE);
  const runFn = py.globals.get("_pyprep_run") as (src: string, seed: number) => Promise<string | undefined>;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(code) {
      // One run at a time: output capture is per instance.
      const task = queue.then(async () => {
        out = [];
        err = [];
        const t0 = performance.now();
        const error = await runFn(code, 0);
        return { stdout: out.join(""), stderr: err.join(""), error: error ?? null, durationMs: performance.now() - t0 };
      });
      queue = task.catch(() => undefined);
      return task;
    },
  };
}

let loaded = false;

/** True once Pyodide is loaded (a run then starts at once). */
export function isPythonLoaded(): boolean {
  return loaded;
}

/** Runs `code` in the page's Pyodide, loading it first if needed (~10 MB, a few seconds). */
export async function runPython(code: string): Promise<BrowserRunResult> {
  runnerPromise ??= createRunner().then(
    (r) => {
      loaded = true;
      return r;
    },
    (e: unknown) => {
      runnerPromise = null;
      throw e;
    },
  );
  return (await runnerPromise).run(code);
}

export { normalizeOutput };
