/**
 * Search benchmark: loads a large synthetic bank into a fresh database per target (PGlite on disk,
 * and a throwaway PostgreSQL database), then times a fixed, seeded mix of searches and browses
 * through searchQuestions(), parsed with parseQuestionQuery() exactly as GET /api/questions does.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import pg from "pg";
import { parseQuestionQuery } from "../src/core/bank/question-query";
import { openDatabase, type Db, type DbHandle } from "../src/db/client";
import { ensureTaxonomy } from "../src/db/ensure-taxonomy";
import { rows } from "../src/db/queries/rows";
import { searchQuestions } from "../src/db/queries/search-questions";
import { refreshSearchTerms } from "../src/db/refresh-search-terms";
import { companies } from "../src/db/schema";
import { latencyStats, logProgress, machineInfo, machineLine, round, seededRng, shuffle, table, type LatencyStats, type MachineInfo, type Rng } from "./stats";
import { COMPANIES, companySlug, syntheticQuestion } from "./vocabulary";

/** The app root (where src/db/migrations is). */
export const ROOT = path.resolve(import.meta.dirname, "..");

export type SearchTarget = "pglite" | "postgres";
export const SEARCH_TARGETS: readonly SearchTarget[] = ["pglite", "postgres"];

/** The kinds of request in the mix. */
export type QueryKind = "word" | "phrase" | "typo" | "search+filter" | "browse";
export const QUERY_KINDS: readonly QueryKind[] = ["word", "phrase", "typo", "search+filter", "browse"];

/** Share of each kind in the mix. */
const KIND_SHARE: Record<QueryKind, number> = { word: 0.225, phrase: 0.175, typo: 0.15, "search+filter": 0.225, browse: 0.225 };

/** URL parameters of GET /api/questions, as a user or the UI sends them. */
type Params = Record<string, string>;

const POOLS: Record<QueryKind, Params[]> = {
  word: ["GIL", "decorators", "generators", "asyncio", "metaclass", "descriptor", "dict", "closures", "lambda", "pickle", "pytest", "NumPy", "Django", "MRO", "yield", "deadlocks", "weakref", "__slots__", "venv", "Python"].map((q) => ({ q })),
  phrase: [
    "list comprehension",
    "garbage collection",
    "global interpreter lock",
    "difference between list and tuple",
    "how does the asyncio event loop work",
    "context manager exception handling",
    "decorators with arguments",
    "mutable default argument",
    "thread safety locks",
    "reference counting memory leaks",
    "generator expressions vs list comprehension",
    '"method resolution order"',
    "django orm n+1 query",
    "metaclass descriptor pandas",
  ].map((q) => ({ q })),
  typo: ["decoratros", "genrator", "asyncoi", "metaclas", "comprehnsion", "garbge collection", "dictonary", "iteratr protocol", "closre", "threding", "multiprocesing", "descripter"].map((q) => ({ q })),
  "search+filter": [
    { q: "decorators", level: "senior" },
    { q: "GIL", topic: "concurrency" },
    { q: "dict", band: "0-1" },
    { q: "generators", level: "junior,mid", topic: "iterators-generators" },
    { q: "garbage collection", topic: "memory-performance", band: "5+" },
    { q: "asyncio", level: "expert", code: "yes" },
    { q: "decoratros", level: "mid" },
    { q: "classes", topic: "oop", page: "3" },
    { q: "pytest fixtures", topic: "testing" },
    { q: "SQL injection", level: "senior,expert" },
    { q: "lists", company: "google" },
    { q: "closures", band: "2-5", code: "no" },
  ],
  browse: [
    {},
    { level: "mid" },
    { topic: "oop" },
    { topic: "oop", page: "5" },
    { level: "senior", band: "5+" },
    { topic: "decorators,concurrency" },
    { code: "yes", level: "entry" },
    { page: "50" },
    { level: "junior", page: "200" },
    { company: "google" },
    { band: "2-5", topic: "data-structures", page: "3" },
    { level: "expert", pageSize: "100" },
  ],
};

