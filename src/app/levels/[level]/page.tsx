import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseLevel } from "../../../core/bank/levels";
import { listLevels } from "../../../db/queries/catalog";
import { FeaturedSets } from "../../components/featured-sets";
import { FilteredQuestions } from "../../components/filtered-questions";
import { getDb } from "../../lib/db";
import { levelHref } from "../../lib/hrefs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ level: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const level = parseLevel((await props.params).level);
  return { title: level ? `${level} level questions` : "Level not found" };
}

export default async function LevelPage(props: Props) {
  const level = parseLevel((await props.params).level);
  if (!level) notFound();
  const summary = (await listLevels(await getDb())).find((l) => l.name === level);
  return (
    <>
      <FilteredQuestions
        basePath={levelHref(level)}
        fixed={{ levels: [level] }}
        searchParams={await props.searchParams}
        eyebrow="Level"
        title={level}
        description={summary?.description}
        count={summary?.questionCount ?? 0}
      />
      <FeaturedSets level={level} />
    </>
  );
}
