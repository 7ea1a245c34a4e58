/**
 * The editorial side of questions: the working copy lives in question_revisions (one row per
 * saved version); the `questions` row holds what the public sees. A question that was never
 * published mirrors its working copy (it is not public anyway); a published one keeps its live
 * content until an edit is published, which copies the revision into the row.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import { DuplicateFinder } from "../../core/bank/near-duplicates";
import { slugify, uniqueSlug } from "../../core/bank/slugify";
import { AppError } from "../../core/errors";
import { diffRevisions, type FieldDiff } from "../../core/editorial/diff-revisions";
import { QuestionDraftSchema, type QuestionDraft } from "../../core/editorial/question-draft";
import { availableActions, planTransition, publicStatusAfter, stateAfterEdit, type WorkflowAction, type WorkflowState } from "../../core/editorial/workflow";
import type { Db } from "../client";
import { iso, rows } from "../queries/rows";
import { invalidateSearchCache } from "../queries/search-questions";
import { refreshSearchTerms } from "../refresh-search-terms";
import { companies, questionCompanies, questionRelations, questionRevisions, questions, questionTopics, topics, type StoredCodeExample } from "../schema";
import { recordAudit, type EditorialActor } from "./audit";

export function companyName(slug: string): string {
  return slug
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** The stored form of a draft's examples. */
export function storedExamples(draft: Pick<QuestionDraft, "examples">): StoredCodeExample[] {
  return draft.examples.map((e) => ({ language: e.language, code: e.code, expectedOutput: e.output, ...(e.title ? { title: e.title } : {}) }));
}

/** The editable content of the live row. */
export async function draftOfRow(db: Pick<Db, "execute">, id: number): Promise<QuestionDraft> {
  const [r] = await rows<{ title: string; level: string; quick_summary: string; answer_md: string; rubric: unknown; code_examples: unknown; experience_bands: string[]; topics: string[]; companies: string[]; related: string[] }>(
    db,
    sql`SELECT q.title, q.level, q.quick_summary, q.answer_md, q.rubric, q.code_examples, q.experience_bands,
          coalesce((SELECT array_agg(t.slug ORDER BY t.slug) FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id), '{}') AS topics,
          coalesce((SELECT array_agg(c.slug ORDER BY c.slug) FROM question_companies qc JOIN companies c ON c.id = qc.company_id WHERE qc.question_id = q.id), '{}') AS companies,
          coalesce((SELECT array_agg(o.slug ORDER BY r.position) FROM question_relations r JOIN questions o ON o.id = r.related_id WHERE r.question_id = q.id), '{}') AS related
        FROM questions q WHERE q.id = ${id}`,
  );
  if (!r) throw new AppError("NOT_FOUND", `No question with id ${id}`);
  const json = <T>(v: unknown): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));
  return {
    title: r.title,
    level: r.level as QuestionDraft["level"],
    topics: r.topics,
    companies: r.companies,
    bands: r.experience_bands as QuestionDraft["bands"],
    summary: r.quick_summary,
    answerMd: r.answer_md,
    rubric: json<QuestionDraft["rubric"]>(r.rubric),
    examples: json<StoredCodeExample[]>(r.code_examples).map((e) => ({ ...(e.title ? { title: e.title } : {}), language: e.language, code: e.code, output: e.expectedOutput })),
    related: r.related,
  };
}

