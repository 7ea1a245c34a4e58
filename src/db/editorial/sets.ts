/** Curated sets as editors manage them: title, description, featured flag and ordered questions. */
import { eq, sql } from "drizzle-orm";
import { AppError } from "../../core/errors";
import type { Db } from "../client";
import { rows } from "../queries/rows";
import { invalidateSearchCache } from "../queries/search-questions";
import { curatedSetItems, curatedSets, questions } from "../schema";
import { recordAudit, type EditorialActor } from "./audit";

export interface AdminSetItem {
  slug: string;
  title: string;
  level: string;
  status: string;
}

export interface AdminSet {
  slug: string;
  title: string;
  description: string;
  kind: string;
  featured: boolean;
  items: AdminSetItem[];
}

/** Every set with its question count, featured first. */
export async function listAdminSets(db: Db): Promise<{ slug: string; title: string; kind: string; featured: boolean; count: number }[]> {
  return rows(db, sql`SELECT s.slug, s.title, s.kind, s.featured, (SELECT count(*)::int FROM curated_set_items i WHERE i.set_id = s.id) AS count FROM curated_sets s ORDER BY s.featured DESC, s.title`);
}

/** One set with its questions in order, or null. */
export async function getAdminSet(db: Db, slug: string): Promise<AdminSet | null> {
  const [s] = await db.select().from(curatedSets).where(eq(curatedSets.slug, slug));
  if (!s) return null;
  const items = await rows<AdminSetItem>(db, sql`SELECT q.slug, q.title, q.level, q.status FROM curated_set_items i JOIN questions q ON q.id = i.question_id WHERE i.set_id = ${s.id} ORDER BY i.position`);
  return { slug: s.slug, title: s.title, description: s.description, kind: s.kind, featured: s.featured, items };
}

export interface SaveSetOptions {
  title: string;
  description: string;
  featured: boolean;
  /** Question slugs in order. */
  questions: string[];
}

/**
 * Creates (slug new) or replaces a set's fields and order, in one transaction.
 * @throws AppError INVALID_INPUT naming unknown or repeated questions
 */
export async function saveSet(db: Db, actor: EditorialActor, slug: string, options: SaveSetOptions, create: boolean): Promise<void> {
  const twice = options.questions.filter((s, i) => options.questions.indexOf(s) !== i);
  if (twice.length) throw new AppError("INVALID_INPUT", `A question is listed twice: ${twice.join(", ")}`);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const found = options.questions.length ? await tx.select({ id: questions.id, slug: questions.slug }).from(questions).where(sql`${questions.slug} IN ${options.questions}`) : [];
    const bySlug = new Map(found.map((f) => [f.slug, f.id]));
    const missing = options.questions.filter((s) => !bySlug.has(s));
    if (missing.length) throw new AppError("INVALID_INPUT", `No question with slug ${missing.map((m) => `'${m}'`).join(", ")}`);
    const [existing] = await tx.select({ id: curatedSets.id }).from(curatedSets).where(eq(curatedSets.slug, slug));
    if (create && existing) throw new AppError("CONFLICT", `A set with slug '${slug}' already exists`);
    if (!create && !existing) throw new AppError("NOT_FOUND", `No set with slug '${slug}'`);
    let id: number;
    if (existing) {
      id = existing.id;
      await tx.update(curatedSets).set({ title: options.title, description: options.description, featured: options.featured, updatedAt: sql`now()` }).where(eq(curatedSets.id, id));
    } else {
      const [row] = await tx.insert(curatedSets).values({ slug, title: options.title, description: options.description, featured: options.featured, kind: "curated" }).returning({ id: curatedSets.id });
      if (!row) throw new Error("insert returned no id");
      id = row.id;
    }
    await tx.delete(curatedSetItems).where(eq(curatedSetItems.setId, id));
    if (options.questions.length) await tx.insert(curatedSetItems).values(options.questions.map((s, position) => ({ setId: id, questionId: bySlug.get(s)!, position })));
    await recordAudit(tx, actor, create ? "set.create" : "set.update", "set", slug, { title: options.title, featured: options.featured, questions: options.questions.length });
  });
  invalidateSearchCache(db);
}

/** Deletes a set (its questions stay). @throws AppError NOT_FOUND */
export async function deleteSet(db: Db, actor: EditorialActor, slug: string): Promise<void> {
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const gone = await tx.delete(curatedSets).where(eq(curatedSets.slug, slug)).returning({ id: curatedSets.id });
    if (!gone.length) throw new AppError("NOT_FOUND", `No set with slug '${slug}'`);
    await recordAudit(tx, actor, "set.delete", "set", slug);
  });
  invalidateSearchCache(db);
}

/** Featured sets holding published questions of a level or topic (for those pages). */
export async function listFeaturedSetsFor(db: Db, filter: { level?: string; topic?: string }): Promise<{ slug: string; title: string; description: string; questionCount: number }[]> {
  const cond = filter.level ? sql`q.level = ${filter.level}` : filter.topic ? sql`EXISTS (SELECT 1 FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id AND t.slug = ${filter.topic})` : sql`true`;
  return rows(
    db,
    sql`SELECT s.slug, s.title, s.description, count(*)::int AS "questionCount"
        FROM curated_sets s JOIN curated_set_items i ON i.set_id = s.id JOIN questions q ON q.id = i.question_id
        WHERE s.featured AND q.status = 'published' AND ${cond}
        GROUP BY s.id ORDER BY count(*) DESC, s.title LIMIT 6`,
  );
}
