import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { listInterviews } from "../../db/interview/interviews";
import { listCompanies, listCuratedSets, listTopics } from "../../db/queries/catalog";
import { InterviewSetupForm } from "../components/interview-setup";
import { PageIntro } from "../components/page-intro";
import { resolveActor } from "../lib/auth";
import { getDb } from "../lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Mock interview",
  description: "An adaptive Python mock interview: questions get harder or easier with your answers, each graded against our rubric with precise feedback.",
};

export default async function InterviewPage() {
  const db = await getDb();
  const actor = await resolveActor(await headers());
  const [topics, sets, companies, past] = await Promise.all([listTopics(db), listCuratedSets(db), listCompanies(db), actor ? listInterviews(db, actor.owner) : Promise.resolve([])]);
  return (
    <>
      <PageIntro
        title="Mock interview"
        description="Questions adapt to you: a strong answer brings a harder question, a weak one an easier one, and missed key points get a follow-up. Answers are graded on this server against our rubrics, with no data sent anywhere."
      />
      <InterviewSetupForm
        topics={topics.map((t) => ({ slug: t.slug, name: t.name }))}
        sets={sets.map((s) => ({ slug: s.slug, name: s.title }))}
        companies={companies.map((c) => ({ slug: c.slug, name: c.name }))}
      />
      {past.length ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading">Your interviews</h2>
          <table className="history">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Target</th>
                <th scope="col">Score</th>
                <th scope="col">Answered like</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {past.map((p) => (
                <tr key={p.id}>
                  <td>{new Date(p.startedAt).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>{p.level}</td>
                  <td>{p.overall === null ? "–" : `${p.overall.toFixed(1)} / 5`}</td>
                  <td>{p.estimatedLevel ?? "–"}</td>
                  <td>{p.status === "finished" ? <Link href={`/interview/${p.id}/report`}>Report</Link> : <Link href={`/interview/${p.id}`}>Continue</Link>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
