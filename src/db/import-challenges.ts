import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { ChallengeFile } from "../core/challenges/challenge-file";
import type { ImportedChallenge } from "../core/challenges/parse-challenge-jsonl";
import type { Db } from "./client";
import { challenges } from "./schema";

/** A challenge in the shape stored, from our files or a dataset. */
export interface ChallengeRecord {
  slug: string;
  title: string;
  difficulty: string;
  topics: string[];
  relatedQuestions: string[];
  statementMd: string;
  starter: string;
  examples: string[];
  hiddenTests: string[];
  solution: string;
  timeLimitMs: number;
  origin: string;
}

/** Our challenge file as a record. */
export function fromChallengeFile(c: ChallengeFile): ChallengeRecord {
  return {
    slug: c.slug,
    title: c.title,
    difficulty: c.difficulty,
    topics: c.topics,
    relatedQuestions: c.related_questions,
    statementMd: c.statementMd,
    starter: c.starter,
    examples: c.examples,
    hiddenTests: c.hidden_tests,
    solution: c.solution,
    timeLimitMs: c.time_limit_ms,
    origin: "content",
  };
}

/** A HumanEval or MBPP challenge as a record (topics unknown: none). */
export function fromImported(c: ImportedChallenge): ChallengeRecord {
  return { ...c, topics: [], relatedQuestions: [], timeLimitMs: 2000 };
}

/**
 * Upserts challenges by slug in one transaction; rows whose content is unchanged are left alone.
 * @returns how many were created, updated and left unchanged
 */
export async function importChallenges(db: Db, records: ChallengeRecord[]): Promise<{ created: number; updated: number; unchanged: number }> {
  return db.transaction(async (tx) => {
    const existing = new Map(
      ((await tx.execute(sql`SELECT slug, content_hash FROM challenges`)) as unknown as { rows: { slug: string; content_hash: string }[] }).rows.map((r) => [r.slug, r.content_hash]),
    );
    const result = { created: 0, updated: 0, unchanged: 0 };
    for (const r of records) {
      const hash = createHash("sha256").update(JSON.stringify(r)).digest("hex");
      const prev = existing.get(r.slug);
      if (prev === hash) {
        result.unchanged++;
        continue;
      }
      await tx
        .insert(challenges)
        .values({ ...r, contentHash: hash })
        .onConflictDoUpdate({ target: challenges.slug, set: { ...r, contentHash: hash, updatedAt: sql`now()` } });
      if (prev === undefined) result.created++;
      else result.updated++;
    }
    return result;
  });
}
