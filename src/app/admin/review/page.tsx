import { listAdminQuestions } from "../../../db/editorial/questions";
import { editorPage } from "../../lib/admin";
import { getDb } from "../../lib/db";
import { QuestionTable } from "../question-table";

export const dynamic = "force-dynamic";
export const metadata = { title: "Review queue" };

export default async function ReviewQueue() {
  const actor = await editorPage();
  const db = await getDb();
  const [others, mine] = await Promise.all([listAdminQuestions(db, { reviewerId: actor.id, pageSize: 200 }), listAdminQuestions(db, { workflowStatus: "in_review", authorId: actor.id, pageSize: 200 })]);
  return (
    <>
      <h1>Review queue</h1>
      <h2>For you to review</h2>
      <QuestionTable items={others.items} caption="For you to review" />
      <h2>Yours, waiting for another editor</h2>
      <QuestionTable items={mine.items} caption="Yours in review" />
    </>
  );
}
