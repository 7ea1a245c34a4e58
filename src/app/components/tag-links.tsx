import Link from "next/link";
import type { Tag } from "../../core/bank/types";

/** Topics or companies as a row of small links; renders nothing for an empty list. */
export function TagLinks({ tags, hrefFor, label, className = "" }: { tags: Tag[]; hrefFor: (slug: string) => string; label: string; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={`tag-list ${className}`.trim()} aria-label={label}>
      {tags.map((t) => (
        <li key={t.slug}>
          <Link prefetch={false} href={hrefFor(t.slug)} className="tag">
            {t.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
