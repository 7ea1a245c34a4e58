/**
 * The small shared memory between the judge process's main thread and one worker thread: an
 * Int32Array over a SharedArrayBuffer, one per thread (never shared between threads, so a
 * submission can only scribble on its own). Its first slot is Pyodide's interrupt buffer.
 * The main thread reads it after killing a thread to tell TLE, MLE and OLE apart.
 */

/** Slot indexes of the shared Int32Array. */
export const STATE = {
  /** Pyodide's interrupt buffer: the main thread stores 2 (SIGINT) at the time limit. */
  interrupt: 0,
  /** 1 once a memory growth past the cap was refused. */
  memoryRefused: 1,
  /** Largest linear memory seen, in 64 KiB pages. */
  peakPages: 2,
  /** 1 once the output cap was passed (JS-side backstop; Python raises before that). */
  outputExceeded: 3,
  /** Phase of the thread: see PHASE. */
  phase: 4,
} as const;

/** Values of the phase slot. */
export const PHASE = { loading: 0, ready: 1, running: 2, done: 3 } as const;

/** Slots in the shared array. */
export const STATE_SLOTS = 8;

/** Size of a WebAssembly page, in bytes. */
export const WASM_PAGE_BYTES = 65_536;

/** Pyodide's interrupt value for SIGINT (raises KeyboardInterrupt in Python). */
export const SIGINT = 2;
