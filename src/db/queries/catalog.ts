import { sql } from "drizzle-orm";
import type { Level } from "../../core/bank/levels";
import type { CuratedSetSummary, Tag, TopicSummary } from "../../core/bank/types";
import type { Db } from "../client";
import { rows } from "./rows";

export interface LevelSummary {
  name: Level;
  slug: string;
  rank: number;
  description: string;
  questionCount: number;
}
export interface CompanySummary extends Tag {
  questionCount: number;
}
export interface BankStats {
  questions: number;
  topics: number;
  companies: number;
  sets: number;
  withCode: number;
}

/** The five levels in order, with their published question counts. */
export async function listLevels(db: Db): Promise<LevelSummary[]> {
  return rows<LevelSummary>(
    db,
    sql`SELECT l.name, l.slug, l.rank, l.description, (SELECT count(*)::int FROM questions q WHERE q.level = l.name AND q.status = 'published') AS "questionCount"
        FROM levels l ORDER BY l.rank`,
  );
}

const TOPIC_SELECT = sql`SELECT t.slug, t.name, t.description,
  (SELECT count(*)::int FROM question_topics qt JOIN questions q ON q.id = qt.question_id WHERE qt.topic_id = t.id AND q.status = 'published') AS "questionCount" FROM topics t`;

/** Every topic with its published question count, by name. */
export async function listTopics(db: Db): Promise<TopicSummary[]> {
  return rows<TopicSummary>(db, sql`${TOPIC_SELECT} ORDER BY t.name`);
}

/** One topic by slug, or null. */
export async function getTopic(db: Db, slug: string): Promise<TopicSummary | null> {
  const [t] = await rows<TopicSummary>(db, sql`${TOPIC_SELECT} WHERE t.slug = ${slug}`);
  return t ?? null;
}

const COMPANY_SELECT = sql`SELECT c.slug, c.name,
  (SELECT count(*)::int FROM question_companies qc JOIN questions q ON q.id = qc.question_id WHERE qc.company_id = c.id AND q.status = 'published') AS "questionCount" FROM companies c`;

/** Every company with its published question count, by name. */
export async function listCompanies(db: Db): Promise<CompanySummary[]> {
  return rows<CompanySummary>(db, sql`${COMPANY_SELECT} ORDER BY c.name`);
}

/** One company by slug, or null. */
export async function getCompany(db: Db, slug: string): Promise<CompanySummary | null> {
  const [c] = await rows<CompanySummary>(db, sql`${COMPANY_SELECT} WHERE c.slug = ${slug}`);
  return c ?? null;
}

const SET_SELECT = sql`SELECT s.slug, s.title, s.description, s.kind, s.featured,
  (SELECT count(*)::int FROM curated_set_items si JOIN questions q ON q.id = si.question_id WHERE si.set_id = s.id AND q.status = 'published') AS "questionCount" FROM curated_sets s`;

/** Every curated set, featured first, then by title. */
export async function listCuratedSets(db: Db): Promise<CuratedSetSummary[]> {
  return rows<CuratedSetSummary>(db, sql`${SET_SELECT} ORDER BY s.featured DESC, s.title`);
}

/** One curated set by slug, or null. */
export async function getCuratedSet(db: Db, slug: string): Promise<CuratedSetSummary | null> {
  const [s] = await rows<CuratedSetSummary>(db, sql`${SET_SELECT} WHERE s.slug = ${slug}`);
  return s ?? null;
}

/** Counts for the home page. */
export async function getBankStats(db: Db): Promise<BankStats> {
  const [s] = await rows<BankStats>(
    db,
    sql`SELECT (SELECT count(*)::int FROM questions WHERE status = 'published') AS questions,
               (SELECT count(*)::int FROM topics) AS topics,
               (SELECT count(*)::int FROM companies) AS companies,
               (SELECT count(*)::int FROM curated_sets) AS sets,
               (SELECT count(*)::int FROM questions WHERE status = 'published' AND has_code) AS "withCode"`,
  );
  return s ?? { questions: 0, topics: 0, companies: 0, sets: 0, withCode: 0 };
}
