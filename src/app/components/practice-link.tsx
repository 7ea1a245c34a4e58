import Link from "next/link";
import type { QuestionQuery } from "../../core/bank/types";
import { practiceHref } from "../lib/hrefs";

/** "Start Practice" button: practice mode with the same filters as the page it is on. */
export function PracticeLink({ query, label = "Start Practice" }: { query: Partial<QuestionQuery>; label?: string }) {
  return (
    <Link prefetch={false} href={practiceHref({ ...query, page: undefined, pageSize: undefined })} className="button button-primary">
      {label}
    </Link>
  );
}
