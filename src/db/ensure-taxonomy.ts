import { sql } from "drizzle-orm";
import { TOPICS } from "../core/bank/topics";
import type { Db } from "./client";
import { topics } from "./schema";

/** Makes sure every topic of our taxonomy has a row (names and descriptions kept up to date). Idempotent. */
export async function ensureTaxonomy(db: Pick<Db, "insert">): Promise<void> {
  await db
    .insert(topics)
    .values(TOPICS.map((t) => ({ slug: t.slug, name: t.name, description: t.description })))
    .onConflictDoUpdate({ target: topics.slug, set: { name: sql`excluded.name`, description: sql`excluded.description` } });
}
