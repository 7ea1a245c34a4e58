import Link from "next/link";
import type { AdminQuestionRow } from "../../db/editorial/questions";
import { StatusBadge } from "./status-badge";

/** Questions as the admin lists show them. */
export function QuestionTable({ items, caption }: { items: AdminQuestionRow[]; caption: string }) {
  if (!items.length) return <p className="admin-muted">Nothing here.</p>;
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Level</th>
          <th scope="col">State</th>
          <th scope="col">Last edit</th>
        </tr>
      </thead>
      <tbody>
        {items.map((q) => (
          <tr key={q.slug}>
            <td>
              <Link href={`/admin/questions/${q.slug}`}>{q.title}</Link>
              {q.pendingEdit ? <span className="admin-muted"> (live; edit pending)</span> : null}
            </td>
            <td>{q.level}</td>
            <td>
              <StatusBadge status={q.workflowStatus} />
            </td>
            <td>
              <time dateTime={q.updatedAt}>{q.updatedAt.slice(0, 10)}</time>
              {q.latestAuthorName ? ` by ${q.latestAuthorName}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