/** Writes a draft's content into the question's row with its topics, companies and related links. */
export async function writeRow(db: Db, id: number, draft: QuestionDraft, extra: Partial<typeof questions.$inferInsert> = {}): Promise<void> {
  await db
    .update(questions)
    .set({
      title: draft.title,
      level: draft.level,
      quickSummary: draft.summary,
      answerMd: draft.answerMd,
      rubric: draft.rubric,
      codeExamples: storedExamples(draft),
      experienceBands: draft.bands,
      ...extra,
    })
    .where(eq(questions.id, id));
  await db.delete(questionTopics).where(eq(questionTopics.questionId, id));
  const topicIds = draft.topics.length ? await db.select({ id: topics.id }).from(topics).where(sql`${topics.slug} IN ${draft.topics}`) : [];
  if (topicIds.length) await db.insert(questionTopics).values(topicIds.map((t) => ({ questionId: id, topicId: t.id })));
  await db.delete(questionCompanies).where(eq(questionCompanies.questionId, id));
  if (draft.companies.length) {
    await db.insert(companies).values(draft.companies.map((slug) => ({ slug, name: companyName(slug) }))).onConflictDoNothing();
    const ids = await db.select({ id: companies.id }).from(companies).where(sql`${companies.slug} IN ${draft.companies}`);
    await db.insert(questionCompanies).values(ids.map((c) => ({ questionId: id, companyId: c.id })));
  }
  await db.delete(questionRelations).where(eq(questionRelations.questionId, id));
  if (draft.related.length) {
    const found = await db.select({ id: questions.id, slug: questions.slug }).from(questions).where(sql`${questions.slug} IN ${draft.related}`);
    const bySlug = new Map(found.map((f) => [f.slug, f.id]));
    const ids = draft.related.map((s) => bySlug.get(s)).filter((x): x is number => x !== undefined && x !== id);
    if (ids.length) await db.insert(questionRelations).values(ids.map((relatedId, position) => ({ questionId: id, relatedId, position })));
  }
}

interface LockedQuestion {
  id: number;
  slug: string;
  status: WorkflowState;
  workflow_status: WorkflowState;
  head_revision: number;
  published_revision: number | null;
  author_id: string | null;
}

async function lockQuestion(db: Db, slug: string): Promise<LockedQuestion> {
  const [q] = await rows<LockedQuestion>(
    db,
    sql`SELECT q.id, q.slug, q.status, q.workflow_status, q.head_revision, q.published_revision, r.author_id
        FROM questions q LEFT JOIN question_revisions r ON r.question_id = q.id AND r.number = q.head_revision
        WHERE q.slug = ${slug} FOR UPDATE OF q`,
  );
  if (!q) throw new AppError("NOT_FOUND", `No question with slug '${slug}'`);
  return q;
}

async function insertRevision(db: Db, questionId: number, number: number, draft: QuestionDraft, author: EditorialActor | null, message: string): Promise<void> {
  await db.insert(questionRevisions).values({ questionId, number, snapshot: draft as unknown as Record<string, unknown>, authorId: author?.id ?? null, authorName: author?.name ?? "", message });
}

export interface CreateQuestionOptions {
  draft: QuestionDraft;
  message?: string;
  /** Wanted slug; default: from the title. Made unique either way. */
  slug?: string;
}

/** Creates a question as a draft (revision 1), not public. @returns its slug */
export async function createQuestion(db: Db, actor: EditorialActor, { draft, message, slug }: CreateQuestionOptions): Promise<string> {
  const valid = QuestionDraftSchema.parse(draft);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const taken = new Set((await tx.select({ slug: questions.slug }).from(questions)).map((r) => r.slug));
    const finalSlug = uniqueSlug(slug ?? slugify(valid.title), taken);
    const [row] = await tx
      .insert(questions)
      .values({ slug: finalSlug, title: valid.title, level: valid.level, status: "draft", workflowStatus: "draft", origin: "editor", headRevision: 1, createdBy: actor.id })
      .returning({ id: questions.id });
    if (!row) throw new Error("insert returned no id");
    await writeRow(tx, row.id, valid);
    await insertRevision(tx, row.id, 1, valid, actor, message?.trim() || "Created");
    await recordAudit(tx, actor, "question.create", "question", finalSlug, { title: valid.title });
    return finalSlug;
  });
}

export interface SaveDraftOptions {
  draft: QuestionDraft;
  message?: string;
  /** The head revision the editor started from; a different head means someone saved meanwhile (CONFLICT). */
  baseRevision?: number;
}

/**
 * Saves an edit as a new revision; the working copy goes back to draft. A live question stays
 * live and unchanged until the edit is published.
 * @returns the new revision's number
 */
