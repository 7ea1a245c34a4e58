import Link from "next/link";
import { EXPERIENCE_BAND_LABELS, LEVELS, levelSlug, parseExperienceBand, parseLevel } from "../../core/bank/levels";
import { DEFAULT_PAGE_SIZE } from "../../core/bank/question-query";
import type { FacetCount, QuestionPage, QuestionQuery } from "../../core/bank/types";
import { questionsHref } from "../lib/hrefs";
import { FilterPanelOpener } from "./filter-panel-opener";

interface Option {
  value: string;
  label: string;
  count: number | null;
  checked: boolean;
}

/** Facet options, with every selected value present even when the facets no longer list it. */
function options(facets: FacetCount[], selected: string[], normalize: (v: string) => string, labelFor: (v: string) => string): Option[] {
  const seen = new Set<string>();
  const out: Option[] = [];
  for (const f of facets) {
    const value = normalize(f.value);
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ value, label: f.label || labelFor(value), count: f.count, checked: selected.includes(value) });
  }
  for (const value of selected) if (!seen.has(value)) out.push({ value, label: labelFor(value), count: null, checked: true });
  return out;
}

function CheckboxGroup({ formId, name, legend, items, scroll = false }: { formId: string; name: string; legend: string; items: Option[]; scroll?: boolean }) {
  if (items.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className={scroll ? "filter-options filter-options-scroll" : "filter-options"}>
        {items.map((o) => {
          const id = `${formId}-${name}-${o.value}`;
          return (
            <li key={o.value}>
              <input type="checkbox" id={id} name={name} value={o.value} defaultChecked={o.checked} />
              <label htmlFor={id}>
                <span className="filter-label">{o.label}</span>
                {o.count !== null ? (
                  <span className="filter-count">
                    <span className="visually-hidden">, </span>
                    {o.count.toLocaleString("en")}
                    <span className="visually-hidden"> questions</span>
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * The browse filters as a plain GET form (works without JavaScript), with facet counts. On
 * narrow screens it collapses behind a <details> disclosure. Search text lives in an input
 * outside the form, attached with `form={formId}`.
 */
export function FilterForm({ formId, query, facets }: { formId: string; query: QuestionQuery; facets: QuestionPage["facets"] | null }) {
  const levelOrder = (a: Option, b: Option) => LEVELS.indexOf(parseLevel(a.value) ?? "Expert") - LEVELS.indexOf(parseLevel(b.value) ?? "Expert");
  const levels = options(
    facets?.levels ?? LEVELS.map((l) => ({ value: l, label: l, count: 0 })),
    (query.levels ?? []).map(levelSlug),
    (v) => {
      const l = parseLevel(v);
      return l ? levelSlug(l) : v;
    },
    (v) => parseLevel(v) ?? v,
  )
    .map((o) => ({ ...o, count: facets ? o.count : null }))
    .sort(levelOrder);
  const bands = options(
    facets?.bands ?? [],
    query.bands ?? [],
    (v) => parseExperienceBand(v) ?? v,
    (v) => {
      const b = parseExperienceBand(v);
      return b ? EXPERIENCE_BAND_LABELS[b] : v;
    },
  ).map((o) => {
    const b = parseExperienceBand(o.value);
    return b ? { ...o, label: EXPERIENCE_BAND_LABELS[b] } : o;
  });
  const topics = options(facets?.topics ?? [], query.topics ?? [], (v) => v, (v) => v);
  const companies = options(facets?.companies ?? [], query.companies ?? [], (v) => v, (v) => v);
  const code = query.hasCode === undefined ? "" : query.hasCode ? "yes" : "no";

  return (
    <details className="filter-panel">
      <summary className="filter-panel-summary">Filters</summary>
      <FilterPanelOpener />
      <form id={formId} className="filter-form" action="/questions" method="get" aria-label="Filter questions">
        <CheckboxGroup formId={formId} name="level" legend="Level" items={levels} />
        <CheckboxGroup formId={formId} name="band" legend="Experience" items={bands} />
        <div className="filter-group">
          <label htmlFor={`${formId}-code`} className="filter-group-label">
            Code examples
          </label>
          <select id={`${formId}-code`} name="code" defaultValue={code}>
            <option value="">Any</option>
            <option value="yes">With code</option>
            <option value="no">Without code</option>
          </select>
        </div>
        <CheckboxGroup formId={formId} name="topic" legend="Topics (match all)" items={topics} scroll={topics.length > 10} />
        <CheckboxGroup formId={formId} name="company" legend="Companies" items={companies} scroll={companies.length > 10} />
        {query.set ? <input type="hidden" name="set" value={query.set} /> : null}
        {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            Apply
          </button>
          <Link prefetch={false} href={questionsHref({ q: query.q })} className="button button-quiet">
            Clear filters
          </Link>
        </div>
      </form>
    </details>
  );
}
