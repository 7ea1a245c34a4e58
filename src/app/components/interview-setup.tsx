"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "./error-notice";

interface Option {
  slug: string;
  name: string;
}

/** The mock interview's setup: level, length, focus and when to show feedback. */
export function InterviewSetupForm({ topics, sets, companies }: { topics: Option[]; sets: Option[]; companies: Option[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [focus, setFocus] = useState<"any" | "topics" | "set" | "company">("any");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const minutes = Number(form.get("minutes") || 0);
    const body: Record<string, unknown> = {
      level: form.get("level"),
      questions: Number(form.get("questions")),
      feedback: form.get("feedback"),
      followUps: form.get("followUps") === "on",
      ...(minutes > 0 ? { minutes } : {}),
    };
    if (focus === "topics") {
      const chosen = form.getAll("topics").map(String);
      if (chosen.length) body.topics = chosen;
    }
    if (focus === "set") body.set = form.get("set");
    if (focus === "company") body.company = form.get("company");
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/interviews", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const out = (await res.json()) as { url?: string; error?: { message: string } };
      if (!res.ok || !out.url) throw new Error(out.error?.message ?? `Could not start (${res.status})`);
      router.push(out.url);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <form className="interview-setup panel" onSubmit={submit}>
      <fieldset>
        <legend>Target level</legend>
        {(["Junior", "Mid", "Senior"] as const).map((l) => (
          <label key={l} className="choice">
            <input type="radio" name="level" value={l} defaultChecked={l === "Mid"} /> {l}
          </label>
        ))}
      </fieldset>
      <div className="start-practice-numbers">
        <label>
          Questions
          <input name="questions" type="number" min={1} max={30} defaultValue={5} />
        </label>
        <label>
          Time limit (minutes, optional)
          <input name="minutes" type="number" min={0} max={180} defaultValue={0} />
        </label>
      </div>
      <fieldset>
        <legend>Focus</legend>
        <label className="choice">
          <input type="radio" name="focus" checked={focus === "any"} onChange={() => setFocus("any")} /> The whole bank
        </label>
        <label className="choice">
          <input type="radio" name="focus" checked={focus === "topics"} onChange={() => setFocus("topics")} /> Topics
        </label>
        {focus === "topics" ? (
          <div className="topic-choices">
            {topics.map((t) => (
              <label key={t.slug} className="choice">
                <input type="checkbox" name="topics" value={t.slug} /> {t.name}
              </label>
            ))}
          </div>
        ) : null}
        <label className="choice">
          <input type="radio" name="focus" checked={focus === "set"} onChange={() => setFocus("set")} /> A curated set
        </label>
        {focus === "set" ? (
          <select name="set" aria-label="Curated set">
            {sets.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        ) : null}
        <label className="choice">
          <input type="radio" name="focus" checked={focus === "company"} onChange={() => setFocus("company")} /> A company
        </label>
        {focus === "company" ? (
          <select name="company" aria-label="Company">
            {companies.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Feedback</legend>
        <label className="choice">
          <input type="radio" name="feedback" value="each" defaultChecked /> After each answer
        </label>
        <label className="choice">
          <input type="radio" name="feedback" value="end" /> At the end only
        </label>
        <label className="choice">
          <input type="checkbox" name="followUps" defaultChecked /> Ask follow-ups on missed points
        </label>
      </fieldset>
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
        {busy ? "Starting…" : "Start the interview"}
      </button>
    </form>
  );
}
