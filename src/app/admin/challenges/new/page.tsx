import { TOPICS } from "../../../../core/bank/topics";
import { editorPage } from "../../../lib/admin";
import { ChallengeEditor } from "../../_components/challenge-editor";

export const dynamic = "force-dynamic";
export const metadata = { title: "New challenge" };

export default async function NewChallenge() {
  await editorPage();
  return (
    <>
      <h1>New challenge</h1>
      <p className="admin-muted">It is live once saved, and only saved when the reference solution passes every test.</p>
      <ChallengeEditor
        slug={null}
        topics={TOPICS.map((t) => ({ slug: t.slug, name: t.name }))}
        initial={{
          title: "",
          difficulty: "Easy",
          topics: [],
          relatedQuestions: [],
          statementMd: "",
          starter: "def solve():\n    ...\n",
          examples: ["assert solve() is None"],
          hiddenTests: ["assert solve() is None"],
          solution: "def solve():\n    return None\n",
          timeLimitMs: 2000,
        }}
      />
    </>
  );
}