/** One request of the mix. */
export interface PlannedQuery {
  kind: QueryKind;
  /** The URL parameters, as in /api/questions?… */
  params: Params;
}

/** Builds `count` requests: each kind gets its share, cycling through its pool; the order is shuffled. */
export function planQueries(count: number, rng: Rng): PlannedQuery[] {
  const plan: PlannedQuery[] = [];
  const counts = QUERY_KINDS.map((k) => Math.floor(count * KIND_SHARE[k]));
  for (let i = 0; counts.reduce((s, c) => s + c, 0) < count; i++) counts[i % counts.length]!++;
  QUERY_KINDS.forEach((kind, k) => {
    const pool = shuffle(rng, [...POOLS[kind]]);
    for (let i = 0; i < counts[k]!; i++) plan.push({ kind, params: pool[i % pool.length]! });
  });
  return shuffle(rng, plan);
}

/** How a request looks in a URL (for logs). */
export function describe(params: Params): string {
  const s = new URLSearchParams(params).toString();
  return s ? `?${s}` : "(no filters)";
}

/** Load timings in ms. */
export interface LoadTimings {
  /** INSERTs of questions, topics and companies, in batches of `batchSize` rows (GIN indexes dropped; on PostgreSQL one batch per core at a time). */
  insertMs: number;
  /** Re-creating the GIN indexes (full text, title trigrams, bands). */
  indexMs: number;
  /** refreshSearchTerms(). */
  searchTermsMs: number;
  /** VACUUM ANALYZE. */
  analyzeMs: number;
  /** From the empty, migrated database to ready: the sum of the above (generation not included). */
  totalMs: number;
}

export interface KindResult extends LatencyStats {
  kind: QueryKind | "all";
  /** Median number of matching questions (the `total` searchQuestions returns). */
  medianMatches: number;
  /** Requests that matched nothing. */
  zeroResults: number;
  /** Requests whose text was corrected for typos (correctedQuery not null). */
  corrected: number;
}

/** Figures for one database target. */
export interface SearchTargetResult {
  target: SearchTarget;
  serverVersion: string;
  /** Rows after the load. */
  rows: { questions: number; published: number; questionTopics: number; questionCompanies: number; searchTerms: number };
  /** pg_database_size after the load, MiB. */
  databaseMiB: number;
  load: LoadTimings;
  /** Requests actually measured (fewer than planned when the time budget ran out). */
  measured: number;
  /** True when the time budget stopped the run early. */
  truncated: boolean;
  /** Wall time of the measured requests, ms. */
  wallMs: number;
  /** Latency in ms over all requests, then per kind. */
  overall: KindResult;
  byKind: KindResult[];
  /** 1-minute load average of the machine at the end of the measured requests (other work on the machine skews the figures). */
  loadAverage: number;
  /** The slowest requests, ms. */
  slowest: { kind: QueryKind; request: string; ms: number }[];
}

export interface SearchBenchResult {
  machine: MachineInfo;
  questions: number;
  /** Generating the synthetic rows in JavaScript, once for all targets, ms. */
  generateMs: number;
  batchSize: number;
  queries: number;
  warmup: number;
  seed: number;
  results: SearchTargetResult[];
  /** Targets not run, with the reason (PostgreSQL not reachable). */
  skipped: { target: SearchTarget; reason: string }[];
}