export async function saveQuestionDraft(db: Db, actor: EditorialActor, slug: string, { draft, message, baseRevision }: SaveDraftOptions, auditAction = "question.save"): Promise<number> {
  const valid = QuestionDraftSchema.parse(draft);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const q = await lockQuestion(tx, slug);
    if (baseRevision !== undefined && baseRevision !== q.head_revision) {
      throw new AppError("CONFLICT", `Someone saved revision ${q.head_revision} after you opened revision ${baseRevision}: reload, then apply your changes again`);
    }
    const next = stateAfterEdit(q.workflow_status);
    let head = q.head_revision;
    if (head === 0) {
      // Imported content has no revision yet: keep it as revision 1, so the history can diff and restore it.
      await insertRevision(tx, q.id, 1, await draftOfRow(tx, q.id), null, "Content before the first edit");
      head = 1;
    }
    head++;
    await insertRevision(tx, q.id, head, valid, actor, message?.trim() || "Edited");
    const status = publicStatusAfter(q.status, next);
    await tx.update(questions).set({ workflowStatus: next, status, headRevision: head }).where(eq(questions.id, q.id));
    if (status !== "published") await writeRow(tx, q.id, valid);
    await recordAudit(tx, actor, auditAction, "question", slug, { revision: head, message: message ?? "" });
    return head;
  });
}

/**
 * Moves a question through the workflow (workflow.ts decides). Publishing copies the working
 * copy into the live row and records the reviewer as "Reviewed by".
 * @returns the new workflow state
 */
export async function transitionQuestion(db: Db, actor: EditorialActor, slug: string, action: WorkflowAction, message = ""): Promise<WorkflowState> {
  const result = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const q = await lockQuestion(tx, slug);
    const next = planTransition({ state: q.workflow_status, action, actor, latestAuthorId: q.author_id });
    if (action === "publish") {
      const [rev] = q.head_revision > 0 ? await tx.select({ snapshot: questionRevisions.snapshot }).from(questionRevisions).where(sql`${questionRevisions.questionId} = ${q.id} AND ${questionRevisions.number} = ${q.head_revision}`) : [];
      const draft = rev ? QuestionDraftSchema.parse(rev.snapshot) : await draftOfRow(tx, q.id);
      await writeRow(tx, q.id, draft, {
        status: "published",
        workflowStatus: "published",
        publishedRevision: q.head_revision || null,
        reviewedBy: actor.name,
        reviewedAt: sql`now()` as unknown as Date,
        updatedAt: sql`now()` as unknown as Date,
      });
    } else {
      await tx.update(questions).set({ workflowStatus: next, status: publicStatusAfter(q.status, next) }).where(eq(questions.id, q.id));
    }
    await recordAudit(tx, actor, `question.${action}`, "question", slug, { from: q.workflow_status, to: next, revision: q.head_revision, ...(message ? { message } : {}) });
    return { next, publicChange: action === "publish" || action === "archive" || (action === "unarchive" && q.status === "published") };
  });
  if (result.publicChange) {
    await refreshSearchTerms(db);
    invalidateSearchCache(db);
  }
  return result.next;
}

/** Restores an old revision as a new draft revision (review it again to publish). @returns the new revision's number */
export async function restoreRevision(db: Db, actor: EditorialActor, slug: string, number: number): Promise<number> {
  const rev = await getRevision(db, slug, number);
  return saveQuestionDraft(db, actor, slug, { draft: rev.snapshot, message: `Restored revision ${number}` }, "question.restore");
}

export interface RevisionSummary {
  number: number;
  authorName: string;
  message: string;
  createdAt: string;
}

export interface EditorQuestion {
  id: number;
  slug: string;
  status: WorkflowState;
  workflowStatus: WorkflowState;
  headRevision: number;
  publishedRevision: number | null;
  origin: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  updatedAt: string;
  /** The working copy: the head revision, or the live row when there is none. */
  draft: QuestionDraft;
  latestAuthorId: string | null;
  latestAuthorName: string | null;
  revisions: RevisionSummary[];
  /** Workflow actions this actor may take now. */
  actions: WorkflowAction[];
}

