/** Bookmarks and personal notes on questions. Every query is scoped to one owner. */
import { and, eq, sql } from "drizzle-orm";
import { AppError } from "../../core/errors";
import type { Db } from "../client";
import { iso } from "../queries/rows";
import { bookmarks, notes } from "../schema";
import { questionIdOf } from "./reviews";

/** Longest note accepted, in characters. */
export const MAX_NOTE_CHARS = 20_000;

export async function setBookmark(db: Db, owner: string, slug: string, on: boolean): Promise<boolean> {
  const questionId = await questionIdOf(db, slug);
  if (on) await db.insert(bookmarks).values({ owner, questionId }).onConflictDoNothing();
  else await db.delete(bookmarks).where(and(eq(bookmarks.owner, owner), eq(bookmarks.questionId, questionId)));
  return on;
}

/** The owner's bookmark and note on one question. */
export async function getPersonal(db: Db, owner: string, slug: string): Promise<{ bookmarked: boolean; note: { body: string; updatedAt: string } | null }> {
  const questionId = await questionIdOf(db, slug);
  const [b] = await db.select().from(bookmarks).where(and(eq(bookmarks.owner, owner), eq(bookmarks.questionId, questionId)));
  const [n] = await db.select().from(notes).where(and(eq(notes.owner, owner), eq(notes.questionId, questionId)));
  return { bookmarked: Boolean(b), note: n ? { body: n.bodyMd, updatedAt: iso(n.updatedAt) } : null };
}

/**
 * Saves (or, with an empty body, deletes) the owner's note on a question.
 * @throws AppError LIMIT_EXCEEDED when the note is longer than MAX_NOTE_CHARS
 */
export async function saveNote(db: Db, owner: string, slug: string, body: string): Promise<{ body: string; updatedAt: string } | null> {
  if (body.length > MAX_NOTE_CHARS) throw new AppError("LIMIT_EXCEEDED", `A note can hold at most ${MAX_NOTE_CHARS} characters`, { parameter: "body" });
  const questionId = await questionIdOf(db, slug);
  if (body.trim() === "") {
    await db.delete(notes).where(and(eq(notes.owner, owner), eq(notes.questionId, questionId)));
    return null;
  }
  const [row] = await db
    .insert(notes)
    .values({ owner, questionId, bodyMd: body })
    .onConflictDoUpdate({ target: [notes.owner, notes.questionId], set: { bodyMd: body, updatedAt: sql`now()` } })
    .returning();
  return { body: row?.bodyMd ?? body, updatedAt: iso(row?.updatedAt ?? new Date()) };
}
