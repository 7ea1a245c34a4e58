/**
 * Inside one worker thread of the judge process: hardens the thread's JavaScript realm, loads one
 * Pyodide instance (restored from the memory snapshot, or cold), then runs exactly one submission
 * in it and reports the result. The main thread terminates the thread afterwards, so neither the
 * instance nor the realm ever serves a second submission.
 *
 * Layers, outermost first (the permission model and empty environment of the judge process are
 * the wall under all of them):
 * - WebAssembly imports patched before instantiation: `system()` returns -1, socket syscalls
 *   fail with EACCES, `getaddrinfo` fails, and `emscripten_resize_heap` refuses growth past the
 *   memory cap (Python gets a clean MemoryError).
 * - Node network entry points poisoned in this thread (`net` and `net.Socket.prototype.connect`,
 *   which `http`, `https` and `tls` sockets go through, `tls`, `dns`), and
 *   `fetch`/`WebSocket`/`XMLHttpRequest`/`EventSource` deleted. (Other modules are not loaded in the
 *   thread at all: compiling them costs every instance ~30 ms, and loading one needs `require`.)
 * - `globalThis.require` predefined, so Pyodide never imports `child_process` or `ws` for us.
 * - Python's `js` module is a frozen object holding only `setTimeout`/`clearTimeout`; after
 *   loading, dangerous API members (`mountNodeFS`, `loadPackage`, NODEFS, …) and `process`
 *   members (`kill`, `dlopen`, `binding`, `getBuiltinModule`, …) are removed.
 * - The process runs with `--disallow-code-generation-from-strings`, so a JS object reached from
 *   Python cannot be turned into code (`constructor.constructor('return process')` throws).
 * @see https://pyodide.org/en/stable/usage/api/js-api.html
 * @see https://nodejs.org/docs/latest-v20.x/api/permissions.html
 */
import { parentPort, workerData } from "node:worker_threads";
import { syncBuiltinESMExports } from "node:module";
import { pathToFileURL } from "node:url";
import fs from "node:fs";
import os from "node:os";
import net from "node:net";
import tls from "node:tls";
import dns from "node:dns";
import type { PyodideInterface } from "pyodide";
import type { ResolvedJudgeRequest } from "./protocol";
import { STATE, PHASE, SIGINT, WASM_PAGE_BYTES } from "./thread-state";
import type { JudgeResult } from "./types";

/** What the main thread hands a new worker thread. */
export interface ThreadData {
  /** "instance": load and run one submission; "snapshot": load cold, run the harness, return a memory snapshot. */
  role: "instance" | "snapshot";
  /** Pyodide's directory, with a trailing slash. */
  pyodideDir: string;
  /** pyodide.asm.wasm compiled once by the main thread (shared, read-only), or null to compile here. */
  wasmModule: WebAssembly.Module | null;
  /** Size of pyodide.asm.wasm, in bytes: recognizes the instantiate call to serve from wasmModule. */
  wasmByteLength: number;
  /** The memory snapshot, shared read-only by convention: every reference is dropped after loading; null to load cold. */
  snapshot: SharedArrayBuffer | null;
  /** The Python harness, run when loading cold or making the snapshot. */
  harness: string;
  /** The thread's shared state (see thread-state.ts). */
  state: SharedArrayBuffer;
}

/** What the harness returns, before the main thread adds the memory figures. */
export type HarnessResult = Omit<JudgeResult, "peakMemoryBytes" | "latencyMs" | "total" | "error"> & {
  error: JudgeResult["error"] | null;
  outputExceeded: boolean;
};

/** Messages a worker thread posts to the main thread. */
export type ThreadMessage =
  | { type: "ready"; pythonVersion: string; loadMs: number }
  | { type: "snapshot"; bytes: Uint8Array; pythonVersion: string; loadMs: number }
  | { type: "result"; result: HarnessResult; jsStdout: string }
  | { type: "error"; stage: "load" | "run"; message: string };

/** Messages the main thread posts to a worker thread. */
export type MainToThreadMessage = { type: "run"; request: ResolvedJudgeRequest };

const EACCES = 2; // Emscripten's (WASI) errno numbering
const EAI_NONAME = -2;
const JS_STDOUT_KEEP = 16 * 1024;

function deny(what: string): () => never {
  return function denied(): never {
    const e = new Error(`${what} is not allowed in the judge sandbox`);
    (e as Error & { code: string }).code = "ERR_ACCESS_DENIED";
    throw e;
  };
}

function poison(target: object, names: string[], label: string): void {
  for (const name of names) {
    try {
      Object.defineProperty(target, name, { value: deny(`${label}.${name}`), writable: false, configurable: false });
    } catch {
      // A non-configurable property stays; the permission model and the patched syscalls remain.
    }
  }
}

