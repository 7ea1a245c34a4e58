import type { Metadata } from "next";
import Link from "next/link";
import { DEFAULT_PAGE_SIZE, parseQuestionQuery } from "../../core/bank/question-query";
import type { QuestionPage, QuestionQuery } from "../../core/bank/types";
import { isAppError } from "../../core/errors";
import { getCuratedSet } from "../../db/queries/catalog";
import { searchQuestions } from "../../db/queries/search-questions";
import { ActiveFilters } from "../components/active-filters";
import { FilterForm } from "../components/filter-form";
import { QueryError } from "../components/query-error";
import { PracticeLink } from "../components/practice-link";
import { QuestionResults } from "../components/question-results";
import { getDb } from "../lib/db";
import { questionsHref } from "../lib/hrefs";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM_ID = "filters";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const params = await props.searchParams;
  const q = typeof params.q === "string" ? params.q.trim() : "";
  return { title: q ? `“${q.slice(0, 60)}” — search` : "Questions" };
}

export default async function QuestionsPage(props: Props) {
  const params = await props.searchParams;
  const db = await getDb();
  let query: QuestionQuery;
  let result: QuestionPage;
  try {
    query = parseQuestionQuery(params);
    result = await searchQuestions(db, query);
  } catch (e) {
    if (!isAppError(e)) throw e;
    return (
      <div className="browse">
        <header className="page-intro">
          <h1>Questions</h1>
        </header>
        <QueryError message={e.message} parameter={typeof e.detail?.parameter === "string" ? e.detail.parameter : undefined} resetHref="/questions" />
      </div>
    );
  }
  const set = query.set ? await getCuratedSet(db, query.set) : null;
  const hasFilters = Boolean(query.levels ?? query.topics ?? query.companies ?? query.bands ?? query.set) || query.hasCode !== undefined;

  return (
    <div className="browse">
      <header className="page-intro browse-intro">
        <h1>{query.q ? "Search results" : set ? set.title : "Questions"}</h1>
        <div className="browse-search" role="search" aria-label="Search these questions">
          <label htmlFor="browse-q" className="visually-hidden">
            Search questions
          </label>
          <input id="browse-q" type="search" name="q" form={FORM_ID} defaultValue={query.q ?? ""} placeholder="Search questions, e.g. decorators" maxLength={200} autoComplete="off" />
          <button type="submit" form={FORM_ID}>
            Search
          </button>
        </div>
      </header>
      <div className="browse-layout">
        <aside className="browse-filters" aria-label="Filters">
          <FilterForm formId={FORM_ID} query={query} facets={result.facets} />
        </aside>
        <div className="browse-results">
          <ActiveFilters query={query} facets={result.facets} setTitle={set?.title} />
          {result.total > 0 ? (
            <p className="browse-practice">
              <PracticeLink query={query} label={`Start Practice (${result.total.toLocaleString("en")})`} />
            </p>
          ) : null}
          <QuestionResults
            result={result}
            basePath="/questions"
            query={query}
            searchText={query.q}
            ordered={Boolean(query.set)}
            empty={
              <>
                <p>
                  <strong>No questions match{query.q ? <> “{query.q}”</> : null}</strong>
                  {hasFilters ? " with these filters." : "."}
                </p>
                <p>
                  {hasFilters ? (
                    <>
                      <Link prefetch={false} href={questionsHref({ q: query.q, pageSize: query.pageSize === DEFAULT_PAGE_SIZE ? undefined : query.pageSize })}>Clear the filters</Link>
                      {query.q ? " or " : null}
                    </>
                  ) : null}
                  {query.q ? <Link prefetch={false} href="/questions">browse all questions</Link> : null}
                  {!hasFilters && !query.q ? <Link prefetch={false} href="/">Back to the home page</Link> : null}
                </p>
              </>
            }
          />
        </div>
      </div>
    </div>
  );
}
