import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { highlightCode } from "../../../core/content/highlight-code";
import { renderMarkdown } from "../../../core/content/render-markdown";
import { listTopics } from "../../../db/queries/catalog";
import { getChallenge } from "../../../db/queries/challenges";
import { getQuestionBySlug } from "../../../db/queries/get-question";
import { ChallengeWorkspace } from "../../components/challenge-workspace";
import { DifficultyBadge, SolvedMark } from "../../components/difficulty-badge";
import { getDb } from "../../lib/db";
import { plural } from "../../lib/format";
import { questionHref } from "../../lib/hrefs";
import { currentOwner } from "../../lib/owner";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const loadChallenge = cache(async (slug: string) => getChallenge(await getDb(), slug, (await currentOwner(false)) ?? undefined));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const challenge = await loadChallenge(slug);
  if (!challenge) return { title: "Challenge not found" };
  return { title: `${challenge.title} — challenge` };
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export default async function ChallengePage(props: Props) {
  const { slug } = await props.params;
  const challenge = await loadChallenge(slug);
  if (!challenge) notFound();

  const db = await getDb();
  const [statementHtml, exampleHtml, topics, related] = await Promise.all([
    renderMarkdown(challenge.statementMd),
    Promise.all(challenge.examples.map((e) => highlightCode(e, "python"))),
    listTopics(db),
    Promise.all(challenge.relatedQuestions.map(async (s) => ({ slug: s, question: await getQuestionBySlug(db, s) }))),
  ]);
  const topicName = new Map(topics.map((t) => [t.slug, t.name]));
  const relatedFound = related.flatMap((r) => (r.question ? [{ slug: r.slug, title: r.question.title }] : []));

  return (
    <article className="challenge">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/challenges">
              Challenges
            </Link>
          </li>
          <li>
            <Link prefetch={false} href={`/challenges?difficulty=${challenge.difficulty.toLowerCase()}`}>
              {challenge.difficulty}
            </Link>
          </li>
        </ol>
      </nav>
      <header className="challenge-header">
        <h1>{challenge.title}</h1>
        <div className="challenge-meta">
          <DifficultyBadge difficulty={challenge.difficulty} />
          {challenge.topics.length > 0 ? (
            <ul className="tag-list" aria-label="Topics">
              {challenge.topics.map((t) => (
                <li key={t}>
                  <Link prefetch={false} className="tag" href={`/challenges?topic=${encodeURIComponent(t)}`}>
                    {topicName.get(t) ?? t}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <span className="muted">Time limit {seconds(challenge.timeLimitMs)}</span>
          <SolvedMark solved={challenge.solved} />
        </div>
      </header>

      <div className="challenge-layout">
        <section className="challenge-statement" aria-labelledby="statement-title">
          <h2 id="statement-title" className="visually-hidden">
            Statement
          </h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: statementHtml }} />

          {challenge.examples.length > 0 ? (
            <section aria-labelledby="examples-title">
              <h3 id="examples-title">{challenge.examples.length === 1 ? "Example test" : "Example tests"}</h3>
              {challenge.examples.map((_, i) => (
                <figure key={i} className="code-example challenge-example">
                  <figcaption className="code-output-label">Example {i + 1}</figcaption>
                  <div className="code-block" dangerouslySetInnerHTML={{ __html: exampleHtml[i] ?? "" }} />
                </figure>
              ))}
            </section>
          ) : null}
          {challenge.hiddenTestCount > 0 ? (
            <p className="hidden-tests-note">
              “Run” checks your code against the {challenge.examples.length === 1 ? "example" : "examples"}; “Submit” also runs{" "}
              <strong>{plural(challenge.hiddenTestCount, "hidden test")}</strong>.
            </p>
          ) : null}

          {relatedFound.length > 0 ? (
            <section aria-labelledby="related-title" className="challenge-related">
              <h3 id="related-title">Related questions</h3>
              <ul>
                {relatedFound.map((r) => (
                  <li key={r.slug}>
                    <Link prefetch={false} href={questionHref(r.slug)}>
                      {r.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>

        <section className="challenge-work" aria-labelledby="work-title">
          <h2 id="work-title" className="visually-hidden">
            Your solution
          </h2>
          <ChallengeWorkspace slug={challenge.slug} starter={challenge.starter} />
        </section>
      </div>
    </article>
  );
}
