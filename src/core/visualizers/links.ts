/**
 * Which visualizer explains which questions of our bank (content/questions/<slug>.md). The
 * question page shows a link to each visualizer listing its slug; each visualizer page links back.
 * A unit test checks that every slug here exists in content/questions.
 */
export type VisualizerId = "gil" | "event-loop" | "mro" | "refcount";

export interface VisualizerInfo {
  id: VisualizerId;
  title: string;
  /** Path of its page. */
  href: string;
  /** One line for cards and links. */
  blurb: string;
  /** Question slugs it explains, most relevant first. */
  questions: readonly string[];
}

export const VISUALIZERS: readonly VisualizerInfo[] = [
  {
    id: "gil",
    title: "GIL scheduler",
    href: "/visualizers/gil",
    blurb: "Threads taking turns on the global interpreter lock: the switch interval, drop requests, I/O releasing the lock, and the same work as processes.",
    questions: ["gil-basics", "gil-impact-on-concurrency", "threads-vs-processes", "multiprocessing-cpu-bound", "concurrency-vs-parallelism", "threading-multiprocessing-asyncio", "free-threaded-cpython"],
  },
  {
    id: "event-loop",
    title: "asyncio event loop",
    href: "/visualizers/event-loop",
    blurb: "Coroutines on one thread: the ready queue, timers, tasks and gather, with the printed output in order.",
    questions: ["asyncio-event-loop-scheduling", "event-loop-internals", "asyncio-basics", "asyncio-tasks-and-futures", "coroutines-explained", "calling-coroutine-without-await", "time-sleep-in-coroutine"],
  },
  {
    id: "mro",
    title: "Method resolution order",
    href: "/visualizers/mro",
    blurb: "Type class definitions and watch the C3 merge build each __mro__, checked by running them in Python.",
    questions: ["mro-c3-linearization", "super-mechanics", "inheritance-basics", "attribute-lookup-order"],
  },
  {
    id: "refcount",
    title: "Reference counting and the cycle collector",
    href: "/visualizers/refcount",
    blurb: "Objects as a graph with their reference counts line by line, and a cycle that outlives del until gc.collect().",
    questions: ["refcounting-gc-memory-growth", "gc-circular-references", "memory-management-basics", "del-statement-memory", "preventing-reference-cycles", "names-and-objects-in-memory", "weak-references", "gc-generations-tuning"],
  },
];

/** The visualizer with this id. */
export function visualizerInfo(id: VisualizerId): VisualizerInfo {
  return VISUALIZERS.find((v) => v.id === id)!;
}

/** The visualizers that explain the question with this slug (none for most questions). */
export function visualizersForQuestion(slug: string): VisualizerInfo[] {
  return VISUALIZERS.filter((v) => v.questions.includes(slug));
}
