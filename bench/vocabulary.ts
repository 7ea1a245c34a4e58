/**
 * Synthetic but realistic question text for the benchmarks: real Python interview terms grouped
 * by our topics, with a skewed (Zipf-like) choice of terms, so that full-text search has about
 * the selectivity it has on a real bank ("GIL" is rare, "function" is everywhere).
 */
import { defaultBandsForLevel, LEVELS, type ExperienceBand, type Level } from "../src/core/bank/levels";
import type { Rng } from "./stats";

/** Terms per topic slug (the slugs of src/core/bank/topics.ts), most frequent first. */
export const TOPIC_TERMS: Record<string, readonly string[]> = {
  basics: [
    "variables", "strings", "f-strings", "mutable and immutable types", "None", "is and ==", "slicing", "type hints",
    "dynamic typing", "truthy and falsy values", "the walrus operator", "PEP 8", "integers and floats", "control flow",
    "the ternary operator", "docstrings", "range", "operators", "indentation", "keywords", "booleans", "comments",
  ],
  oop: [
    "classes", "inheritance", "the __init__ method", "metaclass", "descriptor", "properties", "dataclasses",
    "the method resolution order (MRO)", "dunder methods", "__new__", "super()", "abstract base classes", "__slots__",
    "classmethod and staticmethod", "polymorphism", "encapsulation", "mixins", "duck typing", "composition",
    "protocols", "__repr__ and __str__", "the singleton pattern", "multiple inheritance",
  ],
  "data-structures": [
    "lists", "dict", "tuples", "sets", "list comprehension", "dictionaries", "hash tables", "collections.deque",
    "defaultdict", "Counter", "namedtuple", "heapq", "sorting", "binary search", "big O complexity", "linked lists",
    "stacks and queues", "OrderedDict", "bisect", "hashable keys", "tries", "graphs", "binary trees",
  ],
  "functions-modules": [
    "functions", "*args and **kwargs", "lambda", "closures", "scope", "the LEGB rule", "default arguments",
    "mutable default argument", "modules", "packages", "imports", "namespaces", "recursion", "higher-order functions",
    "map and filter", "functools.partial", "functools.reduce", "nonlocal and global", "first-class functions",
    "if __name__ == '__main__'", "circular imports",
  ],
  "files-exceptions": [
    "exceptions", "try/except/finally", "context managers", "the with statement", "custom exceptions", "raise from",
    "file handling", "reading files", "writing files", "pathlib", "json", "csv", "logging", "pickle", "serialization",
    "ExceptionGroup and except*", "error handling", "exception chaining",
  ],
  "iterators-generators": [
    "generators", "iterators", "yield", "generator expressions", "the iterator protocol", "itertools", "lazy evaluation",
    "__iter__ and __next__", "StopIteration", "yield from", "iterables", "comprehensions", "infinite sequences",
    "itertools.chain", "itertools.groupby",
  ],
  decorators: [
    "decorators", "functools.wraps", "decorators with arguments", "class decorators", "wrapper functions",
    "stacking decorators", "decorator factories", "@property", "@lru_cache", "@staticmethod", "timing decorators",
    "retry decorators", "memoization decorators",
  ],
  concurrency: [
    "the GIL", "asyncio", "threading", "multiprocessing", "async and await", "the event loop", "coroutines",
    "the Global Interpreter Lock", "race conditions", "locks", "deadlocks", "concurrent.futures", "thread pools",
    "process pools", "semaphores", "asyncio.gather", "asyncio tasks", "free-threaded Python", "subinterpreters",
    "CPU-bound and I/O-bound work", "queue.Queue",
  ],
  "memory-performance": [
    "garbage collection", "reference counting", "memory management", "the gc module", "reference cycles", "weakref",
    "profiling", "cProfile", "lru_cache", "caching", "memoization", "shallow copy and deep copy", "deepcopy",
    "memory leaks", "sys.getsizeof", "string interning", "bytecode", "Cython", "optimization", "the small integer cache",
  ],
  testing: [
    "pytest", "unittest", "fixtures", "mocking", "unittest.mock", "monkeypatch", "test coverage", "TDD",
    "parametrized tests", "pdb", "debugging", "assertions", "doctest", "hypothesis", "integration tests", "test doubles",
  ],
  packaging: [
    "virtual environments", "venv", "pip", "pyproject.toml", "requirements.txt", "dependency management", "Poetry",
    "uv", "wheels", "PyPI", "setup.py", "lock files", "conda", "editable installs",
  ],
  "web-frameworks": [
    "Django", "Flask", "FastAPI", "REST APIs", "the Django ORM", "middleware", "WSGI", "ASGI", "SQLAlchemy", "Pydantic",
    "Celery", "gunicorn", "uvicorn", "request handling", "the N+1 query problem", "API endpoints", "web scraping",
    "BeautifulSoup",
  ],
  "data-science-ml": [
    "pandas", "NumPy", "DataFrames", "vectorization", "broadcasting", "matplotlib", "scikit-learn", "machine learning",
    "Jupyter notebooks", "SciPy", "PyTorch", "Polars", "missing values", "groupby aggregations", "feature scaling",
  ],
  security: [
    "SQL injection", "eval and exec", "unsafe deserialization", "secrets management", "password hashing",
    "the secrets module", "authentication", "authorization", "CSRF", "XSS", "JWT", "input sanitization", "HMAC",
    "TLS certificates",
  ],
  "architecture-scale": [
    "design patterns", "dependency injection", "microservices", "SOLID principles", "scaling", "caching with Redis",
    "message queues", "Kafka", "rate limiting", "circuit breakers", "observability", "load balancing",
    "large codebases", "monoliths", "system design", "deployment", "high availability",
  ],
};

