"use client";

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/** Playback speeds: ms per step. */
const SPEEDS = [
  { ms: 1600, label: "Slow" },
  { ms: 800, label: "Normal" },
  { ms: 300, label: "Fast" },
] as const;

export interface StepPlayer {
  step: number;
  count: number;
  playing: boolean;
  speedMs: number;
  setStep(step: number): void;
  setSpeedMs(ms: number): void;
  /** Starts from the first step and plays to the end ("Simulate Flow"). */
  simulate(): void;
  toggle(): void;
  pause(): void;
  forward(): void;
  back(): void;
  reset(): void;
}

/**
 * Step state for a visualizer: the current step (clamped to the steps there are), play/pause on a
 * timer, and the usual moves. Playing stops at the last step.
 */
export function useStepPlayer(count: number, initialStep = 0): StepPlayer {
  const [rawStep, setRawStep] = useState(initialStep);
  const [playing, setPlaying] = useState(false);
  const [speedMs, setSpeedMs] = useState<number>(SPEEDS[1].ms);
  const last = Math.max(0, count - 1);
  const step = Math.min(Math.max(0, rawStep), last);

  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setRawStep(step + 1), speedMs);
    return () => clearTimeout(timer);
  }, [playing, step, last, speedMs]);

  const setStep = useCallback((s: number) => setRawStep(Math.min(Math.max(0, s), last)), [last]);
  return {
    step,
    count,
    playing,
    speedMs,
    setStep,
    setSpeedMs,
    simulate: () => {
      setRawStep(0);
      setPlaying(count > 1);
    },
    toggle: () => {
      if (playing) setPlaying(false);
      else {
        if (step >= last) setRawStep(0);
        setPlaying(count > 1);
      }
    },
    pause: () => setPlaying(false),
    forward: () => {
      setPlaying(false);
      setStep(step + 1);
    },
    back: () => {
      setPlaying(false);
      setStep(step - 1);
    },
    reset: () => {
      setPlaying(false);
      setRawStep(0);
    },
  };
}

/**
 * Keeps the page URL's query string equal to `params` (replaceState, no navigation), so the
 * address bar is always a permalink to what is on screen.
 */
export function useUrlState(params: Record<string, string | number | undefined>): void {
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, String(v)]]))).toString();
  useEffect(() => {
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, "", url);
  }, [query]);
}

function isFormField(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * The frame every visualizer shares: playback controls, a live region reading each step's
 * sentence, the visual (children), a step log, keyboard shortcuts and a "Copy link" button.
 * Keyboard: ←/→ step, Space play/pause, Home first step, End last step (not while typing in a field).
 */
export function StepPlayerFrame({ player, sentences, label, children }: { player: StepPlayer; sentences: readonly string[]; label: string; children: ReactNode }) {
  const logRef = useRef<HTMLOListElement>(null);
  const speedId = useId();
  const [copied, setCopied] = useState<"idle" | "copied" | "manual">("idle");
  const { step, count, playing } = player;

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [step]);

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (isFormField(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const onButton = e.target instanceof HTMLButtonElement;
    if (e.key === "ArrowRight") player.forward();
    else if (e.key === "ArrowLeft") player.back();
    else if (e.key === "Home") player.reset();
    else if (e.key === "End") {
      player.pause();
      player.setStep(count - 1);
    } else if ((e.key === " " || e.key === "Spacebar") && !onButton) player.toggle();
    else return;
    e.preventDefault();
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("copied");
    } catch {
      // No clipboard (plain http on another host, or permission refused): show the address to copy by hand.
      setCopied("manual");
    }
  }

  return (
    <section className="viz" aria-label={label} onKeyDown={onKeyDown}>
      <div className="viz-controls" role="toolbar" aria-label="Playback">
        <button type="button" className="button-primary" onClick={player.simulate}>
          Simulate Flow
        </button>
        <button type="button" onClick={player.toggle} aria-pressed={playing}>
          {playing ? "Pause" : "Play"}
        </button>
        <button type="button" onClick={player.back} disabled={step === 0} aria-label="Step back" title="Step back (←)">
          <span aria-hidden="true">◀</span>
        </button>
        <button type="button" onClick={player.forward} disabled={step >= count - 1} aria-label="Step forward" title="Step forward (→)">
          <span aria-hidden="true">▶</span>
        </button>
        <button type="button" onClick={player.reset}>
          Reset
        </button>
        <span className="viz-speed">
          <label htmlFor={speedId}>Speed</label>
          <select id={speedId} value={player.speedMs} onChange={(e) => player.setSpeedMs(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="viz-progress">
        <span data-testid="viz-step">
          Step {step + 1} of {count}
        </span>
      </p>
      <p className="viz-live" role="status" aria-live="polite" aria-atomic="true" data-testid="viz-live">
        {sentences[step] ?? ""}
      </p>
      <div className="viz-stage" tabIndex={0} aria-label={`${label}: step ${step + 1} of ${count}. Arrow keys step, Space plays or pauses.`}>
        {children}
      </div>
      <details className="viz-log-box" open>
        <summary>Step log</summary>
        <ol className="viz-log" ref={logRef} data-testid="viz-log">
          {sentences.slice(0, step + 1).map((s, i) => (
            <li key={i} aria-current={i === step ? "step" : undefined}>
              {s}
            </li>
          ))}
        </ol>
      </details>
      <div className="viz-footer">
        <p className="viz-keys muted">
          Keys: <kbd>←</kbd> <kbd>→</kbd> step, <kbd>Space</kbd> play or pause, <kbd>Home</kbd> first step, <kbd>End</kbd> last step.
        </p>
        <p className="viz-copy">
          <button type="button" onClick={copyLink}>
            Copy link
          </button>{" "}
          <span role="status" aria-live="polite">
            {copied === "copied" ? "Link copied: it opens this exact step." : null}
          </span>
        </p>
        {copied === "manual" ? (
          <label className="viz-manual-link">
            Copy this address
            <input type="text" readOnly value={typeof window === "undefined" ? "" : window.location.href} onFocus={(e) => e.currentTarget.select()} />
          </label>
        ) : null}
      </div>
    </section>
  );
}
