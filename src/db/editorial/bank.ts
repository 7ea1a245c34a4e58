/**
 * The whole bank in the portable format (core/editorial/bank-format.ts), out and in.
 */
import { eq, sql } from "drizzle-orm";
import { BANK_FORMAT, BANK_VERSION, draftOfBankQuestion, type BankChallenge, type BankExport, type BankQuestion, type BankSet } from "../../core/editorial/bank-format";
import type { BankImportPlan } from "../../core/editorial/plan-bank-import";
import type { Db } from "../client";
import { ensureTaxonomy } from "../ensure-taxonomy";
import { iso, rows } from "../queries/rows";
import { invalidateSearchCache } from "../queries/search-questions";
import { refreshSearchTerms } from "../refresh-search-terms";
import { AppError } from "../../core/errors";
import { challenges, companies, curatedSetItems, curatedSets, questionRelations, questionRevisions, questions, questionSources } from "../schema";
import { recordAudit, type EditorialActor } from "./audit";
import { draftOfRow, writeRow } from "./questions";

const json = <T>(v: unknown): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));

/** Every question, set, challenge and company, in a stable order (by slug). */
export async function exportBank(db: Db): Promise<BankExport> {
  const qs = await rows<{ id: number; slug: string; status: string; origin: string; seed_refs: string[]; reviewed_by: string | null; reviewed_at: unknown; created_at: unknown; updated_at: unknown; sources: unknown }>(
    db,
    sql`SELECT q.id, q.slug, q.status, q.origin, q.seed_refs, q.reviewed_by, q.reviewed_at, q.created_at, q.updated_at,
          coalesce((SELECT json_agg(json_build_object('page', s.page, 'pageTitle', s.page_title, 'position', s.position, 'line', s.line, 'originalTitle', s.original_title, 'levelLabel', s.level_label, 'answerMd', s.answer_md, 'quickSummary', s.quick_summary) ORDER BY s.page, s.position) FROM question_sources s WHERE s.question_id = q.id), '[]') AS sources
        FROM questions q ORDER BY q.slug`,
  );
  const questionsOut: BankQuestion[] = [];
  for (const q of qs) {
    const d = await draftOfRow(db, q.id);
    questionsOut.push({
      slug: q.slug,
      ...d,
      status: q.status as BankQuestion["status"],
      origin: q.origin,
      seeds: q.seed_refs,
      reviewedBy: q.reviewed_by,
      reviewedAt: q.reviewed_at ? iso(q.reviewed_at) : null,
      createdAt: iso(q.created_at),
      updatedAt: iso(q.updated_at),
      sources: json(q.sources),
    });
  }
  const sets = await rows<{ slug: string; title: string; description: string; kind: BankSet["kind"]; company_slug: string | null; featured: boolean; questions: string[] }>(
    db,
    sql`SELECT s.slug, s.title, s.description, s.kind, s.company_slug, s.featured,
          coalesce((SELECT array_agg(q.slug ORDER BY i.position) FROM curated_set_items i JOIN questions q ON q.id = i.question_id WHERE i.set_id = s.id), '{}') AS questions
        FROM curated_sets s ORDER BY s.slug`,
  );
  const chs = await db.select().from(challenges).orderBy(challenges.slug);
  const cos = await db.select({ slug: companies.slug, name: companies.name }).from(companies).orderBy(companies.slug);
  return {
    format: BANK_FORMAT,
    version: BANK_VERSION,
    exportedAt: new Date().toISOString(),
    companies: cos,
    questions: questionsOut,
    sets: sets.map((s) => ({ slug: s.slug, title: s.title, description: s.description, kind: s.kind, companySlug: s.company_slug, featured: s.featured, questions: s.questions })),
    challenges: chs.map(
      (c): BankChallenge => ({
        slug: c.slug,
        title: c.title,
        difficulty: c.difficulty as BankChallenge["difficulty"],
        topics: c.topics,
        relatedQuestions: c.relatedQuestions,
        statementMd: c.statementMd,
        starter: c.starter,
        examples: c.examples,
        hiddenTests: c.hiddenTests,
        solution: c.solution,
        timeLimitMs: c.timeLimitMs,
        origin: c.origin,
      }),
    ),
  };
}

/**
 * Writes a planned import in one transaction (all or nothing): companies, questions (each
 * imported question gets a revision, authored by the importer), their related links once every
 * question exists, sets in order, challenges; then rebuilds the search lexicon.
 * @throws AppError INVALID_INPUT when the plan has rejected records (nothing is written)
 */
