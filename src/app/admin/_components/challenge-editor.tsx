"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { ChallengeDraft } from "../../../core/challenges/challenge-draft";
import { PythonEditor } from "../../components/python-editor";
import { adminFetch } from "./admin-fetch";
import { MarkdownField } from "./markdown-field";

const DIFFICULTIES = ["Easy", "Medium", "Hard"] as const;

interface FailingTest {
  kind: "example" | "hidden";
  number: number;
  source: string;
  verdict: string;
  message: string | null;
}

export interface ChallengeEditorProps {
  /** Null: a new challenge. */
  slug: string | null;
  initial: ChallengeDraft;
  topics: { slug: string; name: string }[];
}

const lines = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);

/**
 * The challenge form: fields, Markdown statement with the server's sanitized preview, starter
 * code and reference solution in code editors, visible examples and hidden tests (Python assert
 * snippets) as rows. Saving judges the reference solution on every test in the sandboxed judge
 * and is refused, naming the failing test, unless it is Accepted.
 */
export function ChallengeEditor({ slug, initial, topics }: ChallengeEditorProps) {
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<ChallengeDraft>(initial);
  const [newSlug, setNewSlug] = useState("");
  const [failing, setFailing] = useState<FailingTest | null>(null);
  const [status, setStatus] = useState<{ kind: "info" | "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof ChallengeDraft>(key: K, value: ChallengeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailing(null);
    setStatus({ kind: "info", text: "Judging the reference solution on every test, then saving…" });
    const r = slug
      ? await adminFetch<{ slug: string }>(`/api/admin/challenges/${slug}`, { method: "PUT", body: { challenge: draft } })
      : await adminFetch<{ slug: string }>("/api/admin/challenges", { method: "POST", body: { slug: newSlug, challenge: draft } });
    setBusy(false);
    if (!r.ok) {
      setFailing((r.detail?.failingTest as FailingTest | null | undefined) ?? null);
      setStatus({ kind: "error", text: r.error ?? "Not saved" });
      return;
    }
    setStatus({ kind: "success", text: "Saved: the reference solution is Accepted." });
    if (!slug) router.push(`/admin/challenges/${newSlug}?saved=1`);
    router.refresh();
  }

  const snippets = (key: "examples" | "hiddenTests", label: string, one: string, max: number) => (
    <fieldset className="admin-field">
      <legend>
        {label} ({draft[key].length}/{max})
      </legend>
      {draft[key].map((code, i) => {
        const isFailing = failing && (failing.kind === "example") === (key === "examples") && failing.number === i + 1;
        return (
          <div key={i} className={`admin-example${isFailing ? " admin-failing" : ""}`}>
            <label htmlFor={`${id}-${key}-${i}`}>
              {one} {i + 1}
              {isFailing ? <strong className="admin-bad"> — fails: {failing.verdict}</strong> : null}
            </label>
            <textarea
              id={`${id}-${key}-${i}`}
              className="admin-code"
              rows={Math.min(10, Math.max(2, code.split("\n").length + 1))}
              value={code}
              aria-invalid={isFailing ? true : undefined}
              onChange={(e) => set(key, draft[key].map((x, j) => (j === i ? e.target.value : x)))}
            />
            <div className="admin-actions">
              <button type="button" className="button button-quiet" onClick={() => set(key, draft[key].filter((_, j) => j !== i))}>
                Remove{" "}
                <span className="visually-hidden">
                  {one} {i + 1}
                </span>
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" className="button" disabled={draft[key].length >= max} onClick={() => set(key, [...draft[key], ""])}>
        Add {one.toLowerCase()}
      </button>
    </fieldset>
  );

  return (
    <form className="admin-form" onSubmit={save} aria-describedby={status ? `${id}-status` : undefined}>
      {slug ? null : (
        <div className="admin-field">
          <label htmlFor={`${id}-slug`}>Slug (the URL: /challenges/slug)</label>
          <input id={`${id}-slug`} name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={100} value={newSlug} onChange={(e) => setNewSlug(e.target.value)} />
        </div>
      )}
      <div className="admin-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} name="title" required minLength={5} maxLength={160} value={draft.title} onChange={(e) => set("title", e.target.value)} />
      </div>
      <div className="admin-row">
        <div className="admin-field">
          <label htmlFor={`${id}-difficulty`}>Difficulty</label>
          <select id={`${id}-difficulty`} value={draft.difficulty} onChange={(e) => set("difficulty", e.target.value as ChallengeDraft["difficulty"])}>
            {DIFFICULTIES.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor={`${id}-time`}>Time limit (ms)</label>
          <input id={`${id}-time`} type="number" min={100} max={10000} step={100} value={draft.timeLimitMs} onChange={(e) => set("timeLimitMs", Number(e.target.value))} />
        </div>
      </div>
      <fieldset className="admin-field">
        <legend>Topics (up to 3)</legend>
        <div className="admin-checks">
          {topics.map((t) => (
            <label key={t.slug} className="admin-check">
              <input
                type="checkbox"
                checked={draft.topics.includes(t.slug)}
                disabled={!draft.topics.includes(t.slug) && draft.topics.length >= 3}
                onChange={() => set("topics", draft.topics.includes(t.slug) ? draft.topics.filter((x) => x !== t.slug) : [...draft.topics, t.slug])}
              />{" "}
              {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="admin-field">
        <label htmlFor={`${id}-related`}>Related questions (slugs, comma-separated, up to 4)</label>
        <input id={`${id}-related`} value={draft.relatedQuestions.join(", ")} onChange={(e) => set("relatedQuestions", lines(e.target.value))} />
      </div>
      <MarkdownField id={id} label="Statement (Markdown)" name="statement" rows={14} value={draft.statementMd} onChange={(v) => set("statementMd", v)} />
      <div className="admin-field">
        <span>Starter code</span>
        <PythonEditor label="Starter code" initialCode={() => initial.starter} onChange={(code) => set("starter", code)} />
      </div>
      {snippets("examples", "Visible examples (assert snippets)", "Example", 5)}
      {snippets("hiddenTests", "Hidden tests (assert snippets, never shown to candidates)", "Hidden test", 30)}
      <div className="admin-field">
        <span>Reference solution (must be Accepted on every example and hidden test)</span>
        <PythonEditor label="Reference solution" initialCode={() => initial.solution} onChange={(code) => set("solution", code)} />
      </div>
      {failing ? (
        <div className="notice notice-error">
          <p>
            Failing {failing.kind === "example" ? "example" : "hidden test"} {failing.number} ({failing.verdict}){failing.message ? `: ${failing.message}` : ""}
          </p>
          <pre className="admin-output">{failing.source}</pre>
        </div>
      ) : null}
      <div className="admin-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {slug ? "Save challenge" : "Create challenge"}
        </button>
        {status ? (
          <p id={`${id}-status`} role={status.kind === "error" ? "alert" : "status"} className={`notice notice-${status.kind === "error" ? "error" : "info"}`}>
            {status.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