/** How often each topic is a question's main topic (relative weights). */
const TOPIC_WEIGHTS: Record<string, number> = {
  basics: 12, oop: 11, "data-structures": 11, "functions-modules": 9, "files-exceptions": 6, "iterators-generators": 7,
  decorators: 6, concurrency: 7, "memory-performance": 6, testing: 5, packaging: 3, "web-frameworks": 6,
  "data-science-ml": 5, security: 3, "architecture-scale": 3,
};

/** Companies of the synthetic bank (about 8% of questions name one). */
export const COMPANIES = ["Google", "Amazon", "Meta", "Microsoft", "Netflix", "Stripe", "Spotify", "Dropbox", "Uber", "Airbnb", "Shopify", "Bloomberg"];

const CONTEXTS = [
  "performance", "large codebases", "web services", "data pipelines", "testing", "readability", "memory usage",
  "production systems", "concurrent code", "library design", "code reviews", "interview coding rounds",
];

const ACTIONS = [
  "control how objects are created", "process data lazily", "share state safely between tasks",
  "reuse behaviour across functions", "keep memory usage predictable", "organise code into reusable units",
  "handle errors without hiding bugs", "speed up hot code paths", "make APIs easier to test",
  "avoid copying large data structures", "express intent clearly", "run work concurrently",
  "validate input at the boundary", "cache expensive results", "iterate over large files", "keep functions pure",
];

const PITFALLS = [
  "mutating an object while iterating over it raises errors or silently skips items",
  "a mutable default argument is shared between calls",
  "catching a bare exception hides real bugs",
  "threads do not speed up CPU-bound code because of the GIL",
  "a reference cycle keeps objects alive until the cycle collector runs",
  "forgetting functools.wraps loses the wrapped function's name and docstring",
  "blocking calls inside a coroutine stall the whole event loop",
  "comparing with is instead of == only works for singletons such as None",
  "late binding in closures captures the variable, not its value",
  "an unhashable type cannot be a dict key or a set member",
  "floating point arithmetic is not exact",
  "importing a module twice under different names creates two module objects",
];

const FILLER = [
  "Interviewers often ask a follow-up question about the trade-offs.",
  "Give a short example and explain the output step by step.",
  "Mention the time and space complexity of your solution.",
  "This comes up often in Python interviews for backend roles.",
  "Explain how you would test it and what could go wrong in production.",
  "A good answer compares the standard library approach with a hand-written one.",
  "Keep the example small: a few lines of code are enough to show the idea.",
  "Senior candidates are expected to discuss edge cases and performance.",
];

/** Everyday nouns of example scenarios: the long tail of a real bank's vocabulary. */
const DOMAIN_NOUNS = (
  "invoice customer order payment inventory shipment warehouse product catalogue basket checkout account profile session " +
  "ticket booking flight hotel passenger driver vehicle route journey parcel courier tenant landlord lease property " +
  "patient appointment doctor prescription hospital clinic student course lecture grade exam teacher school library " +
  "book author publisher article comment review rating playlist song album artist podcast episode video stream channel " +
  "subscriber newsletter campaign advert click impression conversion funnel dashboard report metric alert incident " +
  "sensor reading device firmware telemetry gateway satellite weather forecast temperature pressure humidity rainfall " +
  "stock trade portfolio dividend ledger transaction budget expense salary employee manager department payroll " +
  "recipe ingredient restaurant menu table reservation kitchen delivery game player score level leaderboard match " +
  "tournament team league stadium ticket auction bid seller buyer listing marketplace coupon discount voucher refund " +
  "chat message thread notification email attachment calendar reminder meeting contact address postcode country city " +
  "image thumbnail upload download backup archive snapshot migration schema index shard replica cluster node region " +
  "tweet hashtag follower friend group event venue festival museum exhibit gallery painting sculpture garden plant seed"
).split(" ");

