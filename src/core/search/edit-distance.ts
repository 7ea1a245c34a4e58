/**
 * Optimal string alignment distance (Damerau–Levenshtein restricted to one edit per substring):
 * insertions, deletions, substitutions and transpositions of two adjacent letters cost 1 each,
 * so "decoratros" is 1 from "decorators". O(|a|·|b|) time.
 * @see https://en.wikipedia.org/wiki/Damerau%E2%80%93Levenshtein_distance#Optimal_string_alignment_distance
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      row[j] = v;
    }
  }
  return d[m]![n]!;
}

export interface SpellingCandidate {
  word: string;
  /** pg_trgm similarity to the input, 0–1. */
  similarity: number;
  /** Number of questions the word occurs in. */
  ndoc: number;
}

/**
 * Picks the correction for a misspelt word among lexicon candidates: fewest edits first, then
 * the higher trigram similarity, then the commoner word. Null when the best needs more than
 * a third of the word's letters edited (it is likely a different word).
 */
export function pickCorrection(input: string, candidates: SpellingCandidate[]): string | null {
  let best: { c: SpellingCandidate; dist: number } | null = null;
  for (const c of candidates) {
    const dist = editDistance(input, c.word);
    if (
      !best ||
      dist < best.dist ||
      (dist === best.dist && (c.similarity > best.c.similarity || (c.similarity === best.c.similarity && c.ndoc > best.c.ndoc)))
    )
      best = { c, dist };
  }
  if (!best || best.dist > Math.max(1, Math.floor(input.length / 3))) return null;
  return best.c.word;
}
