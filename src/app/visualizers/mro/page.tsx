import type { Metadata } from "next";
import { intParam, textParam } from "../../../core/visualizers/steps";
import { PageIntro } from "../../components/page-intro";
import { ExplainedQuestions } from "../_components/explained-questions";
import { MroVisualizer } from "../_components/mro-visualizer";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "MRO visualizer",
  description: "Type class definitions and watch the C3 linearization build each class's method resolution order, checked by Python itself.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MroPage(props: Props) {
  const q = await props.searchParams;
  const code = q.code === undefined ? null : textParam(q.code, "");
  const initial = { preset: textParam(q.preset, "diamond", 40), code, step: intParam(q.step, 0, 0, 100_000) };
  return (
    <article className="viz-page">
      <PageIntro
        eyebrow="Visualizer"
        title="Method resolution order"
        description="Which class's method runs, and where super() goes next, follows the class's __mro__. Type a hierarchy, run it in Python, and step through the C3 merge that produced it."
      />
      <MroVisualizer initial={initial} />
      <section className="viz-notes" aria-labelledby="mro-how-title">
        <h2 id="mro-how-title">How it works</h2>
        <p>
          Python builds a class&apos;s MRO with the C3 linearization: the class itself, followed by a merge of its bases&apos; MROs and the list of its bases. The merge repeatedly takes the
          first head (the first class of a list) that does not appear later in any list, and removes it everywhere. That keeps every class before its bases and the bases in the order you
          wrote them. When every head appears later in some list no such order exists, and Python refuses to create the class with a TypeError.
        </p>
        <p>
          The answer shown under &ldquo;What Python says&rdquo; comes from running your code in Python in this browser (Pyodide, loaded from this server) and reading{" "}
          <code>__mro__</code>, or Python&apos;s own error. The steps come from a separate C3 model, which our tests compare with CPython on several hierarchies.
        </p>
        <h3>Sources</h3>
        <ul>
          <li>
            <a href="https://docs.python.org/3/howto/mro.html">The Python 2.3 Method Resolution Order</a>, in the Python documentation.
          </li>
          <li>
            <a href="https://github.com/python/cpython/blob/main/Objects/typeobject.c">CPython, Objects/typeobject.c</a> (<code>mro_implementation</code>).
          </li>
        </ul>
      </section>
      <ExplainedQuestions id="mro" />
    </article>
  );
}
