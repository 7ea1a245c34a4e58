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

/** Body words for answer similarity: lower-case words of 3+ letters (identifiers keep their underscores). */
export function bodyWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z_][a-z0-9_]{2,}/g) ?? [];
}

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * When two questions are the same: titles with term similarity (Dice) of at least `strongTitle`
 * whose texts share some vocabulary (tf-idf cosine ≥ `weakBody`), or titles that are only
 * related (Dice ≥ `weakTitle`) whose texts agree clearly (cosine ≥ `strongBody`).
 * Tuned by reading every pair of the five seed pages (tests/core/bank/near-duplicates.test.ts).
 */
export const NEAR_DUPLICATE_RULES = { strongTitle: 0.8, weakBody: 0.2, weakTitle: 0.5, strongBody: 0.36 } as const;

export type DuplicateKind = "exact" | "near";

/** Compares two titles alone: "exact", "near" (Dice ≥ strongTitle), or null. */
export function compareTitles(a: string, b: string): DuplicateKind | null {
  if (exactTitleKey(a) === exactTitleKey(b)) return "exact";
  return termSimilarity(titleTerms(a), titleTerms(b)) >= NEAR_DUPLICATE_RULES.strongTitle ? "near" : null;
}

export interface DuplicateMatch<T> {
  item: T;
  kind: DuplicateKind;
  /** Title Dice + body cosine, 0–2 (2 for exact). */
  score: number;
  titleSimilarity: number;
  bodySimilarity: number;
}

interface Entry<T> {
  item: T;
  exactKeys: Set<string>;
  versions: { terms: string[]; vector: Vector }[];
  pages: Set<string>;
}

/**
 * Finds the question a new one duplicates, among items that may each hold several versions
 * (one per page that asked it). Exact: the same title, case and punctuation aside (on any page).
 * Near: NEAR_DUPLICATE_RULES against any version, never between two questions of the same page
 * (a page that lists two similar questions means them as different). Idf comes from `corpus`,
 * fixed at construction, so results do not depend on insertion order beyond tie-breaking.
 */
export class DuplicateFinder<T> {
  private readonly idf = new Map<string, number>();
  private readonly entries: Entry<T>[] = [];
  private readonly byItem = new Map<T, Entry<T>>();
  private readonly docs: number;

  /** @param corpus every text (title + summary + answer) of the bank and of the run, for idf */
  constructor(corpus: readonly string[]) {
    this.docs = Math.max(1, corpus.length);
    const df = new Map<string, number>();
    for (const text of corpus) for (const w of new Set(bodyWords(text))) df.set(w, (df.get(w) ?? 0) + 1);
    for (const [w, n] of df) this.idf.set(w, Math.log(this.docs / n));
  }

  private vector(text: string): Vector {
    const tf = new Map<string, number>();
    for (const w of bodyWords(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: Vector = new Map();
    for (const [w, c] of tf) v.set(w, (1 + Math.log(c)) * (this.idf.get(w) ?? Math.log(this.docs)));
    return v;
  }

  /** Records a version of `item`: its title and body text as one page (or null: no page) has them. */
  add(item: T, title: string, body: string, page: string | null): void {
    let e = this.byItem.get(item);
    if (!e) {
      e = { item, exactKeys: new Set(), versions: [], pages: new Set() };
      this.byItem.set(item, e);
      this.entries.push(e);
    }
    e.exactKeys.add(exactTitleKey(title));
    e.versions.push({ terms: titleTerms(title), vector: this.vector(`${title} ${body}`) });
    if (page) e.pages.add(page);
  }

  /**
   * The best match for a question from `page`, or null.
   * @param pageTitles every title on that page: an item that has one of them as a version is
   *   listed separately by the page, so it is never a near match (exact matches still are)
   */
  find(title: string, body: string, page: string | null, pageTitles: readonly string[] = []): DuplicateMatch<T> | null {
    const key = exactTitleKey(title);
    const exact = this.entries.find((e) => e.exactKeys.has(key));
    if (exact) return { item: exact.item, kind: "exact", score: 2, titleSimilarity: 1, bodySimilarity: 1 };
    const terms = titleTerms(title);
    const vector = this.vector(`${title} ${body}`);
    const r = NEAR_DUPLICATE_RULES;
    const pageKeys = new Set(pageTitles.map(exactTitleKey));
    pageKeys.delete(key);
    let best: DuplicateMatch<T> | null = null;
    for (const e of this.entries) {
      if (page && e.pages.has(page)) continue;
      if ([...e.exactKeys].some((k) => pageKeys.has(k))) continue;
      for (const v of e.versions) {
        const t = termSimilarity(terms, v.terms);
        if (t < r.weakTitle) continue;
        const b = cosine(vector, v.vector);
        const same = (t >= r.strongTitle && b >= r.weakBody) || b >= r.strongBody;
        if (same && (!best || t + b > best.score)) best = { item: e.item, kind: "near", score: t + b, titleSimilarity: t, bodySimilarity: b };
      }
    }
    return best;
  }
}
