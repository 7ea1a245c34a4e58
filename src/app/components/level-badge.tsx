import Link from "next/link";
import { levelSlug, type Level } from "../../core/bank/levels";
import { levelHref } from "../lib/hrefs";

/** A question's level as a coloured badge; a link to the level page when `link` is set. */
export function LevelBadge({ level, link = false }: { level: Level; link?: boolean }) {
  const className = `badge level-badge level-${levelSlug(level)}`;
  const content = (
    <>
      <span className="visually-hidden">Level: </span>
      {level}
    </>
  );
  return link ? (
    <Link prefetch={false} href={levelHref(level)} className={className}>
      {content}
    </Link>
  ) : (
    <span className={className}>{content}</span>
  );
}
