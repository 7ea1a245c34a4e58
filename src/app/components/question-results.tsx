import Link from "next/link";
import type { ReactNode } from "react";
import type { QuestionPage, QuestionQuery } from "../../core/bank/types";
import { plural } from "../lib/format";
import { hrefWithQuery } from "../lib/hrefs";
import { Pagination } from "./pagination";
import { QuestionList } from "./question-list";

/**
 * The results block shared by /questions and the level, topic, company and set pages:
 * count, typo-correction notice, the list, pagination and an empty state.
 * `query` is what links must carry (the page's own filters, minus those implied by `basePath`).
 */
export function QuestionResults({
  result,
  basePath,
  query,
  searchText,
  ordered = false,
  empty,
  countOnSinglePage = true,
}: {
  result: QuestionPage;
  basePath: string;
  query: Partial<QuestionQuery>;
  searchText?: string | undefined;
  ordered?: boolean;
  empty?: ReactNode;
  /** Show "N questions" when everything fits on one page (pages whose header says it: false). */
  countOnSinglePage?: boolean;
}) {
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  return (
    <section className="results" aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        Results
      </h2>
      {result.correctedQuery ? (
        <p className="notice notice-info">
          Showing results for <strong>{result.correctedQuery}</strong>
          {searchText ? (
            <>
              {" "}
              <span className="muted">(you searched for “{searchText}”)</span>
            </>
          ) : null}
        </p>
      ) : null}
      {result.total === 0 ? (
        <div className="empty-state">{empty ?? <p>No questions here yet.</p>}</div>
      ) : result.items.length === 0 ? (
        <div className="empty-state">
          <p>
            There is no page {result.page}: {plural(result.total, "question")} fit on {plural(result.pageCount, "page")}.
          </p>
          <p>
            <Link prefetch={false} href={hrefWithQuery(basePath, { ...query, page: 1 })}>Go to the first page</Link>
          </p>
        </div>
      ) : (
        <>
          {result.total > result.items.length ? (
            <p className="result-count">
              Showing {first.toLocaleString("en")}–{last.toLocaleString("en")} of {plural(result.total, "question")}
            </p>
          ) : countOnSinglePage ? (
            <p className="result-count">{plural(result.total, "question")}</p>
          ) : null}
          <QuestionList items={result.items} ordered={ordered} start={first} />
          <Pagination basePath={basePath} query={query} page={result.page} pageCount={result.pageCount} />
        </>
      )}
    </section>
  );
}
