import type { Metadata } from "next";
import { listCompanies } from "../../db/queries/catalog";
import { CardGrid } from "../components/card-grid";
import { LinkCard } from "../components/link-card";
import { PageIntro } from "../components/page-intro";
import { getDb } from "../lib/db";
import { plural } from "../lib/format";
import { companyHref } from "../lib/hrefs";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage() {
  const companies = await listCompanies(await getDb());
  return (
    <>
      <PageIntro title="Companies" description="Questions reported from interviews at these companies." meta={plural(companies.length, "company", "companies")} />
      {companies.length > 0 ? (
        <CardGrid compact>
          {companies.map((c) => (
            <LinkCard key={c.slug} href={companyHref(c.slug)} title={c.name} count={c.questionCount} />
          ))}
        </CardGrid>
      ) : (
        <p className="empty-state">No companies yet.</p>
      )}
    </>
  );
}
