import Link from "next/link";
import { countByWorkflowState, listAdminQuestions } from "../../db/editorial/questions";
import { editorPage } from "../lib/admin";
import { getDb } from "../lib/db";
import { QuestionTable } from "./question-table";

export const dynamic = "force-dynamic";
export const metadata = { title: "Dashboard" };

export default async function AdminDashboard() {
  const actor = await editorPage();
  const db = await getDb();
  const [counts, mine, review] = await Promise.all([
    countByWorkflowState(db),
    listAdminQuestions(db, { authorId: actor.id, workflowStatus: "draft", pageSize: 10 }),
    listAdminQuestions(db, { reviewerId: actor.id, pageSize: 10 }),
  ]);
  return (
    <>
      <h1>Editorial dashboard</h1>
      <dl className="stats" aria-label="Questions by state">
        {(["draft", "in_review", "published", "archived"] as const).map((s) => (
          <div key={s}>
            <dt>{s.replace("_", " ")}</dt>
            <dd>
              <Link href={`/admin/questions?status=${s}`}>{counts[s].toLocaleString("en")}</Link>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link className="button button-primary" href="/admin/questions/new">
          New question
        </Link>
      </p>
      <h2>My drafts</h2>
      <QuestionTable items={mine.items} caption="My drafts" />
      <h2>Awaiting my review</h2>
      <QuestionTable items={review.items} caption="Awaiting my review" />
    </>
  );
}
