import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EXPERIENCE_BAND_LABELS } from "../../../core/bank/levels";
import { highlightCode, normalizeLanguage } from "../../../core/content/highlight-code";
import { renderMarkdown } from "../../../core/content/render-markdown";
import { getQuestionBySlug } from "../../../db/queries/get-question";
import { LevelBadge } from "../../components/level-badge";
import { PersonalNotes } from "../../components/personal-notes";
import { QuestionList } from "../../components/question-list";
import { RunCode } from "../../components/run-code";
import { TagLinks } from "../../components/tag-links";
import { VisualizerLinks } from "../../components/visualizer-links";
import { getDb } from "../../lib/db";
import { formatDate, truncate } from "../../lib/format";
import { bandHref, companyHref, levelHref, topicHref } from "../../lib/hrefs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One database read per request, shared by generateMetadata and the page. */
const loadQuestion = cache(async (slug: string) => getQuestionBySlug(await getDb(), slug));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const question = await loadQuestion(slug);
  if (!question) return { title: "Question not found" };
  return { title: question.title, description: truncate(question.quickSummary, 160) };
}

export default async function QuestionPage(props: Props) {
  const { slug } = await props.params;
  const question = await loadQuestion(slug);
  if (!question) notFound();

  const mainAnswer = question.answerMd.trim();
  // Sources whose answer differs from the main one (and from each other) get an expandable copy.
  const seenAnswers = new Set([mainAnswer]);
  const otherSources = question.sources.filter((s) => {
    const a = s.answerMd.trim();
    if (!a || seenAnswers.has(a)) return false;
    seenAnswers.add(a);
    return true;
  });
  // Imported pages keep their code inside the answer; show separately only what the answer lacks.
  const examples = question.codeExamples.filter((c) => !question.answerMd.includes(c.code.trim()));
  const [answerHtml, codeHtml, sourceHtml] = await Promise.all([
    renderMarkdown(question.answerMd),
    Promise.all(examples.map((c) => highlightCode(c.code, c.language))),
    Promise.all(otherSources.map((s) => renderMarkdown(s.answerMd))),
  ]);
  const updated = formatDate(question.updatedAt);
  const reviewed = question.reviewedAt ? formatDate(question.reviewedAt) : "";

  return (
    <article className="question">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/questions">Questions</Link>
          </li>
          <li>
            <Link prefetch={false} href={levelHref(question.level)}>{question.level}</Link>
          </li>
        </ol>
      </nav>
      <header className="question-header">
        <h1>{question.title}</h1>
        <p className="question-meta">
          <LevelBadge level={question.level} link />
          <span>{question.readingTimeMinutes} min read</span>
          {updated ? (
            <span>
              Updated <time dateTime={question.updatedAt}>{updated}</time>
            </span>
          ) : null}
          {question.reviewedBy ? (
            <span>
              Reviewed by {question.reviewedBy}
              {reviewed && question.reviewedAt ? (
                <>
                  {" "}
                  on <time dateTime={question.reviewedAt}>{reviewed}</time>
                </>
              ) : null}
            </span>
          ) : null}
        </p>
        <dl className="question-facts">
          {question.topics.length > 0 ? (
            <div>
              <dt>Topics</dt>
              <dd>
                <TagLinks tags={question.topics} hrefFor={topicHref} label="Topics" />
              </dd>
            </div>
          ) : null}
          {question.companies.length > 0 ? (
            <div>
              <dt>Asked at</dt>
              <dd>
                <TagLinks tags={question.companies} hrefFor={companyHref} label="Companies" />
              </dd>
            </div>
          ) : null}
          {question.experienceBands.length > 0 ? (
            <div>
              <dt>Experience</dt>
              <dd>
                <ul className="tag-list" aria-label="Experience bands">
                  {question.experienceBands.map((b) => (
                    <li key={b}>
                      <Link prefetch={false} href={bandHref(b)} className="tag">
                        {EXPERIENCE_BAND_LABELS[b]}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      </header>
      <VisualizerLinks slug={slug} />

      {question.quickSummary ? (
        <section className="quick-summary" aria-labelledby="summary-title">
          <h2 id="summary-title">Quick summary</h2>
          <p>{question.quickSummary}</p>
        </section>
      ) : null}

      <details className="answer">
        <summary className="answer-toggle">
          <span className="when-closed">Show answer</span>
          <span className="when-open">Hide answer</span>
        </summary>
        <div className="answer-body">
          <h2 className="visually-hidden">Answer</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: answerHtml }} />
          {question.keyPoints.length > 0 ? (
            <section className="key-points" aria-labelledby="key-points-title">
              <h3 id="key-points-title">What interviewers listen for</h3>
              <ul>
                {question.keyPoints.map((k, i) => (
                  <li key={i} data-weight={k.weight}>
                    {k.point}
                    {k.weight === 3 ? <span className="key-point-essential"> (essential)</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {examples.length > 0 ? (
            <section className="code-examples" aria-labelledby="code-title">
              <h3 id="code-title">{examples.length === 1 ? "Code example" : "Code examples"}</h3>
              {examples.map((c, i) => (
                <figure key={i} className="code-example">
                  {c.title ? <p className="code-example-title">{c.title}</p> : null}
                  <div className="code-block" dangerouslySetInnerHTML={{ __html: codeHtml[i] ?? "" }} />
                  {normalizeLanguage(c.language) === "python" ? <RunCode code={c.code} expectedOutput={c.expectedOutput} label={examples.length > 1 ? `Run example ${i + 1}` : "Run example"} /> : null}
                  {c.expectedOutput !== null ? (
                    <figcaption>
                      <span className="code-output-label">Output</span>
                      <pre className="code-output">
                        <code>{c.expectedOutput}</code>
                      </pre>
                    </figcaption>
                  ) : null}
                </figure>
              ))}
            </section>
          ) : null}
        </div>
      </details>

      <PersonalNotes slug={question.slug} />

      {question.sources.length > 0 ? (
        <section className="sources" aria-labelledby="sources-title">
          <h2 id="sources-title">Sources</h2>
          <ul className="source-list">
            {question.sources.map((s) => {
              const other = otherSources.indexOf(s);
              return (
                <li key={`${s.page}-${s.position}`}>
                  <p className="source-line">
                    <cite>{s.pageTitle}</cite>
                    <span className="source-position">Q{s.position}</span>
                    <span className="source-title">“{s.originalTitle}”</span>
                    {s.levelLabel ? <span className="muted">({s.levelLabel})</span> : null}
                  </p>
                  {other >= 0 ? (
                    <details className="source-answer">
                      <summary>Answer from {s.pageTitle}</summary>
                      <div className="prose" dangerouslySetInnerHTML={{ __html: sourceHtml[other] ?? "" }} />
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {question.related.length > 0 ? (
        <section className="related" aria-labelledby="related-title">
          <h2 id="related-title">Related questions</h2>
          <QuestionList items={question.related} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