export interface BenchSearchOptions {
  /** Synthetic questions to load (default 100,000). */
  questions: number;
  /** Measured requests per target, after the warm-up (default 200). */
  queries: number;
  /** Databases to run against. */
  targets: SearchTarget[];
  /** Warm-up requests per target, not measured (default 20). */
  warmup?: number;
  /** Seed of the data and of the request mix (default 42). */
  seed?: number;
  /** Rows per INSERT batch (default 1000). */
  batchSize?: number;
  /**
   * Stop measuring a target after this many seconds, keeping what was measured (default 150), so
   * that a slow target cannot run for ever.
   */
  maxQuerySeconds?: number;
  /** PostgreSQL server to create the throwaway database on (default PYPREP_BENCH_PG_URL, PYPREP_TEST_PG_URL, or postgres://postgres@127.0.0.1:5432/test). */
  postgresUrl?: string;
  /** Progress messages (default: to stderr). */
  onProgress?: (message: string) => void;
}

function adminUrl(options: BenchSearchOptions): string {
  return options.postgresUrl ?? process.env.PYPREP_BENCH_PG_URL ?? process.env.PYPREP_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
}

async function postgresReachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (e) {
    return `PostgreSQL at ${new URL(url).host} is not reachable (${e instanceof Error ? e.message : String(e)})`;
  }
}

