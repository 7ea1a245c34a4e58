/**
 * Owners of practice data: an account's user id, or `guest:<token>` for a browser that has
 * not signed in (the token lives in an HttpOnly cookie).
 */
import { sql } from "drizzle-orm";
import type { Db } from "../client";

/** The owner key of a guest browser token. */
export const guestOwner = (token: string): string => `guest:${token}`;

/** True for a guest owner key. */
export const isGuestOwner = (owner: string): boolean => owner.startsWith("guest:");

/**
 * Moves everything a guest did into an account, in one transaction: cards (where both have a
 * card for a question, the more recently reviewed one wins), the review history, sessions,
 * bookmarks, notes (the newer wins), settings (the account's win), challenge submissions and
 * mock interviews. Running it twice is harmless.
 */
export async function mergeGuestInto(db: Db, guest: string, userId: string): Promise<void> {
  if (!isGuestOwner(guest) || guest === userId) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM cards g USING cards u
      WHERE g.owner = ${guest} AND u.owner = ${userId} AND u.question_id = g.question_id
        AND coalesce(u.last_review, '-infinity'::timestamptz) >= coalesce(g.last_review, '-infinity'::timestamptz)`);
    await tx.execute(sql`DELETE FROM cards u USING cards g WHERE u.owner = ${userId} AND g.owner = ${guest} AND u.question_id = g.question_id`);
    await tx.execute(sql`UPDATE cards SET owner = ${userId} WHERE owner = ${guest}`);
    await tx.execute(sql`UPDATE review_logs SET owner = ${userId} WHERE owner = ${guest}`);
    await tx.execute(sql`UPDATE practice_sessions SET owner = ${userId} WHERE owner = ${guest}`);
    await tx.execute(sql`DELETE FROM bookmarks g USING bookmarks u WHERE g.owner = ${guest} AND u.owner = ${userId} AND u.question_id = g.question_id`);
    await tx.execute(sql`UPDATE bookmarks SET owner = ${userId} WHERE owner = ${guest}`);
    await tx.execute(sql`DELETE FROM notes g USING notes u WHERE g.owner = ${guest} AND u.owner = ${userId} AND u.question_id = g.question_id AND u.updated_at >= g.updated_at`);
    await tx.execute(sql`DELETE FROM notes u USING notes g WHERE u.owner = ${userId} AND g.owner = ${guest} AND u.question_id = g.question_id`);
    await tx.execute(sql`UPDATE notes SET owner = ${userId} WHERE owner = ${guest}`);
    await tx.execute(sql`DELETE FROM practice_settings g WHERE g.owner = ${guest} AND EXISTS (SELECT 1 FROM practice_settings u WHERE u.owner = ${userId})`);
    await tx.execute(sql`UPDATE practice_settings SET owner = ${userId} WHERE owner = ${guest}`);
    await tx.execute(sql`UPDATE submissions SET owner = ${userId} WHERE owner = ${guest}`);
    for (const table of MERGED_ELSEWHERE) await tx.execute(sql`UPDATE ${sql.identifier(table)} SET owner = ${userId} WHERE owner = ${guest}`);
  });
}

/** Further tables with an `owner` column that simply change hands (added by later features). */
export const MERGED_ELSEWHERE: string[] = ["interviews"];
