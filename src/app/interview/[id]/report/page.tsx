import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "../../../../core/errors";
import { finishInterview, getInterview } from "../../../../db/interview/interviews";
import { GradeDetails } from "../../../components/graded-answer";
import { PageIntro } from "../../../components/page-intro";
import { QueuePracticeButton } from "../../../components/queue-practice-button";
import { resolveActor } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { INTERVIEW_ID } from "../../../lib/interview-input";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Interview report", robots: { index: false } };

/** θ over the session as an SVG line, with the levels' difficulties as guides. */
function AbilityChart({ series }: { series: number[] }) {
  const w = 600;
  const h = 180;
  const y = (theta: number) => h / 2 - (theta / 3) * (h / 2 - 10);
  const x = (i: number) => (series.length < 2 ? w / 2 : 20 + (i * (w - 40)) / (series.length - 1));
  const guides: [string, number][] = [
    ["Expert", 2],
    ["Senior", 1],
    ["Mid", 0],
    ["Junior", -1],
    ["Entry", -2],
  ];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Ability estimate after each answer: ${series.map((t) => t.toFixed(2)).join(", ")}`}>
        {guides.map(([label, t]) => (
          <g key={label}>
            <line x1={0} x2={w} y1={y(t)} y2={y(t)} className="chart-guide" />
            <text x={w - 4} y={y(t) - 3} textAnchor="end" className="chart-tick">
              {label}
            </text>
          </g>
        ))}
        <polyline points={series.map((t, i) => `${x(i)},${y(t)}`).join(" ")} className="chart-line" fill="none" />
        {series.map((t, i) => (
          <circle key={i} cx={x(i)} cy={y(t)} r={4} className="chart-dot">
            <title>{i === 0 ? `Start: θ = ${t.toFixed(2)}` : `After answer ${i}: θ = ${t.toFixed(2)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="muted">Ability θ (logits) at the start and after each main answer; lines mark each level&apos;s difficulty.</figcaption>
    </figure>
  );
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!INTERVIEW_ID.test(id)) notFound();
  const actor = await resolveActor(await headers());
  if (!actor) notFound();
  const db = await getDb();
  let view;
  try {
    view = await getInterview(db, actor.owner, id);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const report = view.report ?? (await finishInterview(db, actor.owner, id));
  const answered = view.turns.filter((t) => t.grade && t.answer !== null);
  return (
    <>
      <PageIntro
        title="Interview report"
        eyebrow={`Target: ${view.config.level} · ${new Date(view.startedAt).toLocaleDateString("en", { dateStyle: "medium" })}`}
        actions={
          <Link href="/interview" className="button">
            New interview
          </Link>
        }
      />
      <dl className="stat-tiles">
        <div>
          <dt>Overall</dt>
          <dd data-testid="overall-score">{report.overall.toFixed(1)} / 5</dd>
        </div>
        <div>
          <dt>Answered like</dt>
          <dd>{report.estimatedLevel}</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd>
            {report.questions}
            {report.followUps ? <span className="muted"> + {report.followUps} follow-up{report.followUps === 1 ? "" : "s"}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Ability θ</dt>
          <dd>
            {report.theta.toFixed(2)} <span className="muted">± {report.thetaSe.toFixed(2)}</span>
          </dd>
        </div>
      </dl>
      <section aria-labelledby="ability-heading">
        <h2 id="ability-heading">Ability over the session</h2>
        <AbilityChart series={report.abilitySeries} />
      </section>
      <div className="mastery-grid">
        <section aria-labelledby="topic-heading">
          <h2 id="topic-heading">By topic</h2>
          <table className="mastery">
            <tbody>
              {report.byTopic.map((t) => (
                <tr key={t.topic}>
                  <th scope="row">{t.topic}</th>
                  <td>{t.mean.toFixed(1)} / 5</td>
                  <td className="muted">{t.count} answers</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.strongest.length ? <p>Strongest: {report.strongest.join(", ")}</p> : null}
          {report.weakest.length ? <p>Weakest: {report.weakest.join(", ")}</p> : null}
        </section>
        <section aria-labelledby="level-heading">
          <h2 id="level-heading">By level</h2>
          <table className="mastery">
            <tbody>
              {report.byLevel.map((l) => (
                <tr key={l.level}>
                  <th scope="row">{l.level}</th>
                  <td>{l.mean.toFixed(1)} / 5</td>
                  <td className="muted">{l.count} questions</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Practise these next</h2>
        {report.practiceNext.length ? (
          <>
            <ul className="plain-list">
              {report.practiceNext.map((p) => (
                <li key={p.slug}>
                  <Link href={`/questions/${p.slug}`}>{p.title}</Link> <span className="muted">{p.score.toFixed(1)} / 5</span>
                </li>
              ))}
            </ul>
            <QueuePracticeButton id={id} count={report.practiceNext.length} />
          </>
        ) : (
          <p>Nothing scored below 3.5: well done.</p>
        )}
      </section>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Your answers</h2>
        {answered.map((t) => (
          <details key={t.position} className="report-turn">
            <summary>
              {t.kind === "follow_up" ? "Follow-up: " : ""}
              {t.kind === "follow_up" ? t.title : t.prompt} — {t.score?.toFixed(1)} / 5
            </summary>
            {t.kind === "follow_up" ? <p className="muted">{t.prompt}</p> : null}
            {t.grade ? <GradeDetails grade={t.grade} answer={t.answer ?? ""} slug={t.slug} /> : null}
          </details>
        ))}
      </section>
    </>
  );
}
