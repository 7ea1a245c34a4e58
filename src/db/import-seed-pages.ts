import { eq, sql } from "drizzle-orm";
import type { Level, ExperienceBand } from "../core/bank/levels";
import type { CodeExample } from "../core/bank/types";
import { planSeedImport, type FileImportReport, type SeedImportPlan } from "../core/ingest/plan-seed-import";
import type { ParsedPage } from "../core/ingest/types";
import type { Db } from "./client";
import { invalidateSearchCache } from "./queries/search-questions";
import { ensureTaxonomy } from "./ensure-taxonomy";
import { refreshSearchTerms } from "./refresh-search-terms";
import {
  companies,
  curatedSetItems,
  curatedSets,
  importedPages,
  questionCompanies,
  questionSources,
  questions,
  questionTopics,
  topics,
} from "./schema";

export interface ImportSeedPagesOptions {
  pages: { page: ParsedPage; text: string }[];
  /** Called after each planned question is written: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSeedPagesResult {
  reports: FileImportReport[];
  merges: string[];
  /** Questions in the bank after the import. */
  totalQuestions: number;
}

/**
 * Imports parsed seed pages in one transaction: plans merges against the current bank
 * (planSeedImport), writes new questions, sources, topics, companies and company sets, and
 * rebuilds the search lexicon. All or nothing: on any error nothing of this run is kept.
 */
export async function importSeedPages(db: Db, { pages, onProgress }: ImportSeedPagesOptions): Promise<ImportSeedPagesResult> {
  invalidateSearchCache(db);
  const result = await db.transaction(async (tx) => {
    await ensureTaxonomy(tx);
    const plan = planSeedImport({ pages, existing: await loadExisting(tx as unknown as Db), existingPages: await tx.select({ file: importedPages.file, contentHash: importedPages.contentHash }).from(importedPages) });
    await applyPlan(tx as unknown as Db, plan, onProgress);
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(questions);
    return { reports: plan.reports, merges: plan.merges, totalQuestions: n };
  });
  invalidateSearchCache(db);
  return result;
}

/** The bank as the seed planner sees it (exported for the admin import preview). */
export async function loadExisting(db: Db) {
  const rows = await db
    .select({
      id: questions.id,
      slug: questions.slug,
      title: questions.title,
      level: questions.level,
      quickSummary: questions.quickSummary,
      answerMd: questions.answerMd,
      codeExamples: questions.codeExamples,
      bands: questions.experienceBands,
      topics: sql<string[]>`coalesce((SELECT array_agg(t.slug ORDER BY t.slug) FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = ${questions.id}), '{}')`,
      companies: sql<string[]>`coalesce((SELECT array_agg(c.slug ORDER BY c.slug) FROM question_companies qc JOIN companies c ON c.id = qc.company_id WHERE qc.question_id = ${questions.id}), '{}')`,
      sourceKeys: sql<string[]>`coalesce((SELECT array_agg(s.page || '#' || s.position) FROM question_sources s WHERE s.question_id = ${questions.id}), '{}')`,
      sourceTitles: sql<{ page: string; title: string; body: string }[] | string>`coalesce((SELECT json_agg(json_build_object('page', s.page, 'title', s.original_title, 'body', coalesce(s.quick_summary, '') || ' ' || s.answer_md) ORDER BY s.id) FROM question_sources s WHERE s.question_id = ${questions.id}), '[]')`,
    })
    .from(questions)
    .orderBy(questions.id);
  return rows.map((r) => ({
    ...r,
    level: r.level as Level,
    bands: r.bands as ExperienceBand[],
    codeExamples: r.codeExamples as CodeExample[],
    sourceTitles: typeof r.sourceTitles === "string" ? (JSON.parse(r.sourceTitles) as { page: string; title: string; body: string }[]) : r.sourceTitles,
  }));
}

async function applyPlan(db: Db, plan: SeedImportPlan, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (plan.companies.length) await db.insert(companies).values(plan.companies).onConflictDoNothing();
  const topicRows = await db.select({ id: topics.id, slug: topics.slug }).from(topics);
  const topicId = new Map(topicRows.map((t) => [t.slug, t.id]));
  const companyRows = await db.select({ id: companies.id, slug: companies.slug }).from(companies);
  const companyId = new Map(companyRows.map((c) => [c.slug, c.id]));
  const idByKey = new Map<string, number>();
  const total = plan.questions.length;
  let done = 0;

  for (const q of plan.questions) {
    let id: number;
    if (q.id === null) {
      const [row] = await db
        .insert(questions)
        .values({
          slug: q.slug,
          title: q.title,
          level: q.level,
          quickSummary: q.quickSummary,
          answerMd: q.answerMd,
          codeExamples: q.codeExamples,
          experienceBands: q.bands,
          origin: "seed",
          status: "published",
        })
        .returning({ id: questions.id });
      if (!row) throw new Error(`insert of question '${q.slug}' returned no id`);
      id = row.id;
    } else {
      id = q.id;
      await db
        .update(questions)
        .set({ quickSummary: q.quickSummary, codeExamples: q.codeExamples, experienceBands: q.bands, updatedAt: sql`now()` })
        .where(eq(questions.id, id));
    }
    idByKey.set(q.key, id);
    const tIds = q.topics.map((s) => topicId.get(s)).filter((x): x is number => x !== undefined);
    if (tIds.length) await db.insert(questionTopics).values(tIds.map((topicId) => ({ questionId: id, topicId }))).onConflictDoNothing();
    const cIds = q.companies.map((s) => companyId.get(s)).filter((x): x is number => x !== undefined);
    if (cIds.length) await db.insert(questionCompanies).values(cIds.map((companyId) => ({ questionId: id, companyId }))).onConflictDoNothing();
    if (q.newSources.length) {
      await db
        .insert(questionSources)
        .values(q.newSources.map((s) => ({ ...s, questionId: id })))
        .onConflictDoUpdate({
          target: [questionSources.page, questionSources.position],
          set: {
            pageTitle: sql`excluded.page_title`,
            line: sql`excluded.line`,
            originalTitle: sql`excluded.original_title`,
            levelLabel: sql`excluded.level_label`,
            answerMd: sql`excluded.answer_md`,
            quickSummary: sql`excluded.quick_summary`,
          },
        });
    }
    onProgress?.(++done, total);
  }

  for (const set of plan.sets) {
    const [row] = await db
      .insert(curatedSets)
      .values({ slug: set.slug, title: set.title, description: set.description, kind: set.kind, companySlug: set.companySlug, featured: true })
      .onConflictDoUpdate({ target: curatedSets.slug, set: { title: set.title, description: set.description, updatedAt: sql`now()` } })
      .returning({ id: curatedSets.id });
    if (!row) throw new Error(`upsert of set '${set.slug}' returned no id`);
    const ids = set.itemKeys.map((k) => idByKey.get(k) ?? (k.startsWith("id:") ? Number(k.slice(3)) : undefined)).filter((x): x is number => x !== undefined);
    await db.delete(curatedSetItems).where(eq(curatedSetItems.setId, row.id));
    if (ids.length) await db.insert(curatedSetItems).values(ids.map((questionId, position) => ({ setId: row.id, questionId, position })));
  }

  for (const p of plan.pages) {
    await db
      .insert(importedPages)
      .values(p)
      .onConflictDoUpdate({ target: importedPages.file, set: { title: p.title, format: p.format, contentHash: p.contentHash, questionCount: p.questionCount, importedAt: sql`now()` } });
  }
  if (plan.questions.length) await refreshSearchTerms(db);
}
