import { sql, type SQL } from "drizzle-orm";
import { EXPERIENCE_BAND_LABELS, LEVELS, type ExperienceBand, type Level } from "../../core/bank/levels";
import type { FacetCount, QuestionPage, QuestionQuery, QuestionSummary, Tag } from "../../core/bank/types";
import { pickCorrection, type SpellingCandidate } from "../../core/search/edit-distance";
import type { Db } from "../client";
import { headlineToHtml, iso, MARK_START, MARK_STOP, rows } from "./rows";

type Facet = "levels" | "topics" | "companies" | "bands";

/** The columns every list shows, as a SELECT list over `q` (questions). */
export const SUMMARY_COLUMNS = sql`
  q.id, q.slug, q.title, q.level, q.quick_summary, q.has_code, q.experience_bands, q.updated_at,
  coalesce((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name) FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id), '[]') AS topics,
  coalesce((SELECT json_agg(json_build_object('slug', c.slug, 'name', c.name) ORDER BY c.name) FROM question_companies qc JOIN companies c ON c.id = qc.company_id WHERE qc.question_id = q.id), '[]') AS companies`;

export interface SummaryRow {
  id: number;
  slug: string;
  title: string;
  level: string;
  quick_summary: string;
  has_code: boolean;
  experience_bands: string[];
  updated_at: unknown;
  topics: Tag[] | string;
  companies: Tag[] | string;
}

/** Maps a row selected with SUMMARY_COLUMNS. */
export function toSummary(r: SummaryRow): QuestionSummary {
  return {
    slug: r.slug,
    title: r.title,
    level: r.level as Level,
    topics: typeof r.topics === "string" ? (JSON.parse(r.topics) as Tag[]) : r.topics,
    companies: typeof r.companies === "string" ? (JSON.parse(r.companies) as Tag[]) : r.companies,
    experienceBands: r.experience_bands as ExperienceBand[],
    quickSummary: r.quick_summary,
    hasCode: r.has_code,
    updatedAt: iso(r.updated_at),
  };
}

/**
 * Corrects typos word by word: a word of 3+ letters that the bank's lexicon does not hold is
 * replaced by the closest lexicon word: candidates by pg_trgm similarity (≥ 0.3), then the fewest
 * edits (pickCorrection).
 * Returns the corrected text, or null when nothing changed.
 * @see https://www.postgresql.org/docs/current/pgtrgm.html#PGTRGM-TEXT-SEARCH
 */
export async function correctQuery(db: Db, text: string): Promise<string | null> {
  const words = [...new Set(text.toLowerCase().match(/[a-z][a-z0-9_]{2,}/g) ?? [])].filter((w) => w.length <= 40);
  if (words.length === 0) return null;
  // Words are [a-z0-9_] only (matched above), so they are safe to inline in the array literal.
  const found = await rows<{ input: string; known: boolean; candidates: SpellingCandidate[] | string | null }>(
    db,
    sql`SELECT w.input, EXISTS (SELECT 1 FROM search_terms e WHERE e.word = w.input) AS known,
          (SELECT json_agg(json_build_object('word', c.word, 'similarity', c.sim, 'ndoc', c.ndoc)) FROM (
             SELECT st.word, similarity(st.word, w.input) AS sim, st.ndoc FROM search_terms st
             WHERE st.word % w.input ORDER BY sim DESC, st.ndoc DESC LIMIT 8) c) AS candidates
        FROM unnest(${sql.raw(`ARRAY[${words.map((w) => `'${w}'`).join(",")}]::text[]`)}) AS w(input)`,
  );
  const fix = new Map<string, string>();
  for (const f of found) {
    if (f.known || !f.candidates) continue;
    const candidates = typeof f.candidates === "string" ? (JSON.parse(f.candidates) as SpellingCandidate[]) : f.candidates;
    const word = pickCorrection(f.input, candidates);
    if (word && word !== f.input) fix.set(f.input, word);
  }
  if (fix.size === 0) return null;
  return text.replace(/[A-Za-z][A-Za-z0-9_]{2,}/g, (w) => fix.get(w.toLowerCase()) ?? w);
}

