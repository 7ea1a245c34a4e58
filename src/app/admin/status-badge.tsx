const LABEL: Record<string, string> = { draft: "Draft", in_review: "In review", published: "Published", archived: "Archived" };

/** A question's workflow state as a small badge. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`admin-badge admin-badge-${status}`}>{LABEL[status] ?? status}</span>;
}
