"use client";

import { useId, useState } from "react";
import { isPythonLoaded, normalizeOutput, runPython, type BrowserRunResult } from "./browser-python";

type State = { phase: "idle" } | { phase: "loading" } | { phase: "running" } | { phase: "done"; result: BrowserRunResult } | { phase: "failed"; message: string };

/**
 * A "Run" button for a Python code example: runs it in the browser (Pyodide, loaded from our
 * server on the first click) and shows what it printed, and whether that matches the expected
 * output when the example has one.
 */
export function RunCode({ code, expectedOutput, label = "Run" }: { code: string; expectedOutput?: string | null | undefined; label?: string }) {
  const [state, setState] = useState<State>({ phase: "idle" });
  const outputId = useId();
  const busy = state.phase === "loading" || state.phase === "running";

  async function run() {
    setState({ phase: isPythonLoaded() ? "running" : "loading" });
    try {
      const result = await runPython(code);
      setState({ phase: "done", result });
    } catch (e) {
      setState({ phase: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }

  const result = state.phase === "done" ? state.result : null;
  const matches = result && expectedOutput != null && !result.error ? normalizeOutput(result.stdout) === normalizeOutput(expectedOutput) : null;

  return (
    <div className="run-code">
      <div className="run-code-bar">
        <button type="button" className="run-code-button" onClick={run} disabled={busy} aria-describedby={state.phase === "idle" ? undefined : outputId}>
          <span aria-hidden="true">▶</span> {label}
        </button>
        <span className="run-code-status" role="status" aria-live="polite">
          {state.phase === "loading" ? (
            <>
              <span className="spinner" aria-hidden="true" /> Loading Python…
            </>
          ) : state.phase === "running" ? (
            <>
              <span className="spinner" aria-hidden="true" /> Running…
            </>
          ) : result ? (
            result.error ? (
              <span className="run-code-verdict is-bad">Raised an exception</span>
            ) : matches === true ? (
              <span className="run-code-verdict is-good">✓ Matches the expected output</span>
            ) : matches === false ? (
              <span className="run-code-verdict is-bad">✗ Differs from the expected output</span>
            ) : (
              <span className="run-code-verdict">Ran in {Math.round(result.durationMs)} ms</span>
            )
          ) : null}
        </span>
      </div>
      {state.phase === "failed" ? (
        <p className="notice notice-error run-code-error" id={outputId}>
          Python could not be loaded: {state.message}
        </p>
      ) : null}
      {result ? (
        <div className="run-code-output" id={outputId}>
          <span className="code-output-label">Your run printed</span>
          <pre className="code-output" data-testid="run-output">
            <code>{result.stdout || (result.error || result.stderr ? "" : "(nothing)")}</code>
          </pre>
          {result.stderr ? (
            <>
              <span className="code-output-label">Standard error</span>
              <pre className="code-output run-code-stderr">
                <code>{result.stderr}</code>
              </pre>
            </>
          ) : null}
          {result.error ? (
            <>
              <span className="code-output-label">Exception</span>
              <pre className="code-output run-code-stderr">
                <code>{result.error}</code>
              </pre>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
