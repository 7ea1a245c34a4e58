"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { GradeResult } from "../../core/grading/types";
import type { InterviewView, TurnView } from "../../db/interview/interviews";
import { GradeDetails } from "./graded-answer";
import { ErrorNotice } from "./error-notice";

interface SpeechRecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  start(): void;
  stop(): void;
  onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}
type RecognitionCtor = new () => SpeechRecognitionLike;

function recognitionCtor(): RecognitionCtor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/**
 * Runs a mock interview: the interviewer's question (read aloud on request), a typed or spoken
 * answer, a visible timer, then the grade with evidence highlighted in the candidate's own words.
 */
export function InterviewRunner({ initial }: { initial: InterviewView }) {
  const router = useRouter();
  const [turn, setTurn] = useState<TurnView | null>(initial.current);
  const [answer, setAnswer] = useState("");
  const [feedback, setFeedback] = useState<{ grade: GradeResult; answer: string; slug: string; next: TurnView | null; finished: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [listening, setListening] = useState(false);
  const [canDictate, setCanDictate] = useState(false);
  const [canSpeak, setCanSpeak] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const askedAt = useRef(Date.now());
  const recognition = useRef<SpeechRecognitionLike | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [mainAsked, setMainAsked] = useState(initial.turns.filter((t) => t.kind === "question").length);

  useEffect(() => {
    setCanDictate(recognitionCtor() !== null);
    setCanSpeak(typeof window !== "undefined" && "speechSynthesis" in window);
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  useEffect(() => {
    askedAt.current = Date.now();
    headingRef.current?.focus();
  }, [turn?.position]);

  const deadline = initial.deadline ? new Date(initial.deadline).getTime() : null;

  function speak() {
    if (!turn || !canSpeak) return;
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(turn.prompt);
    u.lang = "en-US";
    window.speechSynthesis.speak(u);
  }

  function dictate() {
    const Ctor = recognitionCtor();
    if (!Ctor) return;
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const r = new Ctor();
    r.lang = "en-US";
    r.interimResults = false;
    r.continuous = true;
    r.onresult = (event) => {
      let text = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const res = event.results[i];
        if (res?.isFinal) text += res[0]?.transcript ?? "";
      }
      if (text) setAnswer((a) => (a ? `${a.trimEnd()} ${text.trim()}` : text.trim()));
    };
    r.onend = () => setListening(false);
    r.onerror = (e) => {
      setError(`Speech recognition stopped: ${e.error}. You can keep typing.`);
      setListening(false);
    };
    recognition.current = r;
    r.start();
    setListening(true);
  }

  async function submit() {
    if (!turn || busy) return;
    recognition.current?.stop();
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/interviews/${initial.id}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answer, durationMs: Date.now() - askedAt.current }),
      });
      const body = (await res.json()) as { grade: GradeResult; next: TurnView | null; finished: boolean; error?: { message: string } };
      if (!res.ok) throw new Error(body.error?.message ?? `Could not send the answer (${res.status})`);
      if (initial.config.feedback === "each") {
        setFeedback({ grade: body.grade, answer, slug: turn.slug, next: body.next, finished: body.finished });
      } else advance(body.next, body.finished);
      setAnswer("");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  function advance(next: TurnView | null, finished: boolean) {
    setFeedback(null);
    if (finished || !next) {
      router.push(`/interview/${initial.id}/report`);
      return;
    }
    if (next.kind === "question") setMainAsked((n) => n + 1);
    setTurn(next);
  }

  async function endNow() {
    setBusy(true);
    await fetch(`/api/interviews/${initial.id}/finish`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    router.push(`/interview/${initial.id}/report`);
  }

  if (feedback) {
    return (
      <section className="interview" aria-labelledby="feedback-title">
        <h1 id="feedback-title" tabIndex={-1}>
          Feedback
        </h1>
        <GradeDetails grade={feedback.grade} answer={feedback.answer} slug={feedback.slug} />
        <button type="button" className="button button-primary" onClick={() => advance(feedback.next, feedback.finished)} autoFocus>
          {feedback.finished || !feedback.next ? "See the report" : feedback.next.kind === "follow_up" ? "Follow-up question" : "Next question"}
        </button>
      </section>
    );
  }
  if (!turn) return null;
  return (
    <section className="interview" aria-labelledby="interview-question">
      <div className="timed-bar">
        <span>
          {turn.kind === "follow_up" ? "Follow-up" : `Question ${mainAsked} of ${initial.config.questions}`}
          <span className="muted"> · {turn.level}</span>
        </span>
        <span className="timer" role="timer" aria-label="Time on this question">
          {clock(now - askedAt.current)}
        </span>
        {deadline ? (
          <span className={`timer${deadline - now < 60_000 ? " timer-low" : ""}`} role="timer" aria-label="Time left in the interview">
            {clock(deadline - now)} left
          </span>
        ) : null}
      </div>
      <p className="eyebrow">Interviewer</p>
      <h1 id="interview-question" ref={headingRef} tabIndex={-1} className="interview-prompt">
        {turn.prompt}
      </h1>
      {canSpeak ? (
        <button type="button" className="button button-quiet" onClick={speak}>
          🔊 Read the question aloud
        </button>
      ) : null}
      <label className="attempt">
        Your answer
        <textarea
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          rows={8}
          maxLength={20000}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void submit();
          }}
          placeholder="Answer as you would out loud: the idea, why it matters, an example."
        />
      </label>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void submit()} disabled={busy || answer.trim() === ""} aria-busy={busy}>
          {busy ? "Grading…" : "Submit answer"} <kbd>Ctrl+Enter</kbd>
        </button>
        {canDictate ? (
          <button type="button" className="button" onClick={dictate} aria-pressed={listening}>
            {listening ? "■ Stop dictation" : "🎤 Dictate"}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={() => void endNow()} disabled={busy}>
          End the interview
        </button>
      </div>
      <ErrorNotice error={error} />
    </section>
  );
}
