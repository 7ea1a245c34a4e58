import Link from "next/link";
import type { QuestionQuery } from "../../core/bank/types";
import { hrefWithQuery } from "../lib/hrefs";

/** Page numbers to show: first, last, and two either side of the current one; null is a gap. */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) pages.push(p);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

/**
 * Previous/next and numbered page links. Every link is `basePath` plus `query` (all current
 * filters) with only the page changed, so paging never loses a filter.
 */
export function Pagination({ basePath, query, page, pageCount }: { basePath: string; query: Partial<QuestionQuery>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => hrefWithQuery(basePath, { ...query, page: p });
  return (
    <nav className="pagination" aria-label="Pagination">
      <ul>
        <li>
          {page > 1 ? (
            <Link prefetch={false} href={href(Math.min(page - 1, pageCount))} rel="prev" className="pagination-step">
              <span aria-hidden="true">←</span> Previous
            </Link>
          ) : (
            <span className="pagination-step is-disabled" aria-disabled="true">
              <span aria-hidden="true">←</span> Previous
            </span>
          )}
        </li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link prefetch={false} href={href(p)} aria-current={p === page ? "page" : undefined} className="pagination-page">
                <span className="visually-hidden">Page </span>
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link prefetch={false} href={href(page + 1)} rel="next" className="pagination-step">
              Next <span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span className="pagination-step is-disabled" aria-disabled="true">
              Next <span aria-hidden="true">→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
