import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { iso, rows } from "./rows";

/** A challenge as listed; `solved` is true when the owner has an Accepted submission. */
export interface ChallengeSummary {
  slug: string;
  title: string;
  difficulty: "Easy" | "Medium" | "Hard";
  topics: string[];
  solved: boolean;
}

/** What the challenge page shows: never the hidden tests or the solution. */
export interface ChallengeDetail extends ChallengeSummary {
  statementMd: string;
  starter: string;
  examples: string[];
  hiddenTestCount: number;
  relatedQuestions: string[];
  timeLimitMs: number;
}

export interface ChallengeFilter {
  difficulty?: string | undefined;
  topic?: string | undefined;
  solved?: boolean | undefined;
  owner?: string | undefined;
}

const SOLVED = (owner: string | undefined) =>
  owner ? sql`EXISTS (SELECT 1 FROM submissions s WHERE s.challenge_id = c.id AND s.owner = ${owner} AND s.mode = 'submit' AND s.verdict = 'Accepted')` : sql`false`;

/** Challenges, easiest first, filtered by difficulty, topic and whether `owner` solved them. */
export async function listChallenges(db: Db, f: ChallengeFilter = {}): Promise<ChallengeSummary[]> {
  const where = [sql`true`];
  if (f.difficulty) where.push(sql`c.difficulty = ${f.difficulty}`);
  if (f.topic) where.push(sql`${f.topic} = ANY(c.topics)`);
  if (f.solved !== undefined) where.push(f.solved ? SOLVED(f.owner) : sql`NOT ${SOLVED(f.owner)}`);
  return rows<ChallengeSummary>(
    db,
    sql`SELECT c.slug, c.title, c.difficulty, c.topics, ${SOLVED(f.owner)} AS solved FROM challenges c
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY CASE c.difficulty WHEN 'Easy' THEN 0 WHEN 'Medium' THEN 1 ELSE 2 END, c.title`,
  );
}

/** One challenge for the page (no hidden tests, no solution), or null. */
export async function getChallenge(db: Db, slug: string, owner?: string): Promise<ChallengeDetail | null> {
  const [r] = await rows<ChallengeDetail & { examples: string[] | string }>(
    db,
    sql`SELECT c.slug, c.title, c.difficulty, c.topics, ${SOLVED(owner)} AS solved, c.statement_md AS "statementMd", c.starter, c.examples,
               jsonb_array_length(c.hidden_tests)::int AS "hiddenTestCount", c.related_questions AS "relatedQuestions", c.time_limit_ms AS "timeLimitMs"
        FROM challenges c WHERE c.slug = ${slug}`,
  );
  if (!r) return null;
  return { ...r, examples: typeof r.examples === "string" ? (JSON.parse(r.examples) as string[]) : r.examples };
}

/** Tests and limits the judge needs for a challenge (server side only). */
export async function getChallengeTests(db: Db, slug: string): Promise<{ id: number; examples: string[]; hiddenTests: string[]; timeLimitMs: number } | null> {
  const [r] = await rows<{ id: number; examples: string[] | string; hidden_tests: string[] | string; time_limit_ms: number }>(
    db,
    sql`SELECT id, examples, hidden_tests, time_limit_ms FROM challenges WHERE slug = ${slug}`,
  );
  if (!r) return null;
  const parse = (v: string[] | string) => (typeof v === "string" ? (JSON.parse(v) as string[]) : v);
  return { id: r.id, examples: parse(r.examples), hiddenTests: parse(r.hidden_tests), timeLimitMs: r.time_limit_ms };
}

/** A submission as its owner sees it. */
export interface SubmissionView {
  id: string;
  challenge: string;
  mode: "run" | "submit";
  status: "queued" | "running" | "done" | "failed";
  verdict: string | null;
  result: Record<string, unknown> | null;
  timeMs: number | null;
  peakMemoryBytes: number | null;
  createdAt: string;
  finishedAt: string | null;
  code: string;
}

interface SubmissionRow {
  id: string;
  challenge: string;
  mode: "run" | "submit";
  status: SubmissionView["status"];
  verdict: string | null;
  result: Record<string, unknown> | string | null;
  time_ms: number | null;
  peak_memory_bytes: number | null;
  created_at: unknown;
  finished_at: unknown;
  code: string;
}

function toView(r: SubmissionRow): SubmissionView {
  return {
    id: r.id,
    challenge: r.challenge,
    mode: r.mode,
    status: r.status,
    verdict: r.verdict,
    result: typeof r.result === "string" ? (JSON.parse(r.result) as Record<string, unknown>) : r.result,
    timeMs: r.time_ms,
    peakMemoryBytes: r.peak_memory_bytes,
    createdAt: iso(r.created_at),
    finishedAt: r.finished_at ? iso(r.finished_at) : null,
    code: r.code,
  };
}

const SUBMISSION_SELECT = sql`SELECT s.id, c.slug AS challenge, s.mode, s.status, s.verdict, s.result, s.time_ms, s.peak_memory_bytes, s.created_at, s.finished_at, s.code
  FROM submissions s JOIN challenges c ON c.id = s.challenge_id`;

/** One submission, only for its owner (null otherwise: no one learns another's code). */
export async function getSubmission(db: Db, id: string, owner: string): Promise<SubmissionView | null> {
  const [r] = await rows<SubmissionRow>(db, sql`${SUBMISSION_SELECT} WHERE s.id = ${id} AND s.owner = ${owner}`);
  return r ? toView(r) : null;
}

/** The owner's latest submissions to a challenge, newest first. */
export async function listSubmissions(db: Db, challengeSlug: string, owner: string, limit = 20): Promise<SubmissionView[]> {
  return (await rows<SubmissionRow>(db, sql`${SUBMISSION_SELECT} WHERE c.slug = ${challengeSlug} AND s.owner = ${owner} ORDER BY s.created_at DESC LIMIT ${limit}`)).map(toView);
}

/** Records a new submission as queued. */
export async function createSubmission(db: Db, s: { id: string; challengeId: number; owner: string; mode: "run" | "submit"; code: string }): Promise<void> {
  await db.execute(sql`INSERT INTO submissions (id, challenge_id, owner, mode, code, status) VALUES (${s.id}, ${s.challengeId}, ${s.owner}, ${s.mode}, ${s.code}, 'queued')`);
}

/** Stores a submission's outcome. */
export async function finishSubmission(
  db: Db,
  id: string,
  outcome: { status: "done" | "failed"; verdict: string | null; result: Record<string, unknown>; timeMs: number | null; peakMemoryBytes: number | null },
): Promise<void> {
  await db.execute(
    sql`UPDATE submissions SET status = ${outcome.status}, verdict = ${outcome.verdict}, result = ${JSON.stringify(outcome.result)}::jsonb,
          time_ms = ${outcome.timeMs}, peak_memory_bytes = ${outcome.peakMemoryBytes}, finished_at = now() WHERE id = ${id}`,
  );
}