const SCENARIOS = [
  "Imagine a {n1} service that stores {n2} records and has to {action}.",
  "For instance, an app that tracks every {n1} and its {n2} needs to {action}.",
  "In a real project, say a {n1} platform, you would use this to {action} for each {n2}.",
  "A concrete example: loading {n1} and {n2} data from an API, then reporting on it.",
];

const TITLE_TEMPLATES = [
  "What is {a} in Python?",
  "What are {a} and when should you use them?",
  "Explain {a} with an example",
  "How does {a} work under the hood?",
  "What is the difference between {a} and {b}?",
  "When would you use {a} instead of {b}?",
  "How do you implement {a} using {b}?",
  "Why does {a} matter for {c}?",
  "What are common pitfalls with {a}?",
  "How would you debug a problem with {a}?",
  "How does {a} interact with {b}?",
  "Write a function that uses {a} to {action}",
  "How would you explain {a} to a junior developer?",
  "What happens when you combine {a} and {b}?",
];

const SUMMARY_TEMPLATES = [
  "{A} lets you {action}.",
  "{A} is a core Python feature used to {action}.",
  "Use {a} to {action}; {b} is the usual alternative.",
  "{A} and {b} solve related problems, but {a} is better when you need to {action}.",
  "In short: {a} helps you {action}, which matters for {c}.",
];

const ANSWER_SENTENCES = [
  "In Python, {a} is commonly used to {action}.",
  "A common interview follow-up is how {a} relates to {b}.",
  "Under the hood, CPython implements {a} with plain objects and reference counting.",
  "Use {a} when you need to {action}; prefer {b} when the code must stay simple.",
  "Be careful: {pitfall}.",
  "For {c}, {a} is usually the idiomatic choice.",
  "Compared with {b}, {a} trades a little flexibility for clarity.",
  "The standard library documents {a} in detail, including its edge cases.",
  "A typical mistake is to reach for {b} when {a} would {action}.",
  "You can show {a} in a few lines of code and then discuss {b}.",
];

/** Python snippets; {name} and {term} are filled in. Output is checked for some. */
const SNIPPETS: { code: string; output: string | null }[] = [
  { code: "def {name}(items):\n    return [x * 2 for x in items if x]\n\nprint({name}([0, 1, 2, 3]))", output: "[2, 4, 6]" },
  { code: "import functools\n\ndef {name}(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n        print('calling', func.__name__)\n        return func(*args, **kwargs)\n    return wrapper", output: null },
  { code: "def {name}(n):\n    a, b = 0, 1\n    for _ in range(n):\n        yield a\n        a, b = b, a + b\n\nprint(list({name}(6)))", output: "[0, 1, 1, 2, 3, 5]" },
  { code: "import asyncio\n\nasync def {name}(delay):\n    await asyncio.sleep(delay)\n    return delay\n\nprint(asyncio.run({name}(0)))", output: "0" },
  { code: "class {Name}:\n    __slots__ = ('value',)\n\n    def __init__(self, value):\n        self.value = value\n\n    def __repr__(self):\n        return f'{Name}({self.value!r})'\n\nprint({Name}(3))", output: "{Name}(3)" },
  { code: "from collections import Counter\n\nwords = 'the gil the loop the dict'.split()\nprint(Counter(words).most_common(1))", output: "[('the', 3)]" },
  { code: "# {term}\nwith open('data.txt', encoding='utf-8') as f:\n    for line in f:\n        print(line.rstrip())", output: null },
  { code: "import threading\n\nlock = threading.Lock()\ncounter = 0\n\ndef {name}():\n    global counter\n    with lock:\n        counter += 1", output: null },
];

const NAMES = ["process", "transform", "fetch_items", "compute", "handle", "parse_rows", "collect", "run_task", "load", "cached_total"];

/** One synthetic question row, as inserted. */
export interface SyntheticQuestion {
  slug: string;
  title: string;
  level: Level;
  quick_summary: string;
  answer_md: string;
  code_examples: { language: string; code: string; expectedOutput: string | null }[];
  experience_bands: ExperienceBand[];
  status: string;
  origin: string;
  topics: string[];
  companies: string[];
}

