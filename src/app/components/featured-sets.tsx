import { listFeaturedSetsFor } from "../../db/editorial/sets";
import { getDb } from "../lib/db";
import { setHref } from "../lib/hrefs";
import { CardGrid } from "./card-grid";
import { LinkCard } from "./link-card";

/** Featured curated sets that hold questions of a level or topic (editors feature sets in the admin area). */
export async function FeaturedSets({ level, topic }: { level?: string; topic?: string }) {
  const sets = await listFeaturedSetsFor(await getDb(), { ...(level ? { level } : {}), ...(topic ? { topic } : {}) });
  if (!sets.length) return null;
  return (
    <section className="home-section" aria-labelledby="featured-sets-title">
      <h2 id="featured-sets-title">Featured sets</h2>
      <CardGrid>
        {sets.map((s) => (
          <LinkCard key={s.slug} headingLevel={3} href={setHref(s.slug)} title={s.title} description={s.description} count={s.questionCount} />
        ))}
      </CardGrid>
    </section>
  );
}