/** A question as the editor opens it, or null. */
export async function getEditorQuestion(db: Db, slug: string, actor: EditorialActor): Promise<EditorQuestion | null> {
  const [q] = await rows<{ id: number; slug: string; status: WorkflowState; workflow_status: WorkflowState; head_revision: number; published_revision: number | null; origin: string; reviewed_by: string | null; reviewed_at: unknown; updated_at: unknown; snapshot: unknown; author_id: string | null; author_name: string | null }>(
    db,
    sql`SELECT q.id, q.slug, q.status, q.workflow_status, q.head_revision, q.published_revision, q.origin, q.reviewed_by, q.reviewed_at, q.updated_at, r.snapshot, r.author_id, r.author_name
        FROM questions q LEFT JOIN question_revisions r ON r.question_id = q.id AND r.number = q.head_revision WHERE q.slug = ${slug}`,
  );
  if (!q) return null;
  const snapshot = typeof q.snapshot === "string" ? JSON.parse(q.snapshot) : q.snapshot;
  const draft = snapshot ? QuestionDraftSchema.parse(snapshot) : await draftOfRow(db, q.id);
  const revisions = await rows<{ number: number; author_name: string; message: string; created_at: unknown }>(db, sql`SELECT number, author_name, message, created_at FROM question_revisions WHERE question_id = ${q.id} ORDER BY number DESC`);
  return {
    id: q.id,
    slug: q.slug,
    status: q.status,
    workflowStatus: q.workflow_status,
    headRevision: q.head_revision,
    publishedRevision: q.published_revision,
    origin: q.origin,
    reviewedBy: q.reviewed_by,
    reviewedAt: q.reviewed_at ? iso(q.reviewed_at) : null,
    updatedAt: iso(q.updated_at),
    draft,
    latestAuthorId: q.author_id,
    latestAuthorName: q.author_name,
    revisions: revisions.map((r) => ({ number: r.number, authorName: r.author_name || "(imported)", message: r.message, createdAt: iso(r.created_at) })),
    actions: availableActions({ state: q.workflow_status, actor, latestAuthorId: q.author_id }),
  };
}

export interface RevisionDetail extends RevisionSummary {
  snapshot: QuestionDraft;
  /** Changes from the previous revision (from nothing for revision 1). */
  diff: FieldDiff[];
}

/** One revision with its changes from the one before. @throws AppError NOT_FOUND */
export async function getRevision(db: Db, slug: string, number: number): Promise<RevisionDetail> {
  const found = await rows<{ number: number; snapshot: unknown; author_name: string; message: string; created_at: unknown }>(
    db,
    sql`SELECT r.number, r.snapshot, r.author_name, r.message, r.created_at FROM question_revisions r JOIN questions q ON q.id = r.question_id
        WHERE q.slug = ${slug} AND r.number IN (${number}, ${number - 1}) ORDER BY r.number`,
  );
  const parse = (v: unknown) => QuestionDraftSchema.parse(typeof v === "string" ? JSON.parse(v) : v);
  const rev = found.find((r) => r.number === number);
  if (!rev) throw new AppError("NOT_FOUND", `Question '${slug}' has no revision ${number}`);
  const prev = found.find((r) => r.number === number - 1);
  const snapshot = parse(rev.snapshot);
  return { number, authorName: rev.author_name || "(imported)", message: rev.message, createdAt: iso(rev.created_at), snapshot, diff: diffRevisions(prev ? parse(prev.snapshot) : null, snapshot) };
}

export interface AdminQuestionRow {
  slug: string;
  title: string;
  level: string;
  status: WorkflowState;
  workflowStatus: WorkflowState;
  origin: string;
  headRevision: number;
  latestAuthorName: string | null;
  updatedAt: string;
  /** A published question with an unpublished edit. */
  pendingEdit: boolean;
}

export interface AdminQuestionFilter {
  q?: string;
  workflowStatus?: WorkflowState;
  level?: string;
  topic?: string;
  /** Only questions whose latest revision this user wrote. */
  authorId?: string;
  /** Only questions in review that this user did not write. */
  reviewerId?: string;
  page?: number;
  pageSize?: number;
}

