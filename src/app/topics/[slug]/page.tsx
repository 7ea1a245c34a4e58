import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTopic } from "../../../db/queries/catalog";
import { FeaturedSets } from "../../components/featured-sets";
import { FilteredQuestions } from "../../components/filtered-questions";
import { getDb } from "../../lib/db";
import { topicHref } from "../../lib/hrefs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadTopic = cache(async (slug: string) => getTopic(await getDb(), slug));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const topic = await loadTopic((await props.params).slug);
  return { title: topic ? `${topic.name} questions` : "Topic not found", description: topic?.description || undefined };
}

export default async function TopicPage(props: Props) {
  const topic = await loadTopic((await props.params).slug);
  if (!topic) notFound();
  return (
    <>
      <FilteredQuestions
        basePath={topicHref(topic.slug)}
        fixed={{ topics: [topic.slug] }}
        searchParams={await props.searchParams}
        eyebrow="Topic"
        title={topic.name}
        description={topic.description}
        count={topic.questionCount}
      />
      <FeaturedSets topic={topic.slug} />
    </>
  );
}
