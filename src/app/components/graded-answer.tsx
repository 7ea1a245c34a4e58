import Link from "next/link";
import type { GradeResult } from "../../core/grading/types";

const STATUS = { covered: { icon: "✓", text: "covered" }, partial: { icon: "◐", text: "partly covered" }, missing: { icon: "✗", text: "missing" } } as const;

/** The candidate's answer with the grader's evidence highlighted (key points and misconceptions). */
export function HighlightedAnswer({ answer, grade }: { answer: string; grade: GradeResult }) {
  const spans = [
    ...grade.points.filter((p) => p.evidence && p.status !== "missing" && !p.negated).map((p) => ({ ...p.evidence!, kind: "point" as const, note: `Key point ${p.index + 1}: ${p.point}` })),
    ...grade.misconceptions.filter((m) => !m.negated).map((m) => ({ ...m.evidence, kind: "wrong" as const, note: `Not right: ${m.correction}` })),
  ]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: { text: string; kind?: "point" | "wrong"; note?: string }[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping evidence: keep the first
    if (s.start > at) parts.push({ text: answer.slice(at, s.start) });
    parts.push({ text: answer.slice(s.start, s.end), kind: s.kind, note: s.note });
    at = s.end;
  }
  if (at < answer.length) parts.push({ text: answer.slice(at) });
  return (
    <p className="answer-text highlighted-answer">
      {parts.map((p, i) =>
        p.kind ? (
          <mark key={i} className={`evidence evidence-${p.kind}`} title={p.note}>
            {p.text}
            <span className="visually-hidden"> ({p.note})</span>
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** Per-point verdicts, misconceptions and the feedback text of one graded answer. */
export function GradeDetails({ grade, answer, slug }: { grade: GradeResult; answer: string; slug: string }) {
  return (
    <div className="grade-details">
      <p className="grade-score">
        <strong>{grade.score.toFixed(1)} / 5</strong> <span className={`grade-label grade-${grade.label}`}>{grade.label.replace(/_/g, " ")}</span>
        {grade.source === "offline-fallback" ? <span className="muted"> (graded offline: {grade.fallbackReason})</span> : null}
      </p>
      <h3>Your answer</h3>
      <HighlightedAnswer answer={answer} grade={grade} />
      {grade.points.length ? (
        <>
          <h3>Key points</h3>
          <ul className="point-verdicts">
            {grade.points.map((p) => (
              <li key={p.index} className={`verdict-${p.status}`}>
                <span aria-hidden="true">{STATUS[p.status].icon}</span> <span className="visually-hidden">{STATUS[p.status].text}: </span>
                {p.point}
                {p.evidence && p.status !== "missing" ? <q className="muted">{p.evidence.text}</q> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {grade.feedback.wrong.length ? (
        <>
          <h3>Not right</h3>
          <ul>
            {grade.feedback.wrong.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      {grade.feedback.good.length ? (
        <>
          <h3>Good</h3>
          <ul>
            {grade.feedback.good.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      {grade.feedback.missing.length ? (
        <>
          <h3>Missing</h3>
          <ul>
            {grade.feedback.missing.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={`/questions/${slug}`} target="_blank">
          Read our answer
        </Link>
      </p>
    </div>
  );
}
