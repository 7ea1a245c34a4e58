"use client";

import { useMemo, useState } from "react";
import { EVENT_LOOP_PRESETS, eventLoopPreset } from "../../../core/visualizers/event-loop-presets";
import { simulateEventLoop, type EventLoopSimulation, type LoopTaskStatus } from "../../../core/visualizers/simulate-event-loop";
import { CodeListing } from "./code-listing";
import { SourceEditor } from "./source-editor";
import { StepPlayerFrame, useStepPlayer, useUrlState } from "./step-player";

const STATUS_TEXT: Record<LoopTaskStatus, string> = {
  scheduled: "in the ready queue",
  running: "running",
  sleeping: "sleeping",
  waiting: "waiting",
  done: "done",
  cancelled: "cancelled",
};

function simulate(source: string): { sim: EventLoopSimulation | null; error: string | null } {
  try {
    return { sim: simulateEventLoop(source), error: null };
  } catch (e) {
    return { sim: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The asyncio event loop: a program (preset or edited), its ready queue, timers, tasks and output per step. */
export function EventLoopVisualizer({ initial }: { initial: { preset: string; code: string | null; step: number } }) {
  const [presetId, setPresetId] = useState<string | null>(initial.code === null ? eventLoopPreset(initial.preset).id : null);
  const [source, setSource] = useState(initial.code ?? eventLoopPreset(initial.preset).source);
  const { sim, error } = useMemo(() => simulate(source), [source]);
  const steps = sim?.steps ?? [];
  const player = useStepPlayer(Math.max(steps.length, 1), initial.step);
  useUrlState(presetId ? { preset: presetId, step: player.step } : { code: source, step: player.step });
  const state = steps[player.step]?.state;

  return (
    <div className="viz-wrap">
      <SourceEditor
        presets={EVENT_LOOP_PRESETS}
        presetId={presetId}
        source={source}
        error={error}
        applyLabel="Visualize this code"
        onPreset={(id) => {
          const p = eventLoopPreset(id);
          setPresetId(p.id);
          setSource(p.source);
          player.reset();
        }}
        onApply={(code) => {
          const p = EVENT_LOOP_PRESETS.find((x) => x.source === code);
          setPresetId(p ? p.id : null);
          setSource(code);
          player.reset();
        }}
      />
      {presetId ? <p className="viz-lesson">{eventLoopPreset(presetId).lesson}</p> : null}
      {sim && state ? (
        <StepPlayerFrame player={player} sentences={steps.map((s) => s.sentence)} label="asyncio event loop">
          <p className="loop-clock">
            Loop clock: <strong>{Number(state.time.toFixed(6))} s</strong>
          </p>
          <div className="loop-grid">
            <CodeListing source={source} highlight={state.lines} label="Program, with the lines run in this step marked" />
            <div className="loop-panel">
              <h3>Ready queue</h3>
              {state.ready.length ? (
                <ol className="loop-queue" data-testid="loop-ready">
                  {state.ready.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ol>
              ) : (
                <p className="muted">empty</p>
              )}
              <h3>Timers</h3>
              {state.timers.length ? (
                <ul className="loop-queue">
                  {state.timers.map((t, i) => (
                    <li key={i}>
                      at {t.when} s: {t.label}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">none</p>
              )}
              <h3>Tasks</h3>
              <ul className="loop-tasks">
                {state.tasks.map((t) => (
                  <li key={t.id} className={`loop-task is-${t.status}`}>
                    <code>{t.label}</code> <span className={`loop-status is-${t.status}`}>{STATUS_TEXT[t.status]}</span>
                    {t.detail ? <span className="muted"> {t.detail}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <h3>Output</h3>
          <pre className="code-output loop-output" data-testid="loop-output">
            <code>{state.output.length ? state.output.join("\n") : "(nothing yet)"}</code>
          </pre>
        </StepPlayerFrame>
      ) : null}
    </div>
  );
}
