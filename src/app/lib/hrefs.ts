/** URL builders, so every link keeps the filter state in the one format parseQuestionQuery reads. */
import { levelSlug, type ExperienceBand, type Level } from "../../core/bank/levels";
import { toSearchParams } from "../../core/bank/question-query";
import type { QuestionQuery } from "../../core/bank/types";

/** `path` plus the query's parameters (defaults omitted), e.g. `/questions?level=mid&page=2`. */
export function hrefWithQuery(path: string, query: Partial<QuestionQuery>): string {
  const qs = toSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
}

export const questionsHref = (query: Partial<QuestionQuery> = {}): string => hrefWithQuery("/questions", query);
export const practiceHref = (query: Partial<QuestionQuery> = {}): string => hrefWithQuery("/practice", query);
export const questionHref = (slug: string): string => `/questions/${encodeURIComponent(slug)}`;
export const levelHref = (level: Level): string => `/levels/${levelSlug(level)}`;
export const topicHref = (slug: string): string => `/topics/${encodeURIComponent(slug)}`;
export const companyHref = (slug: string): string => `/companies/${encodeURIComponent(slug)}`;
export const setHref = (slug: string): string => `/sets/${encodeURIComponent(slug)}`;
export const bandHref = (band: ExperienceBand): string => questionsHref({ bands: [band] });

/** Drops the filters in `fixed` from `query` (for links on pages whose URL already implies them). */
export function withoutFixed(query: Partial<QuestionQuery>, fixed: Partial<QuestionQuery>): Partial<QuestionQuery> {
  const rest: Partial<QuestionQuery> = { ...query };
  for (const key of Object.keys(fixed) as (keyof QuestionQuery)[]) delete rest[key];
  return rest;
}
