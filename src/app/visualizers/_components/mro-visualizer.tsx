"use client";

import { useMemo, useState } from "react";
import { linearizeMro } from "../../../core/visualizers/linearize-mro";
import { MRO_PRESETS } from "../../../core/visualizers/mro-presets";
import { isPythonLoaded, runPython } from "../../components/browser-python";
import { SourceEditor } from "./source-editor";
import { StepPlayerFrame, useStepPlayer, useUrlState } from "./step-player";

type PythonResult = { phase: "idle" } | { phase: "loading" | "running" } | { phase: "done"; mros: Record<string, string[]> } | { phase: "raised"; error: string } | { phase: "failed"; message: string };

/**
 * Runs the class definitions in Pyodide and reads each class's __mro__, or Python's own exception
 * (its last traceback line, e.g. the TypeError for an inconsistent hierarchy).
 */
async function pythonMros(source: string): Promise<PythonResult> {
  // The source travels as a JSON string literal, which Python reads as the same string.
  const probe = `import json
_src = ${JSON.stringify(source)}
_ns = {"__name__": "visualizer"}
try:
    exec(_src, _ns)
except Exception as _e:
    print(json.dumps({"error": f"{type(_e).__name__}: {_e}"}))
else:
    print(json.dumps({"mros": {k: [c.__name__ for c in v.__mro__] for k, v in _ns.items() if isinstance(v, type)}}))
`;
  const r = await runPython(probe);
  if (r.error) return { phase: "raised", error: r.error.trim().split("\n").at(-1) ?? r.error };
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  const parsed = JSON.parse(last) as { mros: Record<string, string[]> } | { error: string };
  return "error" in parsed ? { phase: "raised", error: parsed.error } : { phase: "done", mros: parsed.mros };
}

function sameMros(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k]!.join() === b[k]!.join());
}

/** The MRO visualizer: class definitions, the C3 merge step by step, and Python's own answer. */
export function MroVisualizer({ initial }: { initial: { preset: string; code: string | null; step: number } }) {
  const start = MRO_PRESETS.find((p) => p.id === initial.preset) ?? MRO_PRESETS[0]!;
  const [presetId, setPresetId] = useState<string | null>(initial.code === null ? start.id : null);
  const [source, setSource] = useState(initial.code ?? start.source);
  const [python, setPython] = useState<PythonResult>({ phase: "idle" });
  const model = useMemo(() => linearizeMro(source), [source]);
  const player = useStepPlayer(Math.max(1, model.steps.length), initial.step);
  useUrlState(presetId ? { preset: presetId, step: player.step } : { code: source, step: player.step });
  const step = model.steps[player.step];

  async function askPython(code: string) {
    setPython({ phase: isPythonLoaded() ? "running" : "loading" });
    try {
      setPython(await pythonMros(code));
    } catch (e) {
      setPython({ phase: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }
  const load = (code: string, preset: string | null) => {
    setPresetId(preset);
    setSource(code);
    setPython({ phase: "idle" });
    player.reset();
  };

  const modelMatches = python.phase === "done" ? model.error === null && sameMros(python.mros, model.mros) : python.phase === "raised" ? model.error !== null && python.error.replace(/\s+/g, " ") === `${model.error.type}: ${model.error.message}` : null;

  return (
    <div className="viz-wrap">
      <SourceEditor
        presets={MRO_PRESETS}
        presetId={presetId}
        source={source}
        error={null}
        applyLabel="Compute the MRO"
        onPreset={(id) => {
          const p = MRO_PRESETS.find((x) => x.id === id) ?? MRO_PRESETS[0]!;
          load(p.source, p.id);
        }}
        onApply={(code) => {
          load(code, MRO_PRESETS.find((x) => x.source === code)?.id ?? null);
          void askPython(code);
        }}
      />

      <section className="mro-python" aria-labelledby="mro-python-title">
        <h2 id="mro-python-title">What Python says</h2>
        <p>
          <button type="button" onClick={() => void askPython(source)} disabled={python.phase === "loading" || python.phase === "running"}>
            Run in Python
          </button>{" "}
          <span className="muted">Runs your classes in Python ({"Pyodide"}, in this browser) and reads each class&apos;s __mro__.</span>
        </p>
        <div role="status" aria-live="polite" data-testid="mro-python">
          {python.phase === "loading" ? (
            <p>
              <span className="spinner" aria-hidden="true" /> Loading Python…
            </p>
          ) : python.phase === "running" ? (
            <p>
              <span className="spinner" aria-hidden="true" /> Running…
            </p>
          ) : python.phase === "failed" ? (
            <p className="notice notice-error">Python could not be loaded: {python.message}</p>
          ) : python.phase === "raised" ? (
            <pre className="code-output mro-error">
              <code>{python.error}</code>
            </pre>
          ) : python.phase === "done" ? (
            <ul className="mro-list">
              {Object.entries(python.mros).map(([cls, mro]) => (
                <li key={cls}>
                  <code>{cls}.__mro__</code>: {mro.join(" → ")}
                </li>
              ))}
            </ul>
          ) : null}
          {modelMatches === true ? <p className="run-code-verdict is-good">✓ The step-by-step merge below reaches the same result.</p> : modelMatches === false ? <p className="run-code-verdict is-bad">The step-by-step model differs from Python here; trust Python&apos;s answer above.</p> : null}
        </div>
      </section>

      {step ? (
        <StepPlayerFrame player={player} sentences={model.steps.map((s) => s.sentence)} label="C3 linearization">
          <p className="mro-formula">
            Linearizing <strong>{step.state.cls}</strong>
          </p>
          <div className="mro-merge" aria-label="Lists being merged">
            {step.state.lists.map((l, i) => (
              <ol key={i} className="mro-row" aria-label={step.state.labels[i]}>
                <li className="mro-row-label" aria-hidden="true">
                  {step.state.labels[i]}
                </li>
                {l.length === 0 ? <li className="mro-chip is-empty">(empty)</li> : null}
                {l.map((c, j) => (
                  <li key={j} className={`mro-chip${j === 0 ? " is-head" : ""}${c === step.state.candidate && j === 0 ? ` is-${step.state.verdict}` : ""}`}>
                    {c}
                  </li>
                ))}
              </ol>
            ))}
          </div>
          <p className="mro-result">
            Result so far:{" "}
            <span className="mro-row-inline">
              {step.state.result.map((c, i) => (
                <span key={i} className={`mro-chip${c === step.state.candidate && step.state.verdict === "take" && i === step.state.result.length - 1 ? " is-take" : ""}`}>
                  {c}
                </span>
              ))}
            </span>
          </p>
          {Object.keys(step.state.finished).length ? (
            <ul className="mro-list muted">
              {Object.entries(step.state.finished).map(([cls, mro]) => (
                <li key={cls}>
                  L[{cls}] = {mro.join(", ")}
                </li>
              ))}
            </ul>
          ) : null}
        </StepPlayerFrame>
      ) : (
        <p className="muted">No class statements found.</p>
      )}
    </div>
  );
}
