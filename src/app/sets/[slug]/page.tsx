import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCuratedSet } from "../../../db/queries/catalog";
import { FilteredQuestions } from "../../components/filtered-questions";
import { getDb } from "../../lib/db";
import { setHref } from "../../lib/hrefs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadSet = cache(async (slug: string) => getCuratedSet(await getDb(), slug));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const set = await loadSet((await props.params).slug);
  return { title: set ? set.title : "Set not found", description: set?.description || undefined };
}

const EYEBROW = { curated: "Curated set", company: "Company interview set", page: "Source page" } as const;

export default async function SetPage(props: Props) {
  const set = await loadSet((await props.params).slug);
  if (!set) notFound();
  return (
    <FilteredQuestions
      basePath={setHref(set.slug)}
      fixed={{ set: set.slug }}
      searchParams={await props.searchParams}
      eyebrow={EYEBROW[set.kind]}
      title={set.title}
      description={set.description}
      count={set.questionCount}
      ordered
    />
  );
}
