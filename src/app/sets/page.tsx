import type { Metadata } from "next";
import type { CuratedSetSummary } from "../../core/bank/types";
import { listCuratedSets } from "../../db/queries/catalog";
import { CardGrid } from "../components/card-grid";
import { LinkCard } from "../components/link-card";
import { PageIntro } from "../components/page-intro";
import { getDb } from "../lib/db";
import { setHref } from "../lib/hrefs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sets" };

const GROUPS: { kind: CuratedSetSummary["kind"]; title: string; id: string }[] = [
  { kind: "curated", title: "Curated sets", id: "curated" },
  { kind: "company", title: "Company interview sets", id: "company" },
  { kind: "page", title: "Sets from source pages", id: "page" },
];

export default async function SetsPage() {
  const sets = await listCuratedSets(await getDb());
  const byFeatured = (a: CuratedSetSummary, b: CuratedSetSummary) => Number(b.featured) - Number(a.featured) || a.title.localeCompare(b.title);
  return (
    <>
      <PageIntro title="Sets" description="Hand-picked lists of questions, practised in order." />
      {sets.length === 0 ? <p className="empty-state">No sets yet.</p> : null}
      {GROUPS.map((g) => {
        const group = sets.filter((s) => s.kind === g.kind).sort(byFeatured);
        if (group.length === 0) return null;
        return (
          <section key={g.kind} className="home-section" aria-labelledby={`sets-${g.id}`}>
            <h2 id={`sets-${g.id}`}>{g.title}</h2>
            <CardGrid>
              {group.map((s) => (
                <LinkCard key={s.slug} headingLevel={3} href={setHref(s.slug)} title={s.title} description={s.description} count={s.questionCount} badge={s.featured ? <span className="badge badge-featured">Featured</span> : null} />
              ))}
            </CardGrid>
          </section>
        );
      })}
    </>
  );
}
