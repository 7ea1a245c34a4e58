import Link from "next/link";
import { notFound } from "next/navigation";
import { TOPICS } from "../../../../core/bank/topics";
import { getEditorQuestion } from "../../../../db/editorial/questions";
import { editorPage } from "../../../lib/admin";
import { getDb } from "../../../lib/db";
import { QuestionEditor } from "../../_components/question-editor";
import { WorkflowActions } from "../../_components/workflow-actions";
import { StatusBadge } from "../../status-badge";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props) {
  return { title: `Edit ${(await props.params).slug}` };
}

export default async function EditQuestion(props: Props) {
  const actor = await editorPage();
  const { slug } = await props.params;
  const q = await getEditorQuestion(await getDb(), slug, actor);
  if (!q) notFound();
  const own = q.workflowStatus === "in_review" && q.latestAuthorId === actor.id;
  return (
    <>
      <h1>{q.draft.title}</h1>
      <p>
        <StatusBadge status={q.workflowStatus} /> {q.status === "published" ? <Link href={`/questions/${q.slug}`}>Live on the site</Link> : <span className="admin-muted">Not public</span>}
        {q.status === "published" && q.workflowStatus !== "published" ? <span className="admin-muted"> — the live version stays until this edit is published.</span> : null}
        {q.reviewedBy ? <span className="admin-muted"> Reviewed by {q.reviewedBy}.</span> : null}
      </p>
      <WorkflowActions slug={q.slug} actions={q.actions} note={own ? "You wrote the latest revision: another editor publishes it." : null} />
      <QuestionEditor key={q.headRevision} slug={q.slug} initial={q.draft} headRevision={q.headRevision} topics={TOPICS.map((t) => ({ slug: t.slug, name: t.name }))} />
      <h2>History</h2>
      {q.revisions.length === 0 ? <p className="admin-muted">No revisions yet: the first save keeps the imported content as revision 1.</p> : null}
      <ol className="admin-history" reversed>
        {q.revisions.map((r) => (
          <li key={r.number}>
            <Link href={`/admin/questions/${q.slug}/revisions/${r.number}`}>Revision {r.number}</Link> — {r.message} — {r.authorName}, <time dateTime={r.createdAt}>{r.createdAt.slice(0, 16).replace("T", " ")}</time>
            {r.number === q.publishedRevision ? " (live)" : ""}
          </li>
        ))}
      </ol>
    </>
  );
}
