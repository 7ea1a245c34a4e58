import type { Metadata } from "next";
import { intParam, textParam } from "../../../core/visualizers/steps";
import { PageIntro } from "../../components/page-intro";
import { EventLoopVisualizer } from "../_components/event-loop-visualizer";
import { ExplainedQuestions } from "../_components/explained-questions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "asyncio event loop visualizer",
  description: "Step through an asyncio program: the ready queue, timers, tasks, gather, and the output in order.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventLoopPage(props: Props) {
  const q = await props.searchParams;
  const code = q.code === undefined ? null : textParam(q.code, "");
  const initial = { preset: textParam(q.preset, "gather", 40), code, step: intParam(q.step, 0, 0, 100_000) };
  return (
    <article className="viz-page">
      <PageIntro
        eyebrow="Visualizer"
        title="asyncio event loop"
        description="One thread, many coroutines: the loop runs whatever is ready, one callback at a time, and a coroutine only gives up the thread at an await. Pick an example or edit it, then press Simulate Flow."
      />
      <EventLoopVisualizer initial={initial} />
      <section className="viz-notes" aria-labelledby="loop-how-title">
        <h2 id="loop-how-title">How the model follows CPython</h2>
        <p>
          Each turn of the loop first moves the timers that are due into the ready queue, then runs the callbacks that were ready when the turn began; anything they schedule waits for the
          next turn. A task&apos;s step runs its coroutine until it awaits something that is not finished yet. <code>create_task()</code> and <code>gather()</code> only queue a task&apos;s
          first step; awaiting a coroutine directly runs it inside the current task. <code>asyncio.sleep(d)</code> sets a timer whose callback completes a future, which then queues the
          sleeping task; a finished task queues the callbacks of whatever awaits it, including <code>gather()</code>&apos;s. When <code>main()</code> returns, <code>asyncio.run()</code>{" "}
          cancels the tasks still pending.
        </p>
        <p>
          The model understands a small part of Python: <code>async def</code> functions with <code>print()</code>, <code>await asyncio.sleep()</code>, <code>asyncio.create_task()</code>,{" "}
          <code>asyncio.gather()</code>, awaiting a coroutine or a task, simple assignments and <code>return</code>. Its clock is virtual: code between awaits takes no time. Our tests run
          every example with CPython and check that the output is the same, line for line.
        </p>
        <h3>Sources</h3>
        <ul>
          <li>
            <a href="https://github.com/python/cpython/blob/main/Lib/asyncio/base_events.py">CPython, Lib/asyncio/base_events.py</a> (<code>_run_once</code>) and{" "}
            <a href="https://github.com/python/cpython/blob/main/Lib/asyncio/tasks.py">Lib/asyncio/tasks.py</a> (<code>Task</code>, <code>sleep</code>, <code>gather</code>).
          </li>
          <li>
            <a href="https://docs.python.org/3/library/asyncio-eventloop.html">The asyncio event loop in the Python documentation</a>.
          </li>
        </ul>
      </section>
      <ExplainedQuestions id="event-loop" />
    </article>
  );
}
