import type { Metadata } from "next";
import { choiceParam, intParam } from "../../../core/visualizers/steps";
import { PageIntro } from "../../components/page-intro";
import { ExplainedQuestions } from "../_components/explained-questions";
import { GilVisualizer } from "../_components/gil-visualizer";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "GIL scheduler visualizer",
  description: "Watch CPython threads take turns on the global interpreter lock: the switch interval, drop requests, and I/O releasing the lock.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GilPage(props: Props) {
  const q = await props.searchParams;
  const initial = {
    threads: intParam(q.threads, 2, 2, 4),
    kind: choiceParam(q.kind, ["cpu", "io"] as const, "cpu"),
    interval: intParam(q.interval, 5, 1, 50),
    cores: intParam(q.cores, 4, 1, 16),
    step: intParam(q.step, 0, 0, 100_000),
  };
  return (
    <article className="viz-page">
      <PageIntro
        eyebrow="Visualizer"
        title="GIL scheduler"
        description="In CPython only the thread holding the global interpreter lock runs Python bytecode. Pick a few threads and a kind of work, then press Simulate Flow to watch them take turns."
      />
      <GilVisualizer initial={initial} />
      <section className="viz-notes" aria-labelledby="gil-how-title">
        <h2 id="gil-how-title">How the model follows CPython</h2>
        <p>
          Since Python 3.2 the GIL works on a time basis, not a count of bytecodes. A thread that wants the lock waits for it on a condition variable for at most the <em>switch interval</em>{" "}
          (<code>sys.getswitchinterval()</code>, 0.005 s unless you call <code>sys.setswitchinterval()</code>). If that wait times out and the lock has not changed hands meanwhile, the
          waiting thread sets a drop request. The running thread checks for such requests between bytecodes (its &ldquo;eval breaker&rdquo;), releases the lock, and waits until another
          thread has taken it, so it cannot grab it straight back. A thread about to block on I/O or <code>time.sleep()</code> releases the lock around the call and asks for it again
          afterwards.
        </p>
        <p>
          The model makes three simplifications: the running thread notices a drop request immediately (really within a few bytecodes), the thread that has waited longest gets the lock
          next (really the operating system picks which waiting thread wakes), and switching itself costs nothing. Switch counts and times are therefore those of an ideal machine, but
          the pattern is the real one: CPU-bound threads take turns every interval and finish no sooner than one thread would, while I/O-bound threads overlap their waits.
        </p>
        <p>
          An aside: since Python 3.13 CPython also comes as an optional free-threaded build (<code>python3.13t</code>, <code>python3.14t</code>; PEP 703) with no GIL at all, where threads
          run bytecode in parallel. The default build, shown here, still has the GIL.
        </p>
        <h3>Sources</h3>
        <ul>
          <li>
            <a href="https://github.com/python/cpython/blob/main/Python/ceval_gil.c">CPython, Python/ceval_gil.c</a>: <code>take_gil</code>, <code>drop_gil</code>, the drop request and
            forced switching.
          </li>
          <li>
            <a href="https://docs.python.org/3/library/sys.html#sys.setswitchinterval">sys.setswitchinterval() in the Python documentation</a>.
          </li>
          <li>
            <a href="https://peps.python.org/pep-0703/">PEP 703: Making the Global Interpreter Lock Optional in CPython</a>.
          </li>
        </ul>
      </section>
      <ExplainedQuestions id="gil" />
    </article>
  );
}