/** Opens a fresh, empty, migrated database for a target; `close` also deletes it. */
async function openFresh(target: SearchTarget, options: BenchSearchOptions): Promise<DbHandle & { where: string }> {
  if (target === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyprep-bench-pglite-"));
    try {
      const handle = await openDatabase({ dataDir: dir, root: ROOT });
      return {
        ...handle,
        where: dir,
        async close() {
          try {
            await handle.close();
          } finally {
            fs.rmSync(dir, { recursive: true, force: true });
          }
        },
      };
    } catch (e) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }
  const admin = adminUrl(options);
  const dbName = `pyprep_bench_${process.pid}_${Date.now()}`;
  const drop = async () => {
    const a = new pg.Client({ connectionString: admin });
    await a.connect();
    try {
      await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    } finally {
      await a.end();
    }
  };
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${dbName}`);
  } finally {
    await c.end();
  }
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  try {
    // Pool size as the app uses it (default 10): searchQuestions runs its page and facet queries in parallel.
    const handle = await openDatabase({ databaseUrl: url.toString(), root: ROOT });
    return {
      ...handle,
      where: `${url.host}/${dbName}`,
      async close() {
        try {
          await handle.close();
        } finally {
          await drop();
        }
      },
    };
  } catch (e) {
    await drop();
    throw e;
  }
}

/** The synthetic bank as JSON batches, generated once and loaded into every target. */
interface GeneratedBank {
  batches: string[];
  questions: number;
  generateMs: number;
}

/** Generates `questions` synthetic questions (seeded) as JSON arrays of `batchSize` rows. */
export function generateBank(questions: number, batchSize: number, seed: number): GeneratedBank {
  const t0 = performance.now();
  const rng = seededRng(seed);
  const batches: string[] = [];
  for (let start = 0; start < questions; start += batchSize) {
    const batch = [];
    for (let i = start; i < Math.min(questions, start + batchSize); i++) batch.push(syntheticQuestion(rng, i));
    batches.push(JSON.stringify(batch));
  }
  return { batches, questions, generateMs: performance.now() - t0 };
}

/**
 * Inserts questions, their topics and companies in set-based batches: one statement per batch,
 * rows passed as one JSON parameter and expanded with jsonb_to_recordset. The GIN indexes of
 * `questions` are dropped first and re-created afterwards from their own definitions (pg_indexes),
 * as a bulk load does: building a GIN index once is much faster than growing it row by row.
 */
export async function loadBank(db: Db, bank: GeneratedBank, workers: number, progress: (m: string) => void): Promise<{ insertMs: number; indexMs: number }> {
  await ensureTaxonomy(db);
  await db.insert(companies).values(COMPANIES.map((name) => ({ slug: companySlug(name), name })));
  const gin = await rows<{ indexname: string; indexdef: string }>(
    db,
    sql`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'questions' AND indexdef ILIKE '% USING gin %' ORDER BY indexname`,
  );
  const t0 = performance.now();
  for (const ix of gin) await db.execute(sql.raw(`DROP INDEX "${ix.indexname}"`));
  let done = 0;
  let nextReport = performance.now() + 5000;
  const insertBatch = async (json: string) => {
    await db.execute(sql`
      WITH r AS (
        SELECT * FROM jsonb_to_recordset(${json}::jsonb) AS r(slug text, title text, level text, quick_summary text, answer_md text,
          code_examples jsonb, experience_bands text[], status text, origin text, topics text[], companies text[])
      ), ins AS (
        INSERT INTO questions (slug, title, level, quick_summary, answer_md, code_examples, experience_bands, status, origin, content_hash)
        SELECT slug, title, level, quick_summary, answer_md, code_examples, experience_bands, status, origin, md5(slug) FROM r
        RETURNING id, slug
      ), qt AS (
        INSERT INTO question_topics (question_id, topic_id)
        SELECT ins.id, t.id FROM ins JOIN r ON r.slug = ins.slug CROSS JOIN LATERAL unnest(r.topics) AS ts(slug) JOIN topics t ON t.slug = ts.slug
        RETURNING 1
      )
      INSERT INTO question_companies (question_id, company_id)
      SELECT ins.id, c.id FROM ins JOIN r ON r.slug = ins.slug CROSS JOIN LATERAL unnest(r.companies) AS cs(slug) JOIN companies c ON c.slug = cs.slug`);
    done += 1;
    if (performance.now() >= nextReport || done === bank.batches.length) {
      progress(`  inserted batch ${done}/${bank.batches.length} (${Math.round((performance.now() - t0) / 1000)} s)`);
      nextReport = performance.now() + 5000;
    }
  };
  // PostgreSQL: one batch per core at a time (the pool has 10 connections); PGlite is single-threaded.
  let next = 0;
  const worker = async () => {
    while (next < bank.batches.length) await insertBatch(bank.batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, 8)) }, worker));
  const t1 = performance.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const ix of gin) await tx.execute(sql.raw(ix.indexdef));
  });
  const t2 = performance.now();
  progress(`  re-created ${gin.length} GIN indexes (${gin.map((g) => g.indexname).join(", ")}) in ${((t2 - t1) / 1000).toFixed(1)} s`);
  return { insertMs: t1 - t0, indexMs: t2 - t1 };
}

function summarize(kind: QueryKind | "all", samples: { ms: number; total: number; corrected: boolean }[]): KindResult {
  const totals = samples.map((s) => s.total).sort((a, b) => a - b);
  return {
    kind,
    ...latencyStats(samples.map((s) => s.ms)),
    medianMatches: totals.length ? totals[Math.floor((totals.length - 1) / 2)]! : 0,
    zeroResults: samples.filter((s) => s.total === 0).length,
    corrected: samples.filter((s) => s.corrected).length,
  };
}

async function runTarget(target: SearchTarget, bank: GeneratedBank, options: BenchSearchOptions, progress: (m: string) => void): Promise<SearchTargetResult> {
  const seed = options.seed ?? 42;
  const warmup = options.warmup ?? 20;
  const budgetMs = (options.maxQuerySeconds ?? 150) * 1000;
  progress(`${target}: creating a fresh database`);
  const handle = await openFresh(target, options);
  try {
    const db = handle.db;
    progress(`${target}: database at ${handle.where}; loading ${options.questions.toLocaleString("en")} questions`);
    const { insertMs, indexMs } = await loadBank(db, bank, handle.driver === "postgres" ? os.cpus().length : 1, progress);
    let t = performance.now();
    await refreshSearchTerms(db);
    const searchTermsMs = performance.now() - t;
    progress(`${target}: search terms refreshed (${Math.round(searchTermsMs)} ms)`);
    t = performance.now();
    // VACUUM ANALYZE rather than ANALYZE alone: it also flushes the GIN pending lists and sets the
    // visibility map, the steady state autovacuum reaches on a real server.
    await db.execute(sql`VACUUM ANALYZE`);
    const analyzeMs = performance.now() - t;
    const load: LoadTimings = { insertMs, indexMs, searchTermsMs, analyzeMs, totalMs: insertMs + indexMs + searchTermsMs + analyzeMs };
    const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    progress(`${target}: loaded in ${sec(load.totalMs)} (insert ${sec(insertMs)}, GIN indexes ${sec(indexMs)}, search terms ${sec(searchTermsMs)}, VACUUM ANALYZE ${sec(analyzeMs)})`);

    const [counts] = await rows<{ questions: number; published: number; qt: number; qc: number; terms: number; bytes: string; version: string }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM questions) AS questions,
                 (SELECT count(*)::int FROM questions WHERE status = 'published') AS published,
                 (SELECT count(*)::int FROM question_topics) AS qt,
                 (SELECT count(*)::int FROM question_companies) AS qc,
                 (SELECT count(*)::int FROM search_terms) AS terms,
                 pg_database_size(current_database())::text AS bytes,
                 split_part(current_setting('server_version'), ' ', 1) AS version`,
    );

    const run = async (plan: PlannedQuery[], label: string, deadline: number) => {
      const samples: { kind: QueryKind; request: string; ms: number; total: number; corrected: boolean }[] = [];
      let nextReport = performance.now() + 5000;
      for (const item of plan) {
        if (performance.now() > deadline) break;
        const query = parseQuestionQuery(new URLSearchParams(item.params), { strict: true });
        const t0 = performance.now();
        const page = await searchQuestions(db, query);
        const ms = performance.now() - t0;
        samples.push({ kind: item.kind, request: describe(item.params), ms, total: page.total, corrected: page.correctedQuery !== null });
        if (performance.now() >= nextReport) {
          progress(`${target}: ${label} ${samples.length}/${plan.length}`);
          nextReport = performance.now() + 5000;
        }
      }
      return samples;
    };

    progress(`${target}: ${warmup} warm-up requests`);
    await run(planQueries(warmup, seededRng(seed + 1)), "warm-up", Number.POSITIVE_INFINITY);
    progress(`${target}: ${options.queries} measured requests`);
    const w0 = performance.now();
    const samples = await run(planQueries(options.queries, seededRng(seed + 2)), "measured", w0 + budgetMs);
    const wallMs = performance.now() - w0;
    const truncated = samples.length < options.queries;
    if (truncated) progress(`${target}: time budget of ${budgetMs / 1000} s reached after ${samples.length} requests`);

    return {
      target,
      serverVersion: counts?.version ?? "?",
      rows: {
        questions: counts?.questions ?? 0,
        published: counts?.published ?? 0,
        questionTopics: counts?.qt ?? 0,
        questionCompanies: counts?.qc ?? 0,
        searchTerms: counts?.terms ?? 0,
      },
      databaseMiB: round(Number(counts?.bytes ?? 0) / 1024 ** 2),
      load,
      measured: samples.length,
      truncated,
      loadAverage: round(os.loadavg()[0] ?? 0),
      wallMs,
      overall: summarize("all", samples),
      byKind: QUERY_KINDS.map((k) => summarize(k, samples.filter((s) => s.kind === k))).filter((r) => r.n > 0),
      slowest: [...samples]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((s) => ({ kind: s.kind, request: s.request, ms: round(s.ms) })),
    };
  } finally {
    await handle.close();
    progress(`${target}: database removed`);
  }
}

