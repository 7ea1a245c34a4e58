/**
 * Duplicate detection between questions: exact duplicates (same title once case, spacing and
 * punctuation are ignored) and near duplicates (the same question in other words), by the Dice
 * coefficient of normalized content words with synonyms folded ("global interpreter lock" → gil).
 */

const STOPWORDS = new Set(
  "what is are was the a an how do does did you your explain describe discuss in on of and or to for use used using uses why when with its it can could we they them their work works working which some common commonly example examples give provide concept concepts purpose meaning mean define python python's pythons this that these those be been by from as at into about between difference differences different vs versus main key role significance benefit benefits advantage advantages disadvantages there type types when would should handle handled handling implement implementing implementation write create".split(
    " ",
  ),
);

// Phrase synonyms first (longest first), then single words.
const PHRASES: [RegExp, string][] = [
  [/global interpreter lock/g, "gil"],
  [/garbage collect(?:ion|or)?/g, "gc"],
  [/memory management/g, "memory"],
  [/list comprehensions?/g, "listcomp"],
  [/dict(?:ionary)? comprehensions?/g, "dictcomp"],
  [/\*args and \*\*kwargs|\*args\/\*\*kwargs/g, "args kwargs"],
  [/\*\*kwargs/g, "kwargs"],
  [/\*args/g, "args"],
  [/context managers?/g, "contextmanager"],
  [/virtual environments?/g, "venv"],
  [/method resolution order/g, "mro"],
  [/shallow copy/g, "shallowcopy"],
  [/deep copy/g, "deepcopy"],
  [/multi-?threading/g, "thread"],
  [/multi-?processing/g, "multiprocess"],
  [/async(?:hronous)? programming/g, "asyncio"],
  [/\basync\b(?: and |\/)\bawait\b/g, "asyncio"],
  [/lambda functions?/g, "lambda"],
  [/__init__(?: method)?/g, "init"],
  [/monkey[- ]patching/g, "monkeypatch"],
];

const WORDS: Record<string, string> = {
  dictionaries: "dict",
  dictionary: "dict",
  dicts: "dict",
  threads: "thread",
  threading: "thread",
  decorators: "decorator",
  generators: "generator",
  iterators: "iterator",
  lists: "list",
  tuples: "tuple",
  metaclasses: "metaclass",
  descriptors: "descriptor",
  exceptions: "exception",
  errors: "exception",
  error: "exception",
  modules: "module",
  packages: "package",
  classes: "class",
  objects: "object",
  methods: "method",
  functions: "function",
  func: "function",
  coroutines: "coroutine",
  processes: "process",
  optimize: "optimization",
  optimise: "optimization",
  optimizing: "optimization",
  tests: "test",
  testing: "test",
  unit: "test",
};

function stem(word: string): string {
  const w = WORDS[word];
  if (w) return w;
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

/** Exact-duplicate key: lower case, punctuation and spacing folded. */
export function exactTitleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9_*]+/g, " ")
    .trim();
}

/** The content words of a title, with synonyms folded and plurals stemmed (a set, in order). */
export function titleTerms(title: string): string[] {
  let t = title.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  for (const [re, rep] of PHRASES) t = t.replace(re, ` ${rep} `);
  const words = t.split(/[^a-z0-9_]+/).filter((w) => w.length > 0 && !STOPWORDS.has(w));
  return [...new Set(words.map(stem))];
}

/** Dice coefficient of two term sets, 0–1. */
export function termSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  let shared = 0;
  for (const x of new Set(a)) if (sb.has(x)) shared++;
  return (2 * shared) / (new Set(a).size + sb.size);
}

/** Titles whose term similarity reaches this are the same question. Tuned on the seed pages (tests/core/bank). */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

export type DuplicateKind = "exact" | "near";

/** Compares two titles: "exact", "near", or null when they are different questions. */
export function compareTitles(a: string, b: string): DuplicateKind | null {
  if (exactTitleKey(a) === exactTitleKey(b)) return "exact";
  return termSimilarity(titleTerms(a), titleTerms(b)) >= NEAR_DUPLICATE_THRESHOLD ? "near" : null;
}

export interface DuplicateCandidate<T> {
  item: T;
  kind: DuplicateKind;
  similarity: number;
}

/**
 * The best duplicate of `title` among `pool` (items with precomputed `terms` and `exactKey`),
 * or null. Exact matches win over near ones; among near ones the most similar wins.
 */
export function findDuplicate<T extends { terms: readonly string[]; exactKey: string }>(title: string, pool: readonly T[]): DuplicateCandidate<T> | null {
  const key = exactTitleKey(title);
  const exact = pool.find((p) => p.exactKey === key);
  if (exact) return { item: exact, kind: "exact", similarity: 1 };
  const terms = titleTerms(title);
  let best: DuplicateCandidate<T> | null = null;
  for (const p of pool) {
    const s = termSimilarity(terms, p.terms);
    if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { item: p, kind: "near", similarity: s };
  }
  return best;
}
