import Link from "next/link";
import type { QuestionSummary } from "../../core/bank/types";
import { stripMarkdownFromSnippet, truncate } from "../lib/format";
import { questionHref, topicHref } from "../lib/hrefs";
import { CodeMarker } from "./code-marker";
import { LevelBadge } from "./level-badge";
import { TagLinks } from "./tag-links";

/**
 * One question in a results list. When the query had search text, `item.highlight` holds
 * HTML-escaped fragments with <mark> around matches (escaped by the query layer), shown as HTML.
 * Links in lists do not prefetch: each prefetch of a dynamic page is a server render with
 * database queries, and a results page has dozens of links (PGlite serves one query at a time).
 */
export function QuestionCard({ item, headingLevel = 2 }: { item: QuestionSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const summary = item.highlight?.snippet ? (
    <p className="question-card-summary" dangerouslySetInnerHTML={{ __html: stripMarkdownFromSnippet(item.highlight.snippet) }} />
  ) : item.quickSummary ? (
    <p className="question-card-summary">{truncate(item.quickSummary)}</p>
  ) : null;
  return (
    <article className="question-card">
      <Heading className="question-card-title">
        {item.highlight?.title ? (
          <Link prefetch={false} href={questionHref(item.slug)} dangerouslySetInnerHTML={{ __html: item.highlight.title }} />
        ) : (
          <Link prefetch={false} href={questionHref(item.slug)}>{item.title}</Link>
        )}
      </Heading>
      <div className="question-card-meta">
        <LevelBadge level={item.level} />
        {item.hasCode ? <CodeMarker /> : null}
        <TagLinks tags={item.topics} hrefFor={topicHref} label="Topics" />
      </div>
      {summary}
    </article>
  );
}
