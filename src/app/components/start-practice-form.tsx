"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ErrorNotice } from "./error-notice";

/**
 * Chooses the practice mode and the number of questions, then starts a session through
 * POST /api/practice/sessions and opens it.
 */
export function StartPracticeForm({ source, available, defaultMode = "flashcards", submitLabel = "Start Practice" }: { source: string; available: number; defaultMode?: "flashcards" | "timed"; submitLabel?: string }) {
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"flashcards" | "timed">(defaultMode);
  const [count, setCount] = useState(Math.max(1, Math.min(10, available)));
  const [minutes, setMinutes] = useState(Math.max(1, Math.min(10, available)) * 3);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/practice/sessions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ mode, source, count, ...(mode === "timed" ? { minutes } : {}) }),
      });
      const body = (await res.json()) as { url?: string; error?: { message: string } };
      if (!res.ok || !body.url) throw new Error(body.error?.message ?? `Could not start (${res.status})`);
      router.push(body.url);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  const max = Math.max(1, Math.min(100, available));
  return (
    <form className="start-practice" onSubmit={submit}>
      <fieldset>
        <legend>Mode</legend>
        <label className="choice">
          <input type="radio" name={`${id}-mode`} value="flashcards" checked={mode === "flashcards"} onChange={() => setMode("flashcards")} />
          <span>
            <strong>Flashcards</strong>
            <span className="muted"> recall the answer, reveal ours, rate yourself; spaced repetition schedules the next review</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-mode`} value="timed" checked={mode === "timed"} onChange={() => setMode("timed")} />
          <span>
            <strong>Timed session</strong>
            <span className="muted"> type your answers against the clock, then review them all at the end</span>
          </span>
        </label>
      </fieldset>
      <div className="start-practice-numbers">
        <label>
          Questions
          <input type="number" min={1} max={max} value={count} onChange={(e) => setCount(Math.max(1, Math.min(max, Number(e.target.value) || 1)))} />
        </label>
        {mode === "timed" ? (
          <label>
            Minutes
            <input type="number" min={1} max={180} value={minutes} onChange={(e) => setMinutes(Math.max(1, Math.min(180, Number(e.target.value) || 1)))} />
          </label>
        ) : null}
      </div>
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary" disabled={busy || available === 0} aria-busy={busy}>
        {busy ? "Starting…" : submitLabel}
      </button>
    </form>
  );
}
