/**
 * Our topic taxonomy: the fifteen areas a Python interview covers. Seed pages' own topic labels
 * and our content files map onto these slugs; questions without labels are classified by keywords.
 */
export interface TopicDefinition {
  slug: string;
  name: string;
  description: string;
  /** Lower-case words or phrases that point to this topic; `*` at the end matches a prefix. */
  keywords: string[];
  /** Other sites' labels for this topic (lower case). */
  aliases: string[];
}

export const TOPICS: readonly TopicDefinition[] = [
  {
    slug: "basics",
    name: "Basics",
    description: "Syntax, built-in types, operators, control flow and the language's core rules.",
    keywords: ["variable*", "data type*", "indentation", "operator*", "loop*", "break", "continue", "pass statement*", "range", "mutable", "immutable", "is and ==", "pep 8", "pep8", "string*", "interpreted", "dynamic typing", "dynamically typed", "type hint*", "none", "keyword*", "f-string*", "slicing", "truthy", "falsy", "key features", "what is python", "control flow", "ternary", "walrus", "comment*", "docstring*", "int", "float", "boolean*"],
    aliases: ["basics", "python basics", "control flow and loops", "control flow", "fundamentals", "syntax"],
  },
  {
    slug: "oop",
    name: "Object-oriented programming",
    description: "Classes, inheritance, the data model, dunder methods, metaclasses and descriptors.",
    keywords: ["class*", "object*", "inheritance", "inherit*", "polymorphism", "encapsulation", "__init__", "__new__", "method*", "metaclass*", "mro", "method resolution", "descriptor*", "property", "@property", "dunder", "magic method*", "abstract", "abc", "dataclass*", "singleton", "__slots__", "super", "instance*", "classmethod", "staticmethod", "mixin*", "duck typing", "composition", "protocol*", "__repr__", "__str__"],
    aliases: ["oop", "object-oriented programming", "object oriented programming", "classes", "object model"],
  },
  {
    slug: "data-structures",
    name: "Data structures and algorithms",
    description: "Lists, tuples, dicts and sets, the collections module, and the algorithms built on them.",
    keywords: ["list*", "tuple*", "dict", "dicts", "dictionar*", "set", "sets", "stack*", "queue*", "deque", "collections", "heap*", "heapq", "linked list*", "array*", "hash*", "hashable", "namedtuple", "counter", "defaultdict", "ordereddict", "sort*", "sorted", "binary search", "algorithm*", "big o", "complexity", "bisect", "trie", "graph*", "tree*"],
    aliases: ["data structures", "data structures and algorithms", "dsa", "algorithms", "data structures & algorithms"],
  },
  {
    slug: "functions-modules",
    name: "Functions and modules",
    description: "Functions, arguments, scope and closures, lambdas, modules, packages and imports.",
    keywords: ["function*", "lambda*", "*args", "**kwargs", "args", "kwargs", "module*", "import*", "closure*", "scope*", "namespace*", "recursion", "recursive", "default argument*", "higher-order", "map", "filter", "reduce", "functools", "partial", "legb", "nonlocal", "global", "first-class", "__name__", "__main__"],
    aliases: ["functions and modules", "functions", "modules", "functions & modules"],
  },
  {
    slug: "files-exceptions",
    name: "Files and exceptions",
    description: "Reading and writing files, context managers, exceptions, logging and serialization.",
    keywords: ["file*", "open", "read*", "writ*", "exception*", "try", "except", "finally", "raise", "context manager*", "with statement", "error handling", "json", "csv", "pathlib", "logging", "serializ*", "pickle", "exceptiongroup", "except*"],
    aliases: ["files and exceptions", "file handling", "exception handling", "error handling", "files", "exceptions", "i/o"],
  },
  {
    slug: "iterators-generators",
    name: "Iterators and generators",
    description: "The iterator protocol, generators, yield, comprehensions and itertools.",
    keywords: ["iterator*", "generator*", "yield", "iterable*", "itertools", "__iter__", "__next__", "lazy", "lazily", "comprehension*", "generator expression*", "stopiteration"],
    aliases: ["iterators and generators", "generators", "iterators", "iteration"],
  },
  {
    slug: "decorators",
    name: "Decorators",
    description: "Function and class decorators, decorators with arguments, functools.wraps.",
    keywords: ["decorator*", "wraps", "functools.wraps", "@decorator", "wrapper"],
    aliases: ["decorators", "decorators & generators", "decorators and generators"],
  },
  {
    slug: "concurrency",
    name: "Concurrency and asyncio",
    description: "Threads, processes, the GIL, asyncio and the event loop, locks and race conditions.",
    keywords: ["thread*", "threading", "multiprocessing", "asyncio", "async", "await", "gil", "global interpreter lock", "concurren*", "parallel*", "coroutine*", "event loop", "concurrent.futures", "lock*", "race condition*", "deadlock*", "semaphore*", "free-threaded", "subinterpreter*", "process pool", "thread pool"],
    aliases: ["concurrency", "concurrency and asyncio", "asyncio", "async", "multithreading", "parallelism", "global interpreter lock"],
  },
  {
    slug: "memory-performance",
    name: "Memory and performance",
    description: "Reference counting, garbage collection, profiling, caching and making code fast.",
    keywords: ["memory", "garbage*", "reference count*", "refcount*", "gc", "performance", "optimi*", "profil*", "cprofile", "speed", "faster", "slow*", "lru_cache", "cache*", "caching", "weakref*", "deep copy", "shallow copy", "deepcopy", "copy", "memoiz*", "bytecode", "cython", "interning", "sys.getsizeof"],
    aliases: ["performance", "memory", "memory management", "memory and performance", "optimization"],
  },
  {
    slug: "testing",
    name: "Testing and debugging",
    description: "pytest and unittest, fixtures and mocks, test design, debugging and profiling tools.",
    keywords: ["test*", "pytest", "unittest", "mock*", "fixture*", "tdd", "coverage", "debug*", "pdb", "assert*", "doctest", "hypothesis", "monkeypatch*"],
    aliases: ["testing", "testing and debugging", "debugging", "quality"],
  },
  {
    slug: "packaging",
    name: "Packaging and environments",
    description: "Virtual environments, pip, pyproject.toml, dependency management and distribution.",
    keywords: ["virtual environment*", "venv", "virtualenv", "pip", "requirements.txt", "poetry", "setup.py", "pyproject*", "wheel*", "dependenc*", "distribut* a package", "packaging", "uv", "conda", "pypi", "lock file*"],
    aliases: ["packaging", "virtual environments pip", "virtual environments", "environments", "tooling"],
  },
  {
    slug: "web-frameworks",
    name: "Web frameworks and APIs",
    description: "Django, Flask and FastAPI, WSGI and ASGI, REST APIs, ORMs and background jobs.",
    keywords: ["flask", "django", "fastapi", "wsgi", "asgi", "rest", "restful", "api*", "web", "http", "orm", "sqlalchemy", "middleware", "request*", "celery", "scraping", "beautifulsoup", "scrapy", "endpoint*", "pydantic", "gunicorn", "uvicorn"],
    aliases: ["web frameworks", "web development", "web", "wsgi vs asgi protocols", "apis", "backend"],
  },
  {
    slug: "data-science-ml",
    name: "Data science and ML",
    description: "NumPy, pandas and the scientific stack, data wrangling and machine learning in Python.",
    keywords: ["numpy", "pandas", "dataframe*", "matplotlib", "scikit*", "sklearn", "machine learning", "tensorflow", "pytorch", "data science", "data analysis", "data manipulation", "scientific computing", "scipy", "vectoriz*", "polars", "jupyter"],
    aliases: ["data science", "machine learning", "data science and ml", "ml", "data analysis"],
  },
  {
    slug: "security",
    name: "Security",
    description: "Injection, unsafe deserialization, secrets, authentication and secure defaults.",
    keywords: ["security", "secure", "sql injection", "injection", "xss", "csrf", "secret*", "password*", "authentication", "authorization", "eval", "sanitiz*", "encrypt*", "jwt", "owasp", "vulnerab*", "hmac", "tls", "ssl"],
    aliases: ["security", "secure coding"],
  },
  {
    slug: "architecture-scale",
    name: "Architecture and scale",
    description: "Design patterns, large codebases, distributed systems, scaling and observability.",
    keywords: ["architecture*", "design pattern*", "microservice*", "scalab*", "scale", "scaling", "distributed", "system design", "large application*", "large-scale", "message queue*", "load balanc*", "solid", "dependency injection", "monolith*", "observability", "rate limit*", "circuit breaker*", "kafka", "redis", "high availability", "production", "deploy*"],
    aliases: ["architecture", "scalability", "large application design", "system design", "architecture and scale", "design patterns"],
  },
] as const;

export const TOPIC_SLUGS: ReadonlySet<string> = new Set(TOPICS.map((t) => t.slug));

/** Finds our topic for another site's label ("Large Application Design" → architecture-scale); null if none. */
export function topicForLabel(label: string): TopicDefinition | null {
  const v = label.trim().toLowerCase();
  return TOPICS.find((t) => t.slug === v || t.name.toLowerCase() === v || t.aliases.includes(v)) ?? null;
}