/** The admin list: every status, filters combined, newest changes first. */
export async function listAdminQuestions(db: Db, f: AdminQuestionFilter = {}): Promise<{ items: AdminQuestionRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (f.q?.trim()) {
    const text = f.q.trim();
    where.push(sql`(q.title ILIKE ${`%${text}%`} OR q.slug ILIKE ${`%${text}%`} OR r.snapshot->>'title' ILIKE ${`%${text}%`} OR q.search_vector @@ websearch_to_tsquery('english', ${text}))`);
  }
  if (f.workflowStatus) where.push(sql`q.workflow_status = ${f.workflowStatus}`);
  if (f.level) where.push(sql`q.level = ${f.level}`);
  if (f.topic) where.push(sql`EXISTS (SELECT 1 FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id AND t.slug = ${f.topic})`);
  if (f.authorId) where.push(sql`r.author_id = ${f.authorId}`);
  if (f.reviewerId) where.push(sql`q.workflow_status = 'in_review' AND (r.author_id IS NULL OR r.author_id <> ${f.reviewerId})`);
  const cond = sql.join(where, sql` AND `);
  const pageSize = Math.min(200, Math.max(1, f.pageSize ?? 50));
  const offset = (Math.max(1, f.page ?? 1) - 1) * pageSize;
  const from = sql`FROM questions q LEFT JOIN question_revisions r ON r.question_id = q.id AND r.number = q.head_revision WHERE ${cond}`;
  const [items, [count]] = await Promise.all([
    rows<{ slug: string; title: string; level: string; status: WorkflowState; workflow_status: WorkflowState; origin: string; head_revision: number; author_name: string | null; changed_at: unknown }>(
      db,
      sql`SELECT q.slug, coalesce(r.snapshot->>'title', q.title) AS title, coalesce(r.snapshot->>'level', q.level) AS level, q.status, q.workflow_status, q.origin, q.head_revision, r.author_name,
            greatest(q.updated_at, r.created_at) AS changed_at
          ${from} ORDER BY greatest(q.updated_at, coalesce(r.created_at, q.updated_at)) DESC, q.id DESC LIMIT ${pageSize} OFFSET ${offset}`,
    ),
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${from}`),
  ]);
  return {
    total: count?.n ?? 0,
    items: items.map((r) => ({
      slug: r.slug,
      title: r.title,
      level: r.level,
      status: r.status,
      workflowStatus: r.workflow_status,
      origin: r.origin,
      headRevision: r.head_revision,
      latestAuthorName: r.author_name || null,
      updatedAt: iso(r.changed_at),
      pendingEdit: r.status === "published" && r.workflow_status !== "published",
    })),
  };
}

/** Counts by workflow state, for the dashboard. */
export async function countByWorkflowState(db: Db): Promise<Record<WorkflowState, number>> {
  const found = await rows<{ s: WorkflowState; n: number }>(db, sql`SELECT workflow_status AS s, count(*)::int AS n FROM questions GROUP BY workflow_status`);
  const out: Record<WorkflowState, number> = { draft: 0, in_review: 0, published: 0, archived: 0 };
  for (const r of found) out[r.s] = r.n;
  return out;
}

export interface DuplicateWarning {
  slug: string;
  title: string;
  status: string;
  kind: "exact" | "near";
  score: number;
}

/** Questions of the bank that a new or edited question may duplicate (near-duplicates.ts rules), best first. */
export async function findSimilarQuestions(db: Db, input: { title: string; summary?: string; answerMd?: string; excludeSlug?: string }, limit = 5): Promise<DuplicateWarning[]> {
  const all = await rows<{ slug: string; title: string; status: string; body: string }>(db, sql`SELECT slug, title, status, quick_summary || ' ' || left(answer_md, 4000) AS body FROM questions`);
  const candidates = all.filter((r) => r.slug !== input.excludeSlug);
  const finder = new DuplicateFinder<(typeof candidates)[number]>(candidates.map((r) => `${r.title} ${r.body}`));
  for (const r of candidates) finder.add(r, r.title, r.body, null);
  // DuplicateFinder returns the best match; take it away and ask again for the next ones.
  const out: DuplicateWarning[] = [];
  const body = `${input.summary ?? ""} ${input.answerMd ?? ""}`;
  let pool = candidates;
  for (let i = 0; i < limit; i++) {
    const f = new DuplicateFinder<(typeof candidates)[number]>(candidates.map((r) => `${r.title} ${r.body}`));
    for (const r of pool) f.add(r, r.title, r.body, null);
    const m = i === 0 ? finder.find(input.title, body, null) : f.find(input.title, body, null);
    if (!m) break;
    out.push({ slug: m.item.slug, title: m.item.title, status: m.item.status, kind: m.kind, score: Math.round(m.score * 100) / 100 });
    pool = pool.filter((r) => r !== m.item);
  }
  return out;
}
