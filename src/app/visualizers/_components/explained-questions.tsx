import Link from "next/link";
import { visualizerInfo, type VisualizerId } from "../../../core/visualizers/links";
import { getQuestionTitles } from "../../../db/queries/question-titles";
import { getDb } from "../../lib/db";
import { questionHref } from "../../lib/hrefs";

/** "Questions this explains": links back to the bank's questions mapped to this visualizer (core/visualizers/links.ts). */
export async function ExplainedQuestions({ id }: { id: VisualizerId }) {
  const questions = await getQuestionTitles(await getDb(), visualizerInfo(id).questions);
  if (questions.length === 0) return null;
  return (
    <section className="viz-questions" aria-labelledby="viz-questions-title">
      <h2 id="viz-questions-title">Questions this explains</h2>
      <ul>
        {questions.map((q) => (
          <li key={q.slug}>
            <Link prefetch={false} href={questionHref(q.slug)}>
              {q.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
