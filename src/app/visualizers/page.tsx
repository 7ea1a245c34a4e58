import type { Metadata } from "next";
import { VISUALIZERS } from "../../core/visualizers/links";
import { CardGrid } from "../components/card-grid";
import { LinkCard } from "../components/link-card";
import { PageIntro } from "../components/page-intro";

export const metadata: Metadata = {
  title: "Visualizers",
  description: "Watch the GIL, the asyncio event loop, the method resolution order and reference counting work, step by step.",
};

export default function VisualizersPage() {
  return (
    <>
      <PageIntro
        eyebrow="See it run"
        title="Visualizers"
        description="Interview answers about concurrency and the object model are easier to give once you have watched the machinery move. Each visualizer steps through a model that follows CPython's own rules, and is checked against real Python."
      />
      <CardGrid label="Visualizers">
        {VISUALIZERS.map((v) => (
          <LinkCard key={v.id} href={v.href} title={v.title} description={v.blurb} />
        ))}
      </CardGrid>
    </>
  );
}