function conditions(query: QuestionQuery, tsq: SQL | null, except?: Facet): SQL {
  const parts: SQL[] = [sql`q.status = 'published'`];
  if (tsq) parts.push(sql`q.search_vector @@ ${tsq}`);
  if (query.levels?.length && except !== "levels") parts.push(sql`q.level IN (${sql.join(query.levels.map((l) => sql`${l}`), sql`, `)})`);
  if (query.bands?.length && except !== "bands") parts.push(sql`q.experience_bands && ${sql.raw(`ARRAY[${query.bands.map((b) => `'${b}'`).join(",")}]::text[]`)}`);
  if (query.hasCode !== undefined) parts.push(sql`q.has_code = ${query.hasCode}`);
  if (query.topics?.length && except !== "topics") {
    for (const t of query.topics) parts.push(sql`EXISTS (SELECT 1 FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id AND t.slug = ${t})`);
  }
  if (query.companies?.length && except !== "companies") {
    parts.push(
      sql`EXISTS (SELECT 1 FROM question_companies qc JOIN companies c ON c.id = qc.company_id WHERE qc.question_id = q.id AND c.slug IN (${sql.join(query.companies.map((c) => sql`${c}`), sql`, `)}))`,
    );
  }
  if (query.set) parts.push(sql`EXISTS (SELECT 1 FROM curated_set_items si JOIN curated_sets s ON s.id = si.set_id WHERE si.question_id = q.id AND s.slug = ${query.set})`);
  return sql.join(parts, sql` AND `);
}

interface FacetRow {
  facet: "total" | Facet;
  value: string | null;
  label: string | null;
  count: number;
}

/**
 * The total and the facet counts. Facets without an active filter of their own count the
 * matching questions, all in one statement over one materialized scan (a broad search reads its
 * matches once, not five times); a facet whose own filter is active ignores it (disjunctive
 * facets: "what would adding this level give") and gets a query of its own.
 */
