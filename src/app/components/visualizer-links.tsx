import Link from "next/link";
import { visualizersForQuestion } from "../../core/visualizers/links";

/** On a question page: links to the visualizers that show the question's subject running (none for most questions). */
export function VisualizerLinks({ slug }: { slug: string }) {
  const visualizers = visualizersForQuestion(slug);
  if (visualizers.length === 0) return null;
  return (
    <aside className="visualizer-links" aria-label="Visualizers">
      <span aria-hidden="true">▶</span> See it run:{" "}
      {visualizers.map((v, i) => (
        <span key={v.id}>
          {i > 0 ? ", " : null}
          <Link prefetch={false} href={v.href}>
            {v.title} visualizer
          </Link>
        </span>
      ))}
    </aside>
  );
}
