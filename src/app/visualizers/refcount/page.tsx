import type { Metadata } from "next";
import { intParam, textParam } from "../../../core/visualizers/steps";
import { PageIntro } from "../../components/page-intro";
import { ExplainedQuestions } from "../_components/explained-questions";
import { RefcountVisualizer } from "../_components/refcount-visualizer";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Reference counting visualizer",
  description: "Objects as a graph with their reference counts line by line, and a reference cycle that outlives del until gc.collect().",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RefcountPage(props: Props) {
  const q = await props.searchParams;
  const code = q.code === undefined ? null : textParam(q.code, "");
  const initial = { preset: textParam(q.preset, "cycle", 40), code, step: intParam(q.step, 0, 0, 100_000) };
  return (
    <article className="viz-page">
      <PageIntro
        eyebrow="Visualizer"
        title="Reference counting and the cycle collector"
        description="CPython frees most objects the moment the last reference to them goes away. Objects in a cycle keep each other alive until the cycle collector finds them. Step through a snippet to see both."
      />
      <RefcountVisualizer initial={initial} />
      <section className="viz-notes" aria-labelledby="rc-how-title">
        <h2 id="rc-how-title">What the counts mean</h2>
        <p>
          The number on each object is how many references the snippet&apos;s names and containers hold to it. That is what CPython stores in the object (our tests read the real count
          after every line and compare); <code>sys.getrefcount(x)</code> would show one more, because passing <code>x</code> to it adds a temporary reference. Small integers, strings
          and <code>None</code> are left out: they are shared across the whole program, and since Python 3.12 some of them are immortal, with a count that never changes.
        </p>
        <p>
          <code>del x</code> removes a name, not an object. When a count reaches zero the object is freed at once, and the references it held go with it. A group of objects that only
          refer to each other never reaches zero; the cycle collector (the <code>gc</code> module) finds such groups by looking for containers that nothing outside the group reaches.
          It runs on its own as allocations pile up (see <code>gc.get_threshold()</code>) or when you call <code>gc.collect()</code>; the model runs it only on <code>gc.collect()</code>.
        </p>
        <p>
          The model understands lists, dicts and instances of a <code>class Node</code>: <code>x = []</code>, <code>x = {"{}"}</code>, <code>x = Node()</code>,{" "}
          <code>x = [a, b]</code>, <code>x = y</code>, <code>x = None</code>, <code>x.append(y)</code>, <code>x.attr = y</code>, <code>x[&quot;key&quot;] = y</code>, <code>del x</code>{" "}
          and <code>gc.collect()</code>.
        </p>
        <h3>Sources</h3>
        <ul>
          <li>
            <a href="https://devguide.python.org/internals/garbage-collector/">Garbage collector design</a>, in the CPython developer&apos;s guide.
          </li>
          <li>
            <a href="https://docs.python.org/3/library/gc.html">The gc module</a> and <a href="https://docs.python.org/3/library/sys.html#sys.getrefcount">sys.getrefcount()</a>.
          </li>
        </ul>
      </section>
      <ExplainedQuestions id="refcount" />
    </article>
  );
}
