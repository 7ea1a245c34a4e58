import Link from "next/link";
import type { ReactNode } from "react";
import { isAppError } from "../../core/errors";
import { parseQuestionQuery, type RawParams } from "../../core/bank/question-query";
import type { QuestionQuery } from "../../core/bank/types";
import { searchQuestions } from "../../db/queries/search-questions";
import { getDb } from "../lib/db";
import { plural } from "../lib/format";
import { questionsHref } from "../lib/hrefs";
import { PageIntro } from "./page-intro";
import { PracticeLink } from "./practice-link";
import { QueryError } from "./query-error";
import { QuestionResults } from "./question-results";

/**
 * A level, topic, company or set page: a header, then the /questions results with one filter
 * fixed by the URL path. Only `page` and `pageSize` are read from the query string; other
 * filtering happens on /questions, which the "Refine" link opens with the fixed filter set.
 */
export async function FilteredQuestions({
  basePath,
  fixed,
  searchParams,
  title,
  eyebrow,
  description,
  count,
  badge,
  ordered = false,
}: {
  basePath: string;
  fixed: Partial<QuestionQuery>;
  searchParams: RawParams;
  title: string;
  eyebrow: string;
  description?: string | null | undefined;
  count: number;
  badge?: ReactNode;
  ordered?: boolean;
}) {
  let paging: Pick<QuestionQuery, "page" | "pageSize">;
  try {
    const parsed = parseQuestionQuery(searchParams);
    paging = { page: parsed.page, pageSize: parsed.pageSize };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return (
      <>
        <PageIntro title={title} eyebrow={eyebrow} description={description} badge={badge} />
        <QueryError message={e.message} parameter={typeof e.detail?.parameter === "string" ? e.detail.parameter : undefined} resetHref={basePath} />
      </>
    );
  }
  const db = await getDb();
  const result = await searchQuestions(db, { ...fixed, ...paging });

  return (
    <>
      <PageIntro
        title={title}
        eyebrow={eyebrow}
        description={description}
        badge={badge}
        meta={plural(count, "question")}
        actions={
          count > 0 ? (
            <>
              <PracticeLink query={fixed} />
              <Link prefetch={false} href={questionsHref(fixed)} className="button button-quiet">
                Refine these questions
              </Link>
            </>
          ) : null
        }
      />
      <QuestionResults
        result={result}
        basePath={basePath}
        query={{ pageSize: paging.pageSize }}
        ordered={ordered}
        countOnSinglePage={false}
        empty={
          <>
            <p>No questions here yet.</p>
            <p>
              <Link prefetch={false} href="/questions">Browse all questions</Link>
            </p>
          </>
        }
      />
    </>
  );
}
