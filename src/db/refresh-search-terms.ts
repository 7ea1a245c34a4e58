import { sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Rebuilds the search lexicon (search_terms) from the published questions: every word of 3–40
 * letters with the number of questions it occurs in, from ts_stat over the 'simple' configuration
 * (unstemmed, so a corrected word is a real word). Used for typo correction with pg_trgm.
 * @see https://www.postgresql.org/docs/current/pgtrgm.html#PGTRGM-TEXT-SEARCH
 */
export async function refreshSearchTerms(db: Pick<Db, "execute">): Promise<void> {
  await db.execute(sql`DELETE FROM search_terms`);
  await db.execute(sql`
    INSERT INTO search_terms (word, ndoc)
    SELECT word, ndoc FROM ts_stat($$SELECT to_tsvector('simple', title || ' ' || quick_summary || ' ' || answer_md) FROM questions WHERE status = 'published'$$)
    WHERE length(word) BETWEEN 3 AND 40 AND word ~ '^[a-z][a-z0-9_]*$'`);
}