async function summarize(db: Db, query: QuestionQuery, tsq: SQL | null): Promise<{ total: number; facets: QuestionPage["facets"] }> {
  const own: Record<Facet, boolean> = {
    levels: Boolean(query.levels?.length),
    topics: false,
    companies: Boolean(query.companies?.length),
    bands: Boolean(query.bands?.length),
  };
  const parts: SQL[] = [sql`SELECT 'total' AS facet, NULL AS value, NULL AS label, count(*)::int AS count FROM m`];
  if (!own.levels) parts.push(sql`SELECT 'levels', m.level, m.level, count(*)::int FROM m GROUP BY m.level`);
  if (!own.bands) parts.push(sql`SELECT 'bands', b, b, count(*)::int FROM m, unnest(m.experience_bands) AS b GROUP BY b`);
  parts.push(sql`SELECT 'topics', t.slug, t.name, count(*)::int FROM m JOIN question_topics qt ON qt.question_id = m.id JOIN topics t ON t.id = qt.topic_id GROUP BY t.slug, t.name`);
  if (!own.companies) parts.push(sql`SELECT 'companies', c.slug, c.name, count(*)::int FROM m JOIN question_companies qc ON qc.question_id = m.id JOIN companies c ON c.id = qc.company_id GROUP BY c.slug, c.name`);
  const main = rows<FacetRow>(
    db,
    sql`WITH m AS MATERIALIZED (SELECT q.id, q.level, q.experience_bands FROM questions q WHERE ${conditions(query, tsq)})
        ${sql.join(parts, sql` UNION ALL `)}`,
  );
  const separate: Promise<FacetRow[]>[] = [];
  if (own.levels) separate.push(rows<FacetRow>(db, sql`SELECT 'levels' AS facet, q.level AS value, q.level AS label, count(*)::int AS count FROM questions q WHERE ${conditions(query, tsq, "levels")} GROUP BY q.level`));
  if (own.bands) separate.push(rows<FacetRow>(db, sql`SELECT 'bands' AS facet, b AS value, b AS label, count(*)::int AS count FROM questions q, unnest(q.experience_bands) AS b WHERE ${conditions(query, tsq, "bands")} GROUP BY b`));
  if (own.companies) {
    separate.push(
      rows<FacetRow>(
        db,
        sql`SELECT 'companies' AS facet, c.slug AS value, c.name AS label, count(*)::int AS count FROM questions q JOIN question_companies qc ON qc.question_id = q.id JOIN companies c ON c.id = qc.company_id WHERE ${conditions(query, tsq, "companies")} GROUP BY c.slug, c.name`,
      ),
    );
  }
  const all = (await Promise.all([main, ...separate])).flat();
  const of = (f: Facet) => all.filter((r) => r.facet === f);
  const levelCount = new Map(of("levels").map((r) => [r.value, r.count]));
  const bandCount = new Map(of("bands").map((r) => [r.value, r.count]));
  const tagged = (f: Facet): FacetCount[] =>
    of(f)
      .map((r) => ({ value: r.value ?? "", label: r.label ?? "", count: r.count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    total: all.find((r) => r.facet === "total")?.count ?? 0,
    facets: {
      levels: LEVELS.map((l) => ({ value: l, label: l, count: levelCount.get(l) ?? 0 })),
      topics: tagged("topics"),
      companies: tagged("companies"),
      bands: (Object.keys(EXPERIENCE_BAND_LABELS) as ExperienceBand[]).map((b) => ({ value: b, label: EXPERIENCE_BAND_LABELS[b], count: bandCount.get(b) ?? 0 })),
    },
  };
}

interface ResultRow extends SummaryRow {
  title_hl: string | null;
  snippet_hl: string | null;
}

/**
 * Above this many matches, results are ordered by level and title instead of by rank: ranking
 * reads every matching document, which costs seconds for a word most questions contain.
 */
export const RANK_LIMIT = 5000;

async function page(db: Db, query: QuestionQuery, tsq: SQL | null, rank: boolean): Promise<ResultRow[]> {
  const offset = (query.page - 1) * query.pageSize;
  const order =
    tsq && rank
      ? sql`ts_rank_cd(q.search_vector, ${tsq}, 32) DESC, q.level_rank, q.id`
      : query.set
        ? sql`(SELECT si.position FROM curated_set_items si JOIN curated_sets s ON s.id = si.set_id WHERE si.question_id = q.id AND s.slug = ${query.set})`
        : sql`q.status, q.level_rank, q.title, q.id`;
  const opts = `StartSel=${MARK_START}, StopSel=${MARK_STOP}`;
  // Note: ts_headline is costly, so it runs on the page's rows only (the inner query is limited).
  return rows<ResultRow>(
    db,
    sql`SELECT p.*,
          ${tsq ? sql`ts_headline('english', p.title, ${tsq}, ${`${opts}, HighlightAll=true`})` : sql`NULL`} AS title_hl,
          ${tsq ? sql`ts_headline('english', p.quick_summary || ' ' || p.answer_md, ${tsq}, ${`${opts}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})` : sql`NULL`} AS snippet_hl
        FROM (
          SELECT ${SUMMARY_COLUMNS}, q.answer_md
          FROM questions q
          WHERE ${conditions(query, tsq)}
          ORDER BY ${order}
          LIMIT ${query.pageSize} OFFSET ${offset}
        ) p`,
  );
}

// Totals and facet counts of plain browsing (no search text) are whole-table aggregations:
// cached per database handle for a short while, and dropped by every write through
// invalidateSearchCache. Searches are not cached.
const SUMMARY_TTL_MS = 30_000;
const summaryCache = new WeakMap<object, Map<string, { at: number; value: Awaited<ReturnType<typeof summarize>> }>>();

/** Forgets cached totals and facet counts of `db` (importers call it after writing). */
export function invalidateSearchCache(db: object): void {
  summaryCache.delete(db);
}

async function cachedSummary(db: Db, query: QuestionQuery, tsq: SQL | null): Promise<Awaited<ReturnType<typeof summarize>>> {
  if (tsq) return summarize(db, query, tsq);
  const key = JSON.stringify({ ...query, page: 0, pageSize: 0 });
  let cache = summaryCache.get(db);
  if (!cache) summaryCache.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < SUMMARY_TTL_MS) return hit.value;
  const value = await summarize(db, query, null);
  if (cache.size > 500) cache.clear();
  cache.set(key, { at: Date.now(), value });
  return value;
}

/**
 * Browse and search: filters combine (levels OR, topics AND, companies OR, bands OR, has code,
 * set), free text goes through typo correction then PostgreSQL full-text search
 * (websearch_to_tsquery, 'english'), ranked by ts_rank_cd (up to RANK_LIMIT matches; beyond
 * that by level and title); if every word together matches nothing, any word may match. Results carry `<mark>` highlights; facets count what each filter
 * value would give (disjunctive for levels, bands and companies: a facet ignores its own filter;
 * topics combine with AND, so their counts include the chosen topics).
 */
export async function searchQuestions(db: Db, query: QuestionQuery): Promise<QuestionPage> {
  let tsq: SQL | null = null;
  let correctedQuery: string | null = null;
  if (query.q) {
    correctedQuery = await correctQuery(db, query.q);
    tsq = sql`websearch_to_tsquery('english', ${correctedQuery ?? query.q})`;
  }
  let summary = await cachedSummary(db, query, tsq);
  const words = (correctedQuery ?? query.q ?? "").toLowerCase().match(/[a-z0-9_]+/g) ?? [];
  if (tsq && summary.total === 0 && words.length > 1) {
    tsq = sql`to_tsquery('english', ${words.map((w) => `'${w}'`).join(" | ")})`;
    summary = await summarize(db, query, tsq);
  }
  const items = summary.total > 0 ? await page(db, query, tsq, summary.total <= RANK_LIMIT) : [];
  return {
    items: items.map((r) => ({
      ...toSummary(r),
      highlight: tsq ? { title: headlineToHtml(r.title_hl ?? r.title), snippet: headlineToHtml(r.snippet_hl ?? "") } : undefined,
    })),
    total: summary.total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(summary.total / query.pageSize)),
    correctedQuery,
    facets: summary.facets,
  };
}

/**
 * Ids of the published questions matching `query` (filters and search text, typo-corrected),
 * at most `limit`: a set's questions in the set's order, otherwise by level then title.
 * Used to draw practice sessions from any filtered list.
 */
export async function matchingQuestionIds(db: Db, query: Omit<QuestionQuery, "page" | "pageSize">, limit = 2000): Promise<number[]> {
  let tsq: SQL | null = null;
  if (query.q) {
    const corrected = await correctQuery(db, query.q);
    tsq = sql`websearch_to_tsquery('english', ${corrected ?? query.q})`;
  }
  const full: QuestionQuery = { ...query, page: 1, pageSize: limit };
  const order = query.set
    ? sql`(SELECT si.position FROM curated_set_items si JOIN curated_sets s ON s.id = si.set_id WHERE si.question_id = q.id AND s.slug = ${query.set})`
    : tsq
      ? sql`ts_rank_cd(q.search_vector, ${tsq}, 32) DESC, q.id`
      : sql`q.level_rank, q.title, q.id`;
  const found = await rows<{ id: number }>(db, sql`SELECT q.id FROM questions q WHERE ${conditions(full, tsq)} ORDER BY ${order} LIMIT ${limit}`);
  return found.map((r) => r.id);
}
