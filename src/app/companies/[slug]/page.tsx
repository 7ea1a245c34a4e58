import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCompany } from "../../../db/queries/catalog";
import { FilteredQuestions } from "../../components/filtered-questions";
import { getDb } from "../../lib/db";
import { companyHref } from "../../lib/hrefs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadCompany = cache(async (slug: string) => getCompany(await getDb(), slug));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const company = await loadCompany((await props.params).slug);
  return { title: company ? `${company.name} interview questions` : "Company not found" };
}

export default async function CompanyPage(props: Props) {
  const company = await loadCompany((await props.params).slug);
  if (!company) notFound();
  return (
    <FilteredQuestions
      basePath={companyHref(company.slug)}
      fixed={{ companies: [company.slug] }}
      searchParams={await props.searchParams}
      eyebrow="Company"
      title={`${company.name} interview questions`}
      count={company.questionCount}
    />
  );
}
