import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { ChallengeDraft } from "../../core/challenges/challenge-draft";
import { AppError } from "../../core/errors";
import type { Db } from "../client";
import { challenges } from "../schema";
import { recordAudit, type EditorialActor } from "./audit";

/** A challenge as editors see it: everything, hidden tests and reference solution included. */
export interface EditableChallenge extends ChallengeDraft {
  slug: string;
  origin: string;
  updatedAt: string;
}

/** One challenge in full for the admin editor (never for a public API), or null. */
export async function getEditableChallenge(db: Db, slug: string): Promise<EditableChallenge | null> {
  const [r] = await db.select().from(challenges).where(eq(challenges.slug, slug)).limit(1);
  if (!r) return null;
  return {
    slug: r.slug,
    title: r.title,
    difficulty: r.difficulty as ChallengeDraft["difficulty"],
    topics: r.topics,
    relatedQuestions: r.relatedQuestions,
    statementMd: r.statementMd,
    starter: r.starter,
    examples: r.examples,
    hiddenTests: r.hiddenTests,
    solution: r.solution,
    timeLimitMs: r.timeLimitMs,
    origin: r.origin,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const hashOf = (slug: string, d: ChallengeDraft) => createHash("sha256").update(JSON.stringify({ slug, ...d })).digest("hex");

/**
 * Creates (`create: true`) or updates a challenge and records it in the audit log, in one
 * transaction. The caller has judged the reference solution already.
 * @throws AppError CONFLICT when creating an existing slug, NOT_FOUND when updating a missing one
 */
export async function saveChallenge(db: Db, actor: EditorialActor, slug: string, draft: ChallengeDraft, options: { create: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: challenges.id, title: challenges.title }).from(challenges).where(eq(challenges.slug, slug)).for("update");
    if (options.create && existing) throw new AppError("CONFLICT", `A challenge with slug '${slug}' already exists`, { parameter: "slug" });
    if (!options.create && !existing) throw new AppError("NOT_FOUND", `No challenge with slug '${slug}'`);
    const values = { ...draft, contentHash: hashOf(slug, draft) };
    if (options.create) await tx.insert(challenges).values({ slug, ...values, origin: "editor" });
    else await tx.update(challenges).set({ ...values, updatedAt: sql`now()` }).where(eq(challenges.slug, slug));
    await recordAudit(tx, actor, options.create ? "challenge.create" : "challenge.update", "challenge", slug, {
      title: draft.title,
      difficulty: draft.difficulty,
      examples: draft.examples.length,
      hiddenTests: draft.hiddenTests.length,
    });
  });
}
