"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PracticeSessionView } from "../lib/practice-types";
import { ErrorNotice } from "./error-notice";

const BUTTONS = [
  { rating: 1, label: "Again", hint: "forgot" },
  { rating: 2, label: "Hard", hint: "with effort" },
  { rating: 3, label: "Good", hint: "recalled" },
  { rating: 4, label: "Easy", hint: "instantly" },
] as const;

interface Result {
  rating: number;
  due: string;
  dueIn: string;
}

/**
 * Flashcards: the question, an optional typed attempt, "Show answer" (Space), then the four
 * ratings (keys 1–4) that FSRS turns into the next due date, shown right after rating.
 */
export function FlashcardSession({ session }: { session: PracticeSessionView }) {
  const firstOpen = session.items.findIndex((i) => i.rated === null);
  const [index, setIndex] = useState(firstOpen === -1 ? session.items.length : firstOpen);
  const [revealed, setRevealed] = useState(false);
  const [attempt, setAttempt] = useState("");
  const [results, setResults] = useState<Record<number, Result>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const item = session.items[index];
  const result = item ? results[item.position] : undefined;

  useEffect(() => {
    shownAt.current = Date.now();
    headingRef.current?.focus();
  }, [index]);

  const rate = useCallback(
    async (rating: number) => {
      if (!item || busy || results[item.position]) return;
      setBusy(true);
      setError(null);
      try {
        const res = await fetch("/api/practice/reviews", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ question: item.slug, rating, sessionId: session.id, durationMs: Math.min(Date.now() - shownAt.current, 3_600_000) }),
        });
        const body = (await res.json()) as { card?: { due: string }; dueIn?: string; error?: { message: string } };
        if (!res.ok || !body.card) throw new Error(body.error?.message ?? `Could not save the rating (${res.status})`);
        setResults((r) => ({ ...r, [item.position]: { rating, due: body.card?.due ?? "", dueIn: body.dueIn ?? "" } }));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [busy, item, results, session.id],
  );

  const next = useCallback(() => {
    setRevealed(false);
    setAttempt("");
    setIndex((i) => i + 1);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT")) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (!revealed && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && !result && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        void rate(Number(event.key));
      } else if (result && (event.key === "Enter" || event.key === "ArrowRight")) {
        event.preventDefault();
        next();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, result, rate, next]);

  if (!item) {
    const rated = session.items.map((i) => results[i.position]?.rating ?? i.rated).filter((r): r is number => r !== null);
    const counts = BUTTONS.map((b) => ({ ...b, n: rated.filter((r) => r === b.rating).length }));
    return (
      <section className="practice-done" aria-labelledby="done-heading">
        <h1 id="done-heading" tabIndex={-1}>
          Session complete
        </h1>
        <p>
          You rated {rated.length} of {session.items.length} cards from <strong>{session.sourceLabel}</strong>.
        </p>
        <ul className="rating-summary">
          {counts.map((c) => (
            <li key={c.rating} className={`rating-${c.rating}`}>
              <strong>{c.n}</strong> {c.label}
            </li>
          ))}
        </ul>
        <p className="button-row">
          <Link href="/progress" className="button button-primary">
            See your progress
          </Link>
          <Link href="/practice" className="button">
            Practise more
          </Link>
        </p>
      </section>
    );
  }

  return (
    <article className="flashcard" aria-labelledby="card-title">
      <p className="practice-meta">
        <span>
          Card {index + 1} of {session.items.length}
        </span>
        <span className="muted"> · {session.sourceLabel}</span>
        {item.isNew ? <span className="badge badge-new">New</span> : null}
      </p>
      <progress className="practice-progress" max={session.items.length} value={index} aria-label="Cards done" />
      <h1 id="card-title" ref={headingRef} tabIndex={-1}>
        {item.title}
      </h1>
      <p className="muted">
        {item.level} · {item.topics.join(", ")}
      </p>
      <label className="attempt">
        Your answer (optional, just for you)
        <textarea value={attempt} onChange={(e) => setAttempt(e.target.value)} rows={4} placeholder="Say it out loud or type it here, then reveal ours." />
      </label>
      {!revealed ? (
        <button type="button" className="button button-primary" onClick={() => setRevealed(true)}>
          Show answer <kbd>Space</kbd>
        </button>
      ) : (
        <div className="revealed">
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">In short</h2>
            <p>{item.quickSummary}</p>
          </section>
          {item.rubric.length ? (
            <section aria-labelledby="points-heading">
              <h2 id="points-heading">Key points an interviewer listens for</h2>
              <ul className="key-points">
                {item.rubric.map((p) => (
                  <li key={p.point} data-weight={p.weight}>
                    {p.point}
                    {p.weight >= 3 ? <span className="visually-hidden"> (essential)</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <details className="full-answer">
            <summary>Our full answer</summary>
            <div className="prose" dangerouslySetInnerHTML={{ __html: item.answerHtml }} />
            <p>
              <Link href={`/questions/${item.slug}`} target="_blank">
                Open the question page
              </Link>
            </p>
          </details>
          {!result ? (
            <div className="rating-buttons" role="group" aria-label="How well did you recall it?">
              {BUTTONS.map((b) => (
                <button key={b.rating} type="button" className={`button rating-${b.rating}`} onClick={() => void rate(b.rating)} disabled={busy}>
                  <span>
                    {b.label} <kbd>{b.rating}</kbd>
                  </span>
                  <span className="rating-interval">{item.intervals[String(b.rating)]}</span>
                </button>
              ))}
            </div>
          ) : (
            <div className="rated" role="status">
              <p>
                Rated <strong>{BUTTONS[result.rating - 1]?.label}</strong>. Next review in <strong>{result.dueIn}</strong> (
                {new Date(result.due).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}).
              </p>
              <button type="button" className="button button-primary" onClick={next} autoFocus>
                {index + 1 < session.items.length ? "Next card" : "Finish"} <kbd>Enter</kbd>
              </button>
            </div>
          )}
          <ErrorNotice error={error} />
        </div>
      )}
    </article>
  );
}
