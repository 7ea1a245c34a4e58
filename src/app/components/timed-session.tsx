"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PracticeSessionView } from "../lib/practice-types";

function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

interface GradeView {
  score?: number;
  label?: string;
  feedback?: { good?: string[]; missing?: string[]; wrong?: string[] };
}

/**
 * A timed session: N questions, one clock, typed answers saved as you type; when time is up
 * (or on "Finish") the answers lock and a summary compares each with our answer, with a
 * self-score (0–5) and, when the grader has run, its score and feedback.
 */
export function TimedSession({ session }: { session: PracticeSessionView }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<number, string>>(() => Object.fromEntries(session.items.map((i) => [i.position, i.answer?.text ?? ""])));
  const [scores, setScores] = useState<Record<number, number | null>>(() => Object.fromEntries(session.items.map((i) => [i.position, i.answer?.selfScore ?? null])));
  const [now, setNow] = useState(() => Date.now());
  const [saving, setSaving] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [finishing, setFinishing] = useState(false);
  const finished = session.finishedAt !== null;
  const deadline = session.deadline ? new Date(session.deadline).getTime() : null;
  const remaining = deadline ? deadline - now : null;
  const pending = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const save = useCallback(
    async (position: number, body: { answer: string; selfScore?: number | null }) => {
      setSaving("saving");
      const res = await fetch(`/api/practice/sessions/${session.id}/answers/${position}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }).catch(() => null);
      setSaving(res?.ok ? "saved" : "error");
    },
    [session.id],
  );

  const flush = useCallback(async () => {
    const jobs: Promise<void>[] = [];
    for (const [position, timer] of pending.current) {
      clearTimeout(timer);
      jobs.push(save(position, { answer: answers[position] ?? "" }));
    }
    pending.current.clear();
    await Promise.all(jobs);
  }, [answers, save]);

  const finish = useCallback(async () => {
    if (finishing) return;
    setFinishing(true);
    await flush();
    await fetch(`/api/practice/sessions/${session.id}/finish`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    router.refresh();
  }, [finishing, flush, router, session.id]);

  useEffect(() => {
    if (finished) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [finished]);

  useEffect(() => {
    if (!finished && remaining !== null && remaining <= 0) void finish();
  }, [finished, remaining, finish]);

  function type(position: number, text: string) {
    setAnswers((a) => ({ ...a, [position]: text }));
    const old = pending.current.get(position);
    if (old) clearTimeout(old);
    pending.current.set(
      position,
      setTimeout(() => {
        pending.current.delete(position);
        void save(position, { answer: text });
      }, 800),
    );
  }

  if (finished) {
    return (
      <section className="timed-summary" aria-labelledby="summary-title">
        <h1 id="summary-title">Session summary</h1>
        <p className="muted">
          {session.sourceLabel} · {session.items.length} questions · answered {session.items.filter((i) => (answers[i.position] ?? "").trim()).length}
        </p>
        <ol className="summary-list">
          {session.items.map((item) => {
            const grade = item.answer?.grade as GradeView | null | undefined;
            return (
              <li key={item.position} className="summary-item">
                <h2>{item.title}</h2>
                <div className="summary-columns">
                  <div>
                    <h3>Your answer</h3>
                    <p className="answer-text">{answers[item.position]?.trim() ? answers[item.position] : <em className="muted">No answer</em>}</p>
                  </div>
                  <div>
                    <h3>Ours, in short</h3>
                    <p>{item.quickSummary}</p>
                    {item.rubric.length ? (
                      <ul className="key-points">
                        {item.rubric.map((p) => (
                          <li key={p.point}>{p.point}</li>
                        ))}
                      </ul>
                    ) : null}
                    <Link href={`/questions/${item.slug}`}>Full answer</Link>
                  </div>
                </div>
                {grade?.score !== undefined ? (
                  <div className="grade">
                    <p>
                      Grader: <strong>{grade.score.toFixed(1)} / 5</strong> {grade.label ? `(${grade.label.replace(/_/g, " ")})` : null}
                    </p>
                    {grade.feedback?.missing?.length ? (
                      <ul>
                        {grade.feedback.missing.map((m) => (
                          <li key={m}>{m}</li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                ) : null}
                <label className="self-score">
                  Your own score
                  <select
                    value={scores[item.position] ?? ""}
                    onChange={(e) => {
                      const v = e.target.value === "" ? null : Number(e.target.value);
                      setScores((s) => ({ ...s, [item.position]: v }));
                      void save(item.position, { answer: answers[item.position] ?? "", selfScore: v });
                    }}
                  >
                    <option value="">–</option>
                    {[0, 1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={n}>
                        {n} / 5
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            );
          })}
        </ol>
        <p className="button-row">
          <Link href="/progress" className="button button-primary">
            Your progress
          </Link>
          <Link href="/practice" className="button">
            Practise more
          </Link>
        </p>
      </section>
    );
  }

  const item = session.items[index];
  if (!item) return null;
  const low = remaining !== null && remaining < 60_000;
  return (
    <article className="timed" aria-labelledby="timed-title">
      <div className="timed-bar">
        <span>
          Question {index + 1} of {session.items.length}
        </span>
        {remaining !== null ? (
          <span className={`timer${low ? " timer-low" : ""}`} role="timer" aria-label="Time left">
            {clock(remaining)}
          </span>
        ) : null}
        <span className="muted save-state" aria-live="polite">
          {saving === "saving" ? "Saving…" : saving === "saved" ? "Saved" : saving === "error" ? "Not saved: check your connection" : ""}
        </span>
      </div>
      <nav aria-label="Questions" className="timed-nav">
        {session.items.map((i, n) => (
          <button
            key={i.position}
            type="button"
            className={`button${n === index ? " button-primary" : ""}`}
            aria-current={n === index ? "step" : undefined}
            aria-label={`Question ${n + 1}${(answers[i.position] ?? "").trim() ? ", answered" : ""}`}
            onClick={() => setIndex(n)}
          >
            {n + 1}
            {(answers[i.position] ?? "").trim() ? "✓" : ""}
          </button>
        ))}
      </nav>
      <h1 id="timed-title">{item.title}</h1>
      <p className="muted">
        {item.level} · {item.topics.join(", ")}
      </p>
      <label className="attempt">
        Your answer
        <textarea key={item.position} value={answers[item.position] ?? ""} onChange={(e) => type(item.position, e.target.value)} rows={10} autoFocus />
      </label>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          Previous
        </button>
        {index + 1 < session.items.length ? (
          <button type="button" className="button button-primary" onClick={() => setIndex((i) => i + 1)}>
            Next
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void finish()} disabled={finishing} aria-busy={finishing}>
          {finishing ? "Finishing…" : "Finish and review"}
        </button>
      </div>
    </article>
  );
}