export async function applyBankImport(db: Db, actor: EditorialActor, plan: BankImportPlan, source: string): Promise<void> {
  if (plan.preview.counts.reject > 0) {
    throw new AppError("INVALID_INPUT", `${plan.preview.counts.reject} record(s) are rejected: fix them and import again (nothing was imported)`);
  }
  invalidateSearchCache(db);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await ensureTaxonomy(tx);
    if (plan.companies.length) {
      await tx
        .insert(companies)
        .values(plan.companies)
        .onConflictDoUpdate({ target: companies.slug, set: { name: sql`excluded.name` } });
    }
    const written: { id: number; q: BankQuestion }[] = [];
    for (const q of plan.questions) {
      const draft = { ...draftOfBankQuestion(q), related: [] };
      const [prev] = await tx.select({ id: questions.id, head: questions.headRevision }).from(questions).where(eq(questions.slug, q.slug));
      const meta = {
        status: q.status,
        workflowStatus: q.status,
        origin: q.origin,
        seedRefs: q.seeds,
        reviewedBy: q.reviewedBy,
        reviewedAt: q.reviewedAt ? new Date(q.reviewedAt) : null,
        ...(q.updatedAt ? { updatedAt: new Date(q.updatedAt) } : { updatedAt: new Date() }),
        ...(q.createdAt ? { createdAt: new Date(q.createdAt) } : {}),
      };
      let id: number;
      let head: number;
      if (prev) {
        id = prev.id;
        head = prev.head + 1;
      } else {
        const [row] = await tx.insert(questions).values({ slug: q.slug, title: q.title, level: q.level }).returning({ id: questions.id });
        if (!row) throw new Error(`insert of '${q.slug}' returned no id`);
        id = row.id;
        head = 1;
      }
      await writeRow(tx, id, draft, { ...meta, headRevision: head, publishedRevision: q.status === "published" ? head : null });
      await tx.insert(questionRevisions).values({ questionId: id, number: head, snapshot: { ...draftOfBankQuestion(q) } as Record<string, unknown>, authorId: actor.id, authorName: actor.name, message: `Imported from ${source}` });
      if (q.sources) {
        await tx.delete(questionSources).where(eq(questionSources.questionId, id));
        if (q.sources.length) await tx.insert(questionSources).values(q.sources.map((s) => ({ ...s, questionId: id })));
      }
      written.push({ id, q });
    }
    // Related links name other questions, which may come later in the file.
    for (const { id, q } of written) {
      if (!q.related.length) continue;
      await writeRelated(tx, id, q.related);
    }
    for (const s of plan.sets) {
      const [row] = await tx
        .insert(curatedSets)
        .values({ slug: s.slug, title: s.title, description: s.description, kind: s.kind, companySlug: s.companySlug, featured: s.featured })
        .onConflictDoUpdate({ target: curatedSets.slug, set: { title: s.title, description: s.description, kind: s.kind, companySlug: s.companySlug, featured: s.featured, updatedAt: sql`now()` } })
        .returning({ id: curatedSets.id });
      if (!row) throw new Error(`upsert of set '${s.slug}' returned no id`);
      await tx.delete(curatedSetItems).where(eq(curatedSetItems.setId, row.id));
      if (s.questions.length) {
        const found = await tx.select({ id: questions.id, slug: questions.slug }).from(questions).where(sql`${questions.slug} IN ${s.questions}`);
        const bySlug = new Map(found.map((f) => [f.slug, f.id]));
        await tx.insert(curatedSetItems).values(s.questions.map((slug, position) => ({ setId: row.id, questionId: bySlug.get(slug) ?? -1, position })));
      }
    }
    for (const c of plan.challenges) {
      await tx
        .insert(challenges)
        .values({ ...c, contentHash: "" })
        .onConflictDoUpdate({ target: challenges.slug, set: { ...c, contentHash: "", updatedAt: sql`now()` } });
    }
    await recordAudit(tx, actor, "import.commit", "bank", source, { format: plan.preview.format, counts: plan.preview.counts });
    if (plan.questions.length) await refreshSearchTerms(tx);
  });
  invalidateSearchCache(db);
}

async function writeRelated(tx: Db, id: number, related: string[]): Promise<void> {
  const found = await tx.select({ id: questions.id, slug: questions.slug }).from(questions).where(sql`${questions.slug} IN ${related}`);
  const bySlug = new Map(found.map((f) => [f.slug, f.id]));
  const ids = related.map((s) => bySlug.get(s)).filter((x): x is number => x !== undefined && x !== id);
  await tx.delete(questionRelations).where(eq(questionRelations.questionId, id));
  if (ids.length) await tx.insert(questionRelations).values(ids.map((relatedId, position) => ({ questionId: id, relatedId, position })));
}