/**
 * Runs the search benchmark on each target in turn: a fresh database, `questions` synthetic
 * questions loaded set-based, refreshSearchTerms(), VACUUM ANALYZE, then `warmup` unmeasured and
 * `queries` measured requests of a fixed, seeded mix (single words, phrases, typos, searches with
 * filters, filter-only browsing with pagination), one at a time, each parsed by
 * parseQuestionQuery(…, { strict: true }) and run by searchQuestions() as the API does.
 *
 * Latencies are in milliseconds (performance.now(), around searchQuestions only); load times in
 * milliseconds. A PostgreSQL target whose server is not reachable is skipped, not failed.
 * @throws Error when loading or querying a target fails (its database is removed first)
 */
export async function benchSearch(options: BenchSearchOptions): Promise<SearchBenchResult> {
  const progress = options.onProgress ?? logProgress;
  const machine = machineInfo();
  progress(`search bench: ${options.questions.toLocaleString("en")} questions, ${options.queries} requests per target; ${machineLine(machine)}`);
  const results: SearchTargetResult[] = [];
  const skipped: SearchBenchResult["skipped"] = [];
  const batchSize = options.batchSize ?? 1000;
  const bank = generateBank(options.questions, batchSize, options.seed ?? 42);
  progress(`generated ${options.questions.toLocaleString("en")} questions in ${(bank.generateMs / 1000).toFixed(1)} s (${bank.batches.length} batches of ${batchSize})`);
  for (const target of options.targets) {
    if (target === "postgres") {
      const reason = await postgresReachable(adminUrl(options));
      if (reason) {
        progress(`postgres: skipped: ${reason}`);
        skipped.push({ target, reason });
        continue;
      }
    }
    results.push(await runTarget(target, bank, options, progress));
  }
  return { machine, questions: options.questions, generateMs: bank.generateMs, batchSize, queries: options.queries, warmup: options.warmup ?? 20, seed: options.seed ?? 42, results, skipped };
}

