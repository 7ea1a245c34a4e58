"use client";

import Link from "next/link";
import { useState } from "react";

/** Puts a finished interview's weak questions into the FSRS review queue. */
export function QueuePracticeButton({ id, count }: { id: string; count: number }) {
  const [state, setState] = useState<"idle" | "busy" | "done" | "error">("idle");
  const [queued, setQueued] = useState(0);
  async function run() {
    setState("busy");
    const res = await fetch(`/api/interviews/${id}/practice-next`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    if (!res.ok) return setState("error");
    setQueued(((await res.json()) as { queued: number }).queued);
    setState("done");
  }
  if (state === "done")
    return (
      <p role="status">
        {queued} {queued === 1 ? "question is" : "questions are"} due now in your review queue. <Link href="/practice">Review them</Link>
      </p>
    );
  return (
    <p>
      <button type="button" className="button button-primary" onClick={() => void run()} disabled={state === "busy" || count === 0}>
        {state === "busy" ? "Adding…" : `Add ${count} to my review queue`}
      </button>
      {state === "error" ? <span role="alert"> Could not add them; try again.</span> : null}
    </p>
  );
}
