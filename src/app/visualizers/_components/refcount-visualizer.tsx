"use client";

import { useMemo, useState } from "react";
import { REFCOUNT_PRESETS } from "../../../core/visualizers/refcount-presets";
import { traceRefcounts, type RefcountState, type RefcountTrace } from "../../../core/visualizers/trace-refcounts";
import { CodeListing } from "./code-listing";
import { SourceEditor } from "./source-editor";
import { StepPlayerFrame, useStepPlayer, useUrlState } from "./step-player";

function trace(source: string): { trace: RefcountTrace | null; error: string | null } {
  try {
    return { trace: traceRefcounts(source), error: null };
  } catch (e) {
    return { trace: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Reference counting: the snippet, line by line, with its objects drawn as a graph. */
export function RefcountVisualizer({ initial }: { initial: { preset: string; code: string | null; step: number } }) {
  const start = REFCOUNT_PRESETS.find((p) => p.id === initial.preset) ?? REFCOUNT_PRESETS[0]!;
  const [presetId, setPresetId] = useState<string | null>(initial.code === null ? start.id : null);
  const [source, setSource] = useState(initial.code ?? start.source);
  const result = useMemo(() => trace(source), [source]);
  const steps = result.trace?.steps ?? [];
  const player = useStepPlayer(Math.max(1, steps.length), initial.step);
  useUrlState(presetId ? { preset: presetId, step: player.step } : { code: source, step: player.step });
  const state = steps[player.step]?.state;
  const load = (code: string, preset: string | null) => {
    setPresetId(preset);
    setSource(code);
    player.reset();
  };

  return (
    <div className="viz-wrap">
      <SourceEditor
        presets={REFCOUNT_PRESETS}
        presetId={presetId}
        source={source}
        error={result.error}
        applyLabel="Visualize this code"
        onPreset={(id) => {
          const p = REFCOUNT_PRESETS.find((x) => x.id === id) ?? REFCOUNT_PRESETS[0]!;
          load(p.source, p.id);
        }}
        onApply={(code) => load(code, REFCOUNT_PRESETS.find((x) => x.source === code)?.id ?? null)}
      />
      {state ? (
        <StepPlayerFrame player={player} sentences={steps.map((s) => s.sentence)} label="Reference counts">
          <div className="rc-grid">
            <CodeListing source={source} highlight={state.line ? state.code.split("\n").map((_, i) => state.line + i) : []} label="Snippet, with the line just run marked" />
            <RefGraph state={state} />
          </div>
          <ul className="rc-objects" data-testid="rc-objects">
            {state.objects.map((o) => (
              <li key={o.id} className={!o.alive ? "is-freed" : o.unreachable ? "is-unreachable" : undefined}>
                <strong>{o.label}</strong>: {o.alive ? `${o.count} reference${o.count === 1 ? "" : "s"}` : "freed"}
                {o.alive && o.unreachable ? " (no name reaches it: garbage only the cycle collector can free)" : ""}
                {o.refs.length ? <span className="muted"> · holds {o.refs.map((r) => `${r.slot} → ${state.objects[r.target - 1]!.label}`).join(", ")}</span> : null}
              </li>
            ))}
          </ul>
        </StepPlayerFrame>
      ) : null}
    </div>
  );
}

const ROW = 56;
const NAME_W = 84;
const OBJ_X = 150;
const OBJ_W = 118;

/** Names on the left, objects on the right, arrows for references (SVG, scales to the width available). */
function RefGraph({ state }: { state: RefcountState }) {
  const rows = Math.max(state.names.length, state.objects.length, 1);
  const height = rows * ROW + 16;
  const objY = (id: number) => 8 + (id - 1) * ROW + ROW / 2;
  const nameY = (i: number) => 8 + i * ROW + ROW / 2;
  return (
    <svg className="rc-graph" viewBox={`0 0 340 ${height}`} role="img" aria-label={`Names and objects: ${state.names.map((n) => `${n.name} refers to ${state.objects[n.target - 1]!.label}`).join("; ") || "no names"}.`}>
      <defs>
        <marker id="rc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="rc-arrowhead" />
        </marker>
      </defs>
      {state.names.map((n, i) => (
        <g key={n.name}>
          <rect x="4" y={nameY(i) - 14} width={NAME_W} height="28" rx="6" className="rc-name" />
          <text x={4 + NAME_W / 2} y={nameY(i) + 5} textAnchor="middle" className="rc-text">
            {n.name}
          </text>
          <line x1={4 + NAME_W} y1={nameY(i)} x2={OBJ_X - 2} y2={objY(n.target)} className="rc-edge" markerEnd="url(#rc-arrow)" />
        </g>
      ))}
      {state.objects.map((o) =>
        o.refs.map((r, k) => {
          const y1 = objY(o.id) - 8 + k * 6;
          const y2 = objY(r.target) + 8;
          const bend = OBJ_X + OBJ_W + 18 + k * 10 + Math.abs(o.id - r.target) * 8;
          const d = r.target === o.id ? `M${OBJ_X + OBJ_W},${y1} C${OBJ_X + OBJ_W + 40},${y1 - 24} ${OBJ_X + OBJ_W + 40},${y1 + 30} ${OBJ_X + OBJ_W + 2},${y1 + 14}` : `M${OBJ_X + OBJ_W},${y1} C${bend},${y1} ${bend},${y2} ${OBJ_X + OBJ_W + 2},${y2}`;
          return (
            <g key={`${o.id}-${r.slot}`}>
              <path d={d} className={`rc-edge is-inner${o.alive ? "" : " is-freed"}`} markerEnd="url(#rc-arrow)" fill="none" />
            </g>
          );
        }),
      )}
      {state.objects.map((o) => (
        <g key={o.id} className={!o.alive ? "rc-obj is-freed" : o.unreachable ? "rc-obj is-unreachable" : "rc-obj"}>
          <rect x={OBJ_X} y={objY(o.id) - 22} width={OBJ_W} height="44" rx="8" />
          <text x={OBJ_X + 10} y={objY(o.id) - 4} className="rc-text">
            {o.label}
          </text>
          <text x={OBJ_X + 10} y={objY(o.id) + 14} className="rc-count">
            {o.alive ? `refcount ${o.count}` : "freed"}
          </text>
        </g>
      ))}
    </svg>
  );
}