/** Picks from a list with weights ~ 1/(rank+1)^s: the first items are the most frequent. */
function zipf<T>(rng: Rng, items: readonly T[], s = 0.9): T {
  let total = 0;
  for (let i = 0; i < items.length; i++) total += 1 / Math.pow(i + 1, s);
  let r = rng() * total;
  for (let i = 0; i < items.length; i++) {
    r -= 1 / Math.pow(i + 1, s);
    if (r <= 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function weighted(rng: Rng, weights: Record<string, number>): string {
  const entries = Object.entries(weights);
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    r -= w;
    if (r <= 0) return k;
  }
  return entries[entries.length - 1]![0];
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function fill(template: string, v: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");
}

function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

const LEVEL_WEIGHTS: Record<Level, number> = { Entry: 12, Junior: 25, Mid: 33, Senior: 22, Expert: 8 };

/**
 * Makes question number `i` (0-based) from a seeded random source: the same seed and `i` give the
 * same question, so both database targets hold identical banks.
 */
export function syntheticQuestion(rng: Rng, i: number): SyntheticQuestion {
  const topic = weighted(rng, TOPIC_WEIGHTS);
  const topics = [topic];
  if (rng() < 0.3) {
    const second = weighted(rng, TOPIC_WEIGHTS);
    if (second !== topic) topics.push(second);
  }
  const terms = TOPIC_TERMS[topic]!;
  const otherTerms = TOPIC_TERMS[topics[1] ?? topic]!;
  const termA = () => zipf(rng, terms);
  const termB = () => (rng() < 0.6 ? zipf(rng, terms) : zipf(rng, otherTerms));
  const vars = (): Record<string, string> => {
    const a = termA();
    let b = termB();
    if (b === a) b = terms[(terms.indexOf(a) + 1) % terms.length]!;
    return { a, b, A: capitalize(a), c: pick(rng, CONTEXTS), action: pick(rng, ACTIONS), pitfall: pick(rng, PITFALLS) };
  };
  const tv = vars();
  const title = capitalize(fill(pick(rng, TITLE_TEMPLATES), tv));
  const summary = [fill(pick(rng, SUMMARY_TEMPLATES), tv)];
  if (rng() < 0.5) summary.push(fill(pick(rng, SUMMARY_TEMPLATES), vars()));

  const paragraphs: string[] = [];
  const nParagraphs = 2 + Math.floor(rng() * 3);
  for (let p = 0; p < nParagraphs; p++) {
    const sentences: string[] = [];
    const n = 2 + Math.floor(rng() * 3);
    for (let s = 0; s < n; s++) sentences.push(fill(pick(rng, ANSWER_SENTENCES), s === 0 && p === 0 ? tv : vars()));
    if (rng() < 0.35) sentences.push(pick(rng, FILLER));
    if (rng() < 0.4) sentences.push(fill(pick(rng, SCENARIOS), { n1: pick(rng, DOMAIN_NOUNS), n2: pick(rng, DOMAIN_NOUNS), action: pick(rng, ACTIONS) }));
    paragraphs.push(sentences.join(" "));
  }
  if (rng() < 0.4) {
    const bullets = [0, 1, 2].map(() => {
      const v = vars();
      return `- **${v.A}**: ${v.action}.`;
    });
    paragraphs.push(bullets.join("\n"));
  }
  if (rng() < 0.3) paragraphs.push(`For example, \`${termA().replace(/`/g, "")}\` is often shown together with \`${termB().replace(/`/g, "")}\`.`);

  const codeExamples: SyntheticQuestion["code_examples"] = [];
  if (rng() < 0.35) {
    const count = rng() < 0.2 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const name = pick(rng, NAMES);
      const Name = name.split("_").map(capitalize).join("");
      const snippet = pick(rng, SNIPPETS);
      const v = { name, Name, term: tv.a ?? "" };
      codeExamples.push({ language: "python", code: fill(snippet.code, v), expectedOutput: snippet.output === null ? null : fill(snippet.output, v) });
    }
  }

  const level = weighted(rng, LEVEL_WEIGHTS) as Level;
  const bands = new Set<ExperienceBand>(defaultBandsForLevel(level));
  if (rng() < 0.2) {
    const rank = LEVELS.indexOf(level);
    bands.add(rank <= 1 ? "2-5" : rank === 2 ? (rng() < 0.5 ? "0-1" : "5+") : "2-5");
  }
  const statusRoll = rng();
  const status = statusRoll < 0.98 ? "published" : statusRoll < 0.99 ? "draft" : "archived";
  const companies = rng() < 0.08 ? [pick(rng, COMPANIES)] : [];

  return {
    slug: `${slugify(title)}-${(i + 1).toString(36)}`,
    title,
    level,
    quick_summary: summary.join(" "),
    answer_md: paragraphs.join("\n\n"),
    code_examples: codeExamples,
    experience_bands: [...bands],
    status,
    origin: "content",
    topics,
    companies,
  };
}

/** A company's slug ("Bloomberg" → "bloomberg"). */
export function companySlug(name: string): string {
  return slugify(name);
}
