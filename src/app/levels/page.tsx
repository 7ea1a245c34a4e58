import type { Metadata } from "next";
import { listLevels } from "../../db/queries/catalog";
import { CardGrid } from "../components/card-grid";
import { LinkCard } from "../components/link-card";
import { PageIntro } from "../components/page-intro";
import { getDb } from "../lib/db";
import { levelHref } from "../lib/hrefs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Levels" };

export default async function LevelsPage() {
  const levels = await listLevels(await getDb());
  return (
    <>
      <PageIntro title="Levels" description="Five levels, from the basics every Python developer is asked about to expert questions on the interpreter and system design." />
      <CardGrid>
        {levels.map((l) => (
          <LinkCard key={l.slug} href={levelHref(l.name)} title={l.name} className={`link-card-level link-card-level-${l.slug}`} description={l.description} count={l.questionCount} />
        ))}
      </CardGrid>
    </>
  );
}
