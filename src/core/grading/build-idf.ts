/**
 * Inverse document frequencies over our question bank, so that rare, topical words ("bytecode",
 * "GIL") count more in overlap than common ones ("function", "value").
 */
import { analyzeText } from "./analyze-text";
import { loadGradingNlp, type GradingNlp } from "./grading-nlp";

/** Document frequency of each normalized lemma over `documents` documents. */
export interface IdfTable {
  documents: number;
  df: ReadonlyMap<string, number>;
}

/**
 * Builds the idf table from plain-text documents (one per question: title, summary, answer,
 * rubric). Pure; ~1 ms per document. Uses the cached NLP when `nlp` is not given.
 */
export function buildIdf(documents: readonly string[], nlp: GradingNlp = loadGradingNlp()): IdfTable {
  const df = new Map<string, number>();
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const t of analyzeText(nlp, doc).tokens) if (t.isContent) seen.add(t.key);
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return { documents: documents.length, df };
}

/**
 * Smoothed idf, `ln((N + 1) / (df + 1)) + 1` (the scikit-learn `smooth_idf` form): ≥ 1, and an
 * unseen word gets the highest value.
 * @see https://scikit-learn.org/stable/modules/feature_extraction.html#tfidf-term-weighting
 */
export function idfOf(table: IdfTable, key: string): number {
  return Math.log((table.documents + 1) / ((table.df.get(key) ?? 0) + 1)) + 1;
}
