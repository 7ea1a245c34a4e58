import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { rows } from "./rows";

/** Titles of the published questions with these slugs, in the order given; unknown slugs are left out. */
export async function getQuestionTitles(db: Db, slugs: readonly string[]): Promise<{ slug: string; title: string }[]> {
  if (slugs.length === 0) return [];
  const found = await rows<{ slug: string; title: string }>(
    db,
    sql`SELECT slug, title FROM questions WHERE status = 'published' AND slug IN (${sql.join(
      slugs.map((s) => sql`${s}`),
      sql`, `,
    )})`,
  );
  const bySlug = new Map(found.map((r) => [r.slug, r]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}
