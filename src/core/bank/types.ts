import type { ExperienceBand, Level } from "./levels";

/** A topic or company as shown in lists: its URL slug and display name. */
export interface Tag {
  slug: string;
  name: string;
}

/** A code example of a question. `expectedOutput` is what it prints when run (null: not checked). */
export interface CodeExample {
  /** Optional caption shown above the example. */
  title?: string;
  language: string;
  code: string;
  expectedOutput: string | null;
}

/** Filters shared by the browse page, level/topic/company pages and `GET /api/questions`. */
export interface QuestionQuery {
  /** Free-text search over titles, summaries and answers; typos are corrected. */
  q?: string | undefined;
  /** Any of these levels (OR). */
  levels?: Level[] | undefined;
  /** Topic slugs; a question must have every one (AND). */
  topics?: string[] | undefined;
  /** Company slugs; a question must belong to any one (OR). */
  companies?: string[] | undefined;
  /** Any of these experience bands (OR). */
  bands?: ExperienceBand[] | undefined;
  /** Only questions with (true) or without (false) code examples. */
  hasCode?: boolean | undefined;
  /** Only questions in this curated set (slug), in the set's order. */
  set?: string | undefined;
  /** 1-based page number. */
  page: number;
  /** Items per page, 1–100. */
  pageSize: number;
}

/** A question as listed in results. */
export interface QuestionSummary {
  slug: string;
  title: string;
  level: Level;
  topics: Tag[];
  companies: Tag[];
  experienceBands: ExperienceBand[];
  quickSummary: string;
  hasCode: boolean;
  /** ISO 8601 timestamp. */
  updatedAt: string;
  /**
   * Present when the query had search text: HTML-escaped fragments with matches wrapped in
   * `<mark>`; safe to insert as HTML.
   */
  highlight?: { title: string; snippet: string } | undefined;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

/** One page of results, with the counts the filters would give. */
export interface QuestionPage {
  items: QuestionSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** The query as corrected for typos ("decorators" for "decoratros"), or null when nothing was corrected. */
  correctedQuery: string | null;
  facets: {
    levels: FacetCount[];
    topics: FacetCount[];
    companies: FacetCount[];
    bands: FacetCount[];
  };
}

/** Another page's version of a question, kept when questions merge. */
export interface QuestionSource {
  page: string;
  pageTitle: string;
  position: number;
  line: number;
  originalTitle: string;
  levelLabel: string;
  answerMd: string;
  quickSummary: string | null;
}

/** A question with everything its page shows. */
export interface QuestionDetail extends QuestionSummary {
  answerMd: string;
  /** What a good answer covers (the rubric's key points), most important first; empty for imported seed questions. */
  keyPoints: { point: string; weight: number }[];
  codeExamples: CodeExample[];
  sources: QuestionSource[];
  related: QuestionSummary[];
  status: string;
  /** ISO 8601. */
  createdAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** Minutes to read the summary and answer at 200 words per minute, at least 1. */
  readingTimeMinutes: number;
}

/** A curated set as listed. */
export interface CuratedSetSummary {
  slug: string;
  title: string;
  description: string;
  kind: "curated" | "company" | "page";
  featured: boolean;
  questionCount: number;
}

/** Topic with its question count, for topic lists. */
export interface TopicSummary extends Tag {
  description: string;
  questionCount: number;
}
