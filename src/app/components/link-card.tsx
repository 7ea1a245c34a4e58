import Link from "next/link";
import type { ReactNode } from "react";
import { plural } from "../lib/format";

/** A card in a grid (levels, topics, companies, sets) that links to its page. */
export function LinkCard({
  href,
  title,
  description,
  count,
  badge,
  headingLevel = 2,
  className,
}: {
  href: string;
  title: string;
  description?: string | null | undefined;
  count?: number | undefined;
  badge?: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={className ? `link-card ${className}` : "link-card"}>
      <Heading className="link-card-title">
        <Link prefetch={false} href={href} className="link-card-link">
          {badge}
          {title}
        </Link>
      </Heading>
      {description ? <p className="link-card-description">{description}</p> : null}
      {count !== undefined ? <p className="link-card-count">{plural(count, "question")}</p> : null}
    </article>
  );
}
