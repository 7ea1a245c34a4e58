import Link from "next/link";
import { EXPERIENCE_BAND_LABELS } from "../../core/bank/levels";
import type { QuestionPage, QuestionQuery } from "../../core/bank/types";
import { questionsHref } from "../lib/hrefs";

interface Chip {
  key: string;
  kind: string;
  label: string;
  href: string;
}

function labelFrom(facets: { value: string; label: string }[] | undefined, value: string): string {
  return facets?.find((f) => f.value === value)?.label ?? value;
}

/**
 * The active filters as removable chips: each is a link to the same search without that one
 * value (back on page 1), plus "Clear all".
 */
export function ActiveFilters({ query, facets, setTitle }: { query: QuestionQuery; facets: QuestionPage["facets"] | null; setTitle?: string | undefined }) {
  const base: Partial<QuestionQuery> = { ...query, page: 1 };
  const chips: Chip[] = [];
  if (query.q) chips.push({ key: "q", kind: "Search", label: `“${query.q}”`, href: questionsHref({ ...base, q: undefined }) });
  for (const l of query.levels ?? [])
    chips.push({ key: `level-${l}`, kind: "Level", label: l, href: questionsHref({ ...base, levels: query.levels?.filter((x) => x !== l) }) });
  for (const b of query.bands ?? [])
    chips.push({ key: `band-${b}`, kind: "Experience", label: EXPERIENCE_BAND_LABELS[b], href: questionsHref({ ...base, bands: query.bands?.filter((x) => x !== b) }) });
  if (query.hasCode !== undefined)
    chips.push({ key: "code", kind: "Code", label: query.hasCode ? "With code" : "Without code", href: questionsHref({ ...base, hasCode: undefined }) });
  for (const t of query.topics ?? [])
    chips.push({ key: `topic-${t}`, kind: "Topic", label: labelFrom(facets?.topics, t), href: questionsHref({ ...base, topics: query.topics?.filter((x) => x !== t) }) });
  for (const c of query.companies ?? [])
    chips.push({ key: `company-${c}`, kind: "Company", label: labelFrom(facets?.companies, c), href: questionsHref({ ...base, companies: query.companies?.filter((x) => x !== c) }) });
  if (query.set) chips.push({ key: "set", kind: "Set", label: setTitle ?? query.set, href: questionsHref({ ...base, set: undefined }) });
  if (chips.length === 0) return null;

  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <Link prefetch={false} href={c.href} className="chip" aria-label={`Remove ${c.kind.toLowerCase()} filter: ${c.label}`}>
              <span className="chip-kind">{c.kind}:</span> {c.label} <span aria-hidden="true" className="chip-x">×</span>
            </Link>
          </li>
        ))}
        {chips.length > 1 ? (
          <li>
            <Link prefetch={false} href={questionsHref({ pageSize: query.pageSize })} className="chip-clear">
              Clear all
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
