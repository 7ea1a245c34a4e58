import { TOPICS } from "../../../../core/bank/topics";
import { editorPage } from "../../../lib/admin";
import { QuestionEditor } from "../../_components/question-editor";

export const dynamic = "force-dynamic";
export const metadata = { title: "New question" };

export default async function NewQuestion() {
  await editorPage();
  return (
    <>
      <h1>New question</h1>
      <p className="admin-muted">It is saved as a draft; another editor reviews and publishes it.</p>
      <QuestionEditor
        slug={null}
        headRevision={0}
        topics={TOPICS.map((t) => ({ slug: t.slug, name: t.name }))}
        initial={{ title: "", level: "Mid", topics: [], companies: [], bands: ["2-5"], summary: "", answerMd: "", rubric: [], examples: [], related: [] }}
      />
    </>
  );
}
