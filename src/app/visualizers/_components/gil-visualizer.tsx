"use client";

import { useId, useMemo, useState } from "react";
import { formatMs, simulateGil, type GilSegment, type GilThreadStatus, type GilWorkload } from "../../../core/visualizers/simulate-gil";
import { StepPlayerFrame, useStepPlayer, useUrlState } from "./step-player";

export interface GilParams {
  threads: number;
  kind: GilWorkload;
  interval: number;
  cores: number;
  step: number;
}

const STATUS_TEXT: Record<GilThreadStatus, string> = {
  running: "running bytecode",
  waiting: "waiting for the GIL",
  io: "blocked on I/O (GIL released)",
  done: "done",
};

/** The GIL scheduler: parameters, the threads' states and timelines, and the comparison with processes. */
export function GilVisualizer({ initial }: { initial: GilParams }) {
  const id = useId();
  const [threads, setThreads] = useState(initial.threads);
  const [kind, setKind] = useState<GilWorkload>(initial.kind);
  const [interval, setIntervalMs] = useState(initial.interval);
  const [cores, setCores] = useState(initial.cores);
  const sim = useMemo(() => simulateGil({ threads, kind, intervalMs: interval, cores }), [threads, kind, interval, cores]);
  const player = useStepPlayer(sim.steps.length, initial.step);
  useUrlState({ threads, kind, interval, cores, step: player.step });
  const state = sim.steps[player.step]!.state;
  const total = Math.max(sim.totalUs, 1);
  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    player.reset();
  };

  return (
    <div className="viz-wrap">
      <fieldset className="viz-params">
        <legend>Scenario</legend>
        <div className="viz-field">
          <label htmlFor={`${id}-threads`}>Threads</label>
          <select id={`${id}-threads`} value={threads} onChange={(e) => change(setThreads)(Number(e.target.value))}>
            {[2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="viz-field">
          <label htmlFor={`${id}-kind`}>Work</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => change(setKind)(e.target.value as GilWorkload)}>
            <option value="cpu">CPU-bound (20 ms of bytecode each)</option>
            <option value="io">I/O-bound (3 × 10 ms I/O, 1 ms CPU around each)</option>
          </select>
        </div>
        <div className="viz-field">
          <label htmlFor={`${id}-interval`}>Switch interval (ms)</label>
          <input id={`${id}-interval`} type="number" min={1} max={50} step={1} value={interval} onChange={(e) => Number(e.target.value) >= 1 && change(setIntervalMs)(Math.min(50, Number(e.target.value)))} />
        </div>
        <div className="viz-field">
          <label htmlFor={`${id}-cores`}>Cores for processes</label>
          <input id={`${id}-cores`} type="number" min={1} max={16} step={1} value={cores} onChange={(e) => Number(e.target.value) >= 1 && change(setCores)(Math.min(16, Math.round(Number(e.target.value))))} />
        </div>
      </fieldset>

      <StepPlayerFrame player={player} sentences={sim.steps.map((s) => s.sentence)} label="GIL scheduler">
        <div className="gil-head">
          <p className={state.holder ? "gil-lock is-held" : "gil-lock"} data-testid="gil-holder">
            GIL: {state.holder ? `held by thread ${state.holder}` : "free"}
          </p>
          <p className="gil-clock">
            t = {formatMs(state.timeUs)} · {state.switches} switch{state.switches === 1 ? "" : "es"}
            {state.dropRequested ? <span className="gil-drop"> · gil_drop_request set</span> : null}
          </p>
        </div>
        <ul className="gil-threads">
          {state.threads.map((t) => (
            <li key={t.id} className={`gil-thread is-${t.status}`}>
              <div className="gil-thread-head">
                <strong>Thread {t.id}</strong>
                <span className={`gil-status is-${t.status}`}>{STATUS_TEXT[t.status]}</span>
                {state.waiting.includes(t.id) ? <span className="muted"> (#{state.waiting.indexOf(t.id) + 1} in line)</span> : null}
              </div>
              <Timeline segments={sim.timeline.filter((s) => s.thread === t.id)} nowUs={state.timeUs} totalUs={total} label={`Thread ${t.id} timeline`} />
              <p className="gil-cpu muted">
                CPU done {formatMs(t.cpuDoneUs)} of {formatMs(t.cpuTotalUs)}
              </p>
            </li>
          ))}
        </ul>
        <p className="gil-legend muted" aria-hidden="true">
          <span className="gil-key is-run" /> running <span className="gil-key is-wait" /> waiting for the GIL <span className="gil-key is-io" /> blocked on I/O
        </p>
      </StepPlayerFrame>

      <section className="gil-compare" aria-labelledby="gil-compare-title">
        <h2 id="gil-compare-title">Threads against processes</h2>
        <dl>
          <Bar label={`${threads} threads sharing one GIL`} us={sim.totalUs} max={Math.max(sim.totalUs, sim.sequentialUs)} />
          <Bar label="The same work in one thread" us={sim.sequentialUs} max={Math.max(sim.totalUs, sim.sequentialUs)} />
          <Bar label={`${threads} processes on ${cores} core${cores === 1 ? "" : "s"}`} us={sim.multiprocessingUs} max={Math.max(sim.totalUs, sim.sequentialUs)} />
        </dl>
        <p className="muted">
          Each process has its own interpreter and its own GIL, so processes run Python bytecode in parallel, up to one per core. The figure ignores what processes cost in practice: starting them and
          pickling arguments and results between them.
        </p>
      </section>
    </div>
  );
}

function Timeline({ segments, nowUs, totalUs, label }: { segments: GilSegment[]; nowUs: number; totalUs: number; label: string }) {
  const shown = segments.filter((s) => s.startUs < nowUs).map((s) => ({ ...s, endUs: Math.min(s.endUs, nowUs) }));
  return (
    <svg className="gil-timeline" viewBox="0 0 1000 20" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect x="0" y="0" width="1000" height="20" className="gil-track" />
      {shown.map((s, i) => (
        <rect key={i} x={(s.startUs / totalUs) * 1000} y={s.kind === "run" ? 0 : 5} width={Math.max(1, ((s.endUs - s.startUs) / totalUs) * 1000)} height={s.kind === "run" ? 20 : 10} className={`gil-seg is-${s.kind}`} />
      ))}
      <line x1={(nowUs / totalUs) * 1000} x2={(nowUs / totalUs) * 1000} y1="0" y2="20" className="gil-now" />
    </svg>
  );
}

function Bar({ label, us, max }: { label: string; us: number; max: number }) {
  return (
    <div className="gil-bar">
      <dt>{label}</dt>
      <dd>
        <span className="gil-bar-fill" style={{ width: `${Math.max(2, (us / Math.max(max, 1)) * 100)}%` }} />
        <span className="gil-bar-value">{formatMs(us)}</span>
      </dd>
    </div>
  );
}
