import type { QuestionSummary } from "../../core/bank/types";
import { QuestionCard } from "./question-card";

/** A list of question cards. `start` numbers an ordered list (curated sets keep their order). */
export function QuestionList({ items, headingLevel = 2, ordered = false, start = 1 }: { items: QuestionSummary[]; headingLevel?: 2 | 3; ordered?: boolean; start?: number }) {
  const children = items.map((item) => (
    <li key={item.slug}>
      <QuestionCard item={item} headingLevel={headingLevel} />
    </li>
  ));
  return ordered ? (
    <ol className="question-list question-list-ordered" start={start}>
      {children}
    </ol>
  ) : (
    <ul className="question-list">{children}</ul>
  );
}
