import Link from "next/link";
import { notFound } from "next/navigation";
import { isAppError } from "../../../../../../core/errors";
import { getRevision, type RevisionDetail } from "../../../../../../db/editorial/questions";
import { editorPage } from "../../../../../lib/admin";
import { getDb } from "../../../../../lib/db";
import { RestoreButton } from "../../../../_components/workflow-actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Revision" };

export default async function RevisionPage(props: { params: Promise<{ slug: string; number: string }> }) {
  await editorPage();
  const { slug, number } = await props.params;
  let rev: RevisionDetail;
  try {
    rev = await getRevision(await getDb(), slug, Number(number));
  } catch (e) {
    if (isAppError(e)) notFound();
    throw e;
  }
  return (
    <>
      <p>
        <Link href={`/admin/questions/${slug}`}>← Back to the question</Link>
      </p>
      <h1>
        Revision {rev.number}: {rev.snapshot.title}
      </h1>
      <p className="admin-muted">
        {rev.message} — {rev.authorName}, <time dateTime={rev.createdAt}>{rev.createdAt.slice(0, 16).replace("T", " ")}</time>
      </p>
      <RestoreButton slug={slug} number={rev.number} />
      <h2>Changes from revision {rev.number - 1 || "(none)"}</h2>
      {rev.diff.length === 0 ? <p>No changes.</p> : null}
      {rev.diff.map((d) => (
        <section key={d.field} className="admin-diff" aria-label={d.label}>
          <h3>{d.label}</h3>
          <pre>
            {d.parts.map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}
          </pre>
        </section>
      ))}
    </>
  );
}
