import type { Metadata } from "next";
import { listTopics } from "../../db/queries/catalog";
import { CardGrid } from "../components/card-grid";
import { LinkCard } from "../components/link-card";
import { PageIntro } from "../components/page-intro";
import { getDb } from "../lib/db";
import { plural } from "../lib/format";
import { topicHref } from "../lib/hrefs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const topics = await listTopics(await getDb());
  return (
    <>
      <PageIntro title="Topics" description="Questions grouped by the part of Python they are about." meta={plural(topics.length, "topic")} />
      {topics.length > 0 ? (
        <CardGrid>
          {topics.map((t) => (
            <LinkCard key={t.slug} href={topicHref(t.slug)} title={t.name} description={t.description} count={t.questionCount} />
          ))}
        </CardGrid>
      ) : (
        <p className="empty-state">No topics yet.</p>
      )}
    </>
  );
}
