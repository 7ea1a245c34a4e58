import { createHash } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { QuestionFile } from "../core/content/question-file";
import type { SetFile } from "../core/content/set-file";
import type { Db } from "./client";
import { invalidateSearchCache } from "./queries/search-questions";
import { ensureTaxonomy } from "./ensure-taxonomy";
import { refreshSearchTerms } from "./refresh-search-terms";
import { companies, curatedSetItems, curatedSets, questionCompanies, questionRelations, questions, questionTopics, topics } from "./schema";

export interface ImportContentOptions {
  questions: QuestionFile[];
  sets: SetFile[];
  onProgress?: (done: number, total: number) => void;
}

export interface ImportContentResult {
  created: number;
  updated: number;
  unchanged: number;
  sets: number;
}

function hashQuestion(q: QuestionFile): string {
  const { file: _f, exampleLines: _e, fieldLines: _l, ...content } = q;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

function companyName(slug: string): string {
  return slug
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * Loads our content files (already checked) into the database in one transaction: questions
 * upserted by slug with origin "content" (unchanged files leave their rows untouched), their
 * topics, companies, related links and rubrics, and the curated sets in file order.
 */
export async function importContent(db: Db, { questions: files, sets, onProgress }: ImportContentOptions): Promise<ImportContentResult> {
  invalidateSearchCache(db);
  const out = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await ensureTaxonomy(tx);
    const companySlugs = [...new Set(files.flatMap((q) => q.companies))];
    if (companySlugs.length) await tx.insert(companies).values(companySlugs.map((slug) => ({ slug, name: companyName(slug) }))).onConflictDoNothing();
    const topicId = new Map((await tx.select({ id: topics.id, slug: topics.slug }).from(topics)).map((t) => [t.slug, t.id]));
    const companyId = new Map((await tx.select({ id: companies.id, slug: companies.slug }).from(companies)).map((c) => [c.slug, c.id]));
    const existing = new Map(
      (await tx.select({ id: questions.id, slug: questions.slug, hash: questions.contentHash }).from(questions).where(inArray(questions.slug, files.map((f) => f.slug).concat([""])))).map((r) => [r.slug, r]),
    );
    const result: ImportContentResult = { created: 0, updated: 0, unchanged: 0, sets: 0 };
    const idBySlug = new Map<string, number>();
    const changed: QuestionFile[] = [];
    let done = 0;
    for (const q of files) {
      const hash = hashQuestion(q);
      const prev = existing.get(q.slug);
      if (prev && prev.hash === hash) {
        idBySlug.set(q.slug, prev.id);
        result.unchanged++;
        onProgress?.(++done, files.length);
        continue;
      }
      const values = {
        slug: q.slug,
        title: q.title,
        level: q.level,
        quickSummary: q.summary,
        answerMd: q.answerMd,
        codeExamples: q.examples.map((e) => ({ language: "python", code: e.code.replace(/\n$/, ""), expectedOutput: e.output, ...(e.title ? { title: e.title } : {}) })),
        experienceBands: q.bands,
        rubric: q.rubric,
        seedRefs: q.seeds,
        origin: "content",
        status: "published",
        contentHash: hash,
        reviewedBy: q.reviewed_by,
        reviewedAt: new Date(`${q.last_updated}T00:00:00Z`),
        updatedAt: new Date(`${q.last_updated}T00:00:00Z`),
      };
      let id: number;
      if (prev) {
        await tx.update(questions).set(values).where(eq(questions.id, prev.id));
        id = prev.id;
        result.updated++;
      } else {
        const [row] = await tx.insert(questions).values(values).returning({ id: questions.id });
        if (!row) throw new Error(`insert of '${q.slug}' returned no id`);
        id = row.id;
        result.created++;
      }
      idBySlug.set(q.slug, id);
      changed.push(q);
      await tx.delete(questionTopics).where(eq(questionTopics.questionId, id));
      await tx.insert(questionTopics).values(q.topics.map((t) => ({ questionId: id, topicId: topicId.get(t) ?? -1 })));
      await tx.delete(questionCompanies).where(eq(questionCompanies.questionId, id));
      if (q.companies.length) await tx.insert(questionCompanies).values(q.companies.map((c) => ({ questionId: id, companyId: companyId.get(c) ?? -1 })));
      onProgress?.(++done, files.length);
    }
    // Related links need every id, so they are written once all questions exist.
    for (const q of changed) {
      const id = idBySlug.get(q.slug)!;
      await tx.delete(questionRelations).where(eq(questionRelations.questionId, id));
      const rel = q.related.map((s) => idBySlug.get(s)).filter((x): x is number => x !== undefined);
      if (rel.length) await tx.insert(questionRelations).values(rel.map((relatedId, position) => ({ questionId: id, relatedId, position })));
    }
    for (const s of sets) {
      const [row] = await tx
        .insert(curatedSets)
        .values({ slug: s.slug, title: s.title, description: s.description, kind: "curated", featured: s.featured })
        .onConflictDoUpdate({ target: curatedSets.slug, set: { title: s.title, description: s.description, featured: s.featured, kind: "curated", updatedAt: sql`now()` } })
        .returning({ id: curatedSets.id });
      if (!row) throw new Error(`upsert of set '${s.slug}' returned no id`);
      await tx.delete(curatedSetItems).where(eq(curatedSetItems.setId, row.id));
      const ids = s.questions.map((slug) => idBySlug.get(slug)).filter((x): x is number => x !== undefined);
      if (ids.length) await tx.insert(curatedSetItems).values(ids.map((questionId, position) => ({ setId: row.id, questionId, position })));
      result.sets++;
    }
    if (changed.length) await refreshSearchTerms(tx);
    return result;
  });
  invalidateSearchCache(db);
  return out;
}