/** Before Pyodide loads: cut the network, stop Pyodide importing child_process/ws, shim process.binding. */
function hardenRealmBeforeLoad(): void {
  const g = globalThis as Record<string, unknown>;
  for (const name of ["fetch", "WebSocket", "XMLHttpRequest", "EventSource", "WebTransport"]) {
    try {
      delete g[name];
    } catch {
      g[name] = undefined;
    }
  }
  poison(net, ["connect", "createConnection", "createServer"], "net");
  poison(net.Socket.prototype, ["connect"], "net.Socket");
  poison(net.Server.prototype, ["listen"], "net.Server");
  poison(tls, ["connect", "createServer", "createSecureContext"], "tls");
  poison(dns, ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"], "dns");
  poison(dns.promises, ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"], "dns.promises");
  syncBuiltinESMExports();

  // Pyodide's ESM loader imports child_process and ws to polyfill `require` unless one exists.
  const allowed: Record<string, unknown> = { fs, "node:fs": fs };
  g.require = (name: string): unknown => {
    if (name in allowed) return allowed[name];
    throw new Error(`require('${name}') is not allowed in the judge sandbox`);
  };

  // Pyodide's NODEFS reads process.binding('constants'), which the permission model denies.
  const constants = { fs: fs.constants, os: os.constants };
  Object.defineProperty(process, "binding", {
    value: (name: string) => {
      if (name === "constants") return constants;
      throw new Error(`process.binding('${name}') is not allowed in the judge sandbox`);
    },
    configurable: true,
    writable: true,
  });

  for (const method of ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const) {
    (console as unknown as Record<string, unknown>)[method] = () => {};
  }
}

/** After Pyodide loaded: take away what Python code could use to reach further. */
function hardenRealmAfterLoad(py: PyodideInterface): void {
  const api = py as unknown as Record<string, unknown>;
  for (const name of ["mountNodeFS", "mountNativeFS", "loadPackage", "loadPackagesFromImports", "registerJsModule", "unregisterJsModule", "pyimport", "setStdin", "setStdout", "setStderr", "runPython", "runPythonAsync", "setInterruptBuffer", "registerComlink", "makeMemorySnapshot"]) {
    try {
      api[name] = deny(`pyodide.${name}`);
    } catch {
      // ignore read-only members
    }
  }
  // Host file systems (NODEFS reads host files through node:fs), sockets and package loading are
  // reachable from Python through pyodide_js._module / ._api; take them away.
  const clear = (target: unknown, names: string[], label: string): void => {
    if (typeof target !== "object" || target === null) return;
    for (const name of names) {
      try {
        (target as Record<string, unknown>)[name] = deny(`${label}.${name}`);
      } catch {
        // ignore read-only members
      }
    }
  };
  const hostFs = ["NODEFS", "PROXYFS", "WORKERFS", "IDBFS", "NATIVEFS_ASYNC"];
  try {
    const fsys = (py.FS as unknown as { filesystems?: Record<string, unknown> }).filesystems;
    for (const name of hostFs) if (fsys) delete fsys[name];
  } catch {
    // ignore
  }
  try {
    // The shared snapshot: never reachable from Python.
    const config = (api._api as Record<string, unknown> | undefined)?.config as Record<string, unknown> | undefined;
    if (config) config._loadSnapshot = undefined;
  } catch {
    // ignore
  }
  clear(api._module, [...hostFs, "WS", "Sockets", "SOCKFS", "Browser", "loadDynamicLibrary"], "Module");
  clear(api._api, ["_nodeSock", "initializeNodeSockFS", "loadBinaryFile", "install", "packageManager", "package_loader", "rawRun", "makeSnapshot", "restoreSnapshot", "finalizeBootstrap"], "API");
  for (const name of ["kill", "dlopen", "_linkedBinding", "binding", "getBuiltinModule", "abort", "reallyExit", "_kill", "chdir", "setuid", "setgid", "seteuid", "setegid", "setgroups", "initgroups", "openStdin", "_debugProcess", "_startProfilerIdleNotifier"]) {
    try {
      Object.defineProperty(process, name, { value: deny(`process.${name}`), configurable: false, writable: false });
    } catch {
      // ignore
    }
  }
  delete (globalThis as Record<string, unknown>).require;
}

interface EmscriptenSettingsLike {
  instantiateWasm?: (imports: { env: Record<string, unknown> }, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => unknown;
}

async function loadInstance(data: ThreadData, snapshot: Uint8Array | null, state: Int32Array, memoryCap: { bytes: number }): Promise<{ py: PyodideInterface; memory: () => WebAssembly.Memory | null }> {
  const dir = data.pyodideDir;
  const pyodideModule = (await import(pathToFileURL(`${dir}pyodide.mjs`).href)) as typeof import("pyodide");
  const asm = (await import(pathToFileURL(`${dir}pyodide.asm.mjs`).href)) as { default: (settings: EmscriptenSettingsLike) => Promise<unknown> };

  let memory: WebAssembly.Memory | null = null;
  const pages = (): number => (memory ? memory.buffer.byteLength / WASM_PAGE_BYTES : 0);
  const notePeak = (): void => {
    const p = pages();
    if (p > Atomics.load(state, STATE.peakPages)) Atomics.store(state, STATE.peakPages, p);
  };

  // Growth past the cap is refused twice over: at Emscripten's resize import (flagged, so the
  // verdict is MLE) and at Memory.prototype.grow (clamped to the cap, in case anything else grows).
  const realGrow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = function grow(this: WebAssembly.Memory, delta: number): number {
    if (this === memory) {
      const maxPages = Math.floor(memoryCap.bytes / WASM_PAGE_BYTES);
      const cur = this.buffer.byteLength / WASM_PAGE_BYTES;
      if (cur + delta > maxPages) {
        if (cur >= maxPages) {
          Atomics.store(state, STATE.memoryRefused, 1);
          throw new RangeError("memory cap reached");
        }
        delta = maxPages - cur;
      }
    }
    const r = realGrow.call(this, delta);
    if (this === memory) notePeak();
    return r;
  };

  const patchImports = (env: Record<string, unknown>): void => {
    env._emscripten_system = () => -1;
    for (const name of ["__syscall_socket", "__syscall_socketpair", "__syscall_connect", "__syscall_bind", "__syscall_listen", "__syscall_accept4", "__syscall_sendto", "__syscall_sendmsg", "__syscall_recvfrom", "__syscall_recvmsg"]) {
      env[name] = () => -EACCES;
    }
    env.getaddrinfo = () => EAI_NONAME;
    env._maybe_connect_async = () => null;
    const resize = env.emscripten_resize_heap as (requested: number) => number;
    env.emscripten_resize_heap = (requested: number): number => {
      if (requested >>> 0 > memoryCap.bytes) {
        Atomics.store(state, STATE.memoryRefused, 1);
        return 0;
      }
      const ok = resize(requested);
      notePeak();
      if (!ok) Atomics.store(state, STATE.memoryRefused, 1);
      return ok;
    };
  };

  const createPyodideModule = (settings: EmscriptenSettingsLike): Promise<unknown> => {
    const instantiate = settings.instantiateWasm;
    settings.instantiateWasm = (imports, done) => {
      patchImports(imports.env);
      const capture = (instance: WebAssembly.Instance, module: WebAssembly.Module): void => {
        memory = instance.exports.memory as WebAssembly.Memory;
        notePeak();
        done(instance, module);
      };
      if (instantiate) return instantiate(imports, capture);
      throw new Error("pyodide has no instantiateWasm hook");
    };
    return asm.default(settings);
  };

  // Pyodide reads pyodide.asm.wasm (9.6 MB) only to instantiate it; the main thread compiled it
  // once, so answer that read with an empty buffer and serve the instantiate call from the module.
  const wasmPath = `${dir}pyodide.asm.wasm`;
  const realReadFile = fs.promises.readFile;
  if (data.wasmModule) {
    (fs.promises as { readFile: unknown }).readFile = function readFile(this: unknown, file: unknown, ...rest: unknown[]): Promise<unknown> {
      if (file === wasmPath) return Promise.resolve(Buffer.alloc(0));
      return (realReadFile as (...a: unknown[]) => Promise<unknown>).call(this, file, ...rest);
    };
    syncBuiltinESMExports();
  }
  const wasmApi = WebAssembly as unknown as { instantiate: (src: unknown, imports?: unknown) => Promise<unknown> };
  const realInstantiate = wasmApi.instantiate;
  if (data.wasmModule) {
    const compiled = data.wasmModule;
    wasmApi.instantiate = function instantiate(src: unknown, imports?: unknown): Promise<unknown> {
      if (ArrayBuffer.isView(src) && (src.byteLength === 0 || src.byteLength === data.wasmByteLength)) {
        return (realInstantiate.call(WebAssembly, compiled, imports) as Promise<WebAssembly.Instance>).then((instance) => ({ instance, module: compiled }));
      }
      return realInstantiate.call(WebAssembly, src, imports);
    };
  }

  const jsglobals = Object.freeze(
    Object.assign(Object.create(null) as object, {
      setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
      clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    }),
  );
  try {
    const py = await pyodideModule.loadPyodide({
      indexURL: dir,
      env: {},
      jsglobals,
      stdout: () => {},
      stderr: () => {},
      stdin: () => null,
      _sysExecutable: "python",
      createPyodideModule: createPyodideModule as never,
      ...(data.role === "snapshot" ? { _makeSnapshot: true } : {}),
      ...(snapshot ? { _loadSnapshot: snapshot } : {}),
    });
    return { py, memory: () => memory };
  } finally {
    wasmApi.instantiate = realInstantiate;
    (fs.promises as { readFile: unknown }).readFile = realReadFile;
    syncBuiltinESMExports();
  }
}

function post(message: ThreadMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 2000);
  return String(e).slice(0, 2000);
}

/** Entry of a worker thread (called by the bundle entry when not on the main thread). */
export async function runJudgeThread(): Promise<void> {
  const data = workerData as ThreadData;
  const state = new Int32Array(data.state);
  // During loading and snapshotting the cap is generous; each run sets its own.
  const memoryCap = { bytes: 1024 * 1024 * 1024 };
  const t0 = performance.now();
  hardenRealmBeforeLoad();
  // A rejection nobody handles (Pyodide internals after a stack overflow) would otherwise take
  // Node's default path, which can abort the whole process; report it as this run's crash.
  process.on("unhandledRejection", (e) => {
    post({ type: "error", stage: "run", message: describe(e) });
  });
  process.on("uncaughtException", (e) => {
    post({ type: "error", stage: "run", message: describe(e) });
  });

  // Pyodide copies the shared snapshot into the instance's memory; every reference to the shared
  // buffer is dropped before any submission code runs (workerData here, Pyodide's config in
  // hardenRealmAfterLoad), so a submission cannot write to the snapshot other instances start from.
  let snapshot = data.snapshot ? new Uint8Array(data.snapshot) : null;
  const cold = snapshot === null;
  data.snapshot = null;

  let py: PyodideInterface;
  try {
    ({ py } = await loadInstance(data, snapshot, state, memoryCap));
    snapshot = null;
    if (data.role === "snapshot" || cold) py.runPython(data.harness);
  } catch (e) {
    post({ type: "error", stage: "load", message: describe(e) });
    return;
  }
  const pythonVersion = String(py.runPython("import sys; sys.version.split()[0]"));

  if (data.role === "snapshot") {
    try {
      const bytes = py.makeMemorySnapshot();
      post({ type: "snapshot", bytes, pythonVersion, loadMs: performance.now() - t0 }, [bytes.buffer as ArrayBuffer]);
    } catch (e) {
      post({ type: "error", stage: "load", message: `snapshot: ${describe(e)}` });
    }
    return;
  }

  // JS-side output backstop: writes that bypass the harness's sys.stdout (sys.__stdout__, os.write(1)).
  let jsStdout = "";
  let jsBytes = 0;
  let outputCap = Number.POSITIVE_INFINITY;
  const decoder = new TextDecoder();
  const sink = {
    write: (buf: Uint8Array): number => {
      jsBytes += buf.length;
      if (jsBytes > outputCap) {
        Atomics.store(state, STATE.outputExceeded, 1);
        Atomics.store(state, STATE.interrupt, SIGINT);
      } else if (jsStdout.length < JS_STDOUT_KEEP) {
        jsStdout += decoder.decode(buf, { stream: true });
      }
      return buf.length;
    },
    isatty: false,
  };
  py.setStdout(sink);
  py.setStderr(sink);
  py.setStdin({ error: true });
  py.setInterruptBuffer(state.subarray(STATE.interrupt, STATE.interrupt + 1));
  const judge = py.globals.get("_pyprep_judge") as (payload: string) => Promise<string>;
  hardenRealmAfterLoad(py);

  Atomics.store(state, STATE.phase, PHASE.ready);
  post({ type: "ready", pythonVersion, loadMs: performance.now() - t0 });

  parentPort?.once("message", async (message: MainToThreadMessage) => {
    if (message?.type !== "run") return;
    const request = message.request;
    memoryCap.bytes = Math.max(request.limits.memoryBytes, 0);
    outputCap = request.limits.outputBytes;
    Atomics.store(state, STATE.phase, PHASE.running);
    try {
      const json = await judge(JSON.stringify(request));
      const result = JSON.parse(json) as HarnessResult;
      Atomics.store(state, STATE.phase, PHASE.done);
      post({ type: "result", result, jsStdout: jsStdout.slice(0, JS_STDOUT_KEEP) });
    } catch (e) {
      Atomics.store(state, STATE.phase, PHASE.done);
      post({ type: "error", stage: "run", message: describe(e) });
    }
  });
}