/** The search figures as text tables (latencies in ms, load in s). */
export function formatSearchResult(r: SearchBenchResult): string {
  const out: string[] = [];
  out.push(`Search: ${r.questions.toLocaleString("en")} synthetic questions, ${r.queries} measured requests per target after ${r.warmup} warm-up (seed ${r.seed})`);
  out.push(`Machine: ${machineLine(r.machine)}`);
  for (const s of r.skipped) out.push(`Skipped ${s.target}: ${s.reason}`);
  if (r.results.length === 0) return out.join("\n");
  out.push("", `Load (s; rows generated once in ${(r.generateMs / 1000).toFixed(1)} s, inserted in batches of ${r.batchSize}):`);
  out.push(
    table(
      ["target", "server", "questions", "topic links", "lexicon", "DB MiB", "insert", "GIN idx", "refreshSearchTerms", "VACUUM ANALYZE", "total"],
      r.results.map((t) => [
        t.target,
        t.serverVersion,
        t.rows.questions,
        t.rows.questionTopics,
        t.rows.searchTerms,
        t.databaseMiB,
        t.load.insertMs / 1000,
        t.load.indexMs / 1000,
        t.load.searchTermsMs / 1000,
        t.load.analyzeMs / 1000,
        t.load.totalMs / 1000,
      ]),
    ),
  );
  out.push("", "searchQuestions latency (ms):");
  out.push(
    table(
      ["target", "kind", "n", "p50", "p95", "p99", "mean", "max", "median matches", "zero", "corrected"],
      r.results.flatMap((t) =>
        [t.overall, ...t.byKind].map((k) => [t.target, k.kind, k.n, k.p50, k.p95, k.p99, k.mean, k.max, k.medianMatches, k.zeroResults, k.corrected]),
      ),
    ),
  );
  out.push("(nearest-rank percentiles: with fewer than 100 samples p99 is the maximum, with fewer than 20 so is p95)");
  for (const t of r.results) {
    out.push("", `${t.target}: ${t.measured} requests in ${(t.wallMs / 1000).toFixed(1)} s, one at a time; 1-min load average at the end ${t.loadAverage} on ${r.machine.cores} cores.`);
    if (t.truncated) out.push(`  Stopped at the time budget after ${t.measured} of ${r.queries} requests.`);
    out.push(`  Slowest: ${t.slowest.map((s) => `${s.ms} ms ${s.kind} ${s.request}`).join("; ")}`);
  }
  return out.join("\n");
}
