"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { QuestionDraft } from "../../../core/editorial/question-draft";
import { adminFetch } from "./admin-fetch";
import { MarkdownField } from "./markdown-field";

const LEVELS = ["Entry", "Junior", "Mid", "Senior", "Expert"] as const;
const BANDS = [
  ["0-1", "0–1 years"],
  ["2-5", "2–5 years"],
  ["5+", "5+ years"],
] as const;

interface Similar {
  slug: string;
  title: string;
  status: string;
  kind: string;
}
interface ExampleRun {
  stdout: string;
  error: string | null;
  matches: boolean | null;
}

export interface QuestionEditorProps {
  /** Null: a new question. */
  slug: string | null;
  initial: QuestionDraft;
  headRevision: number;
  topics: { slug: string; name: string }[];
}

const emptyPoint = () => ({ point: "", aliases: [] as string[], weight: 2, misconceptions: [] as { pattern: string; correction: string }[] });

/**
 * The question form: fields, Markdown answer with a live sanitized preview (rendered by the
 * server exactly as the public page does), rubric points and code examples as rows. Examples run
 * in the sandboxed judge; saving runs them all and is refused when one prints something else.
 */
export function QuestionEditor({ slug, initial, headRevision, topics }: QuestionEditorProps) {
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<QuestionDraft>(initial);
  const [message, setMessage] = useState("");
  const [similar, setSimilar] = useState<Similar[]>([]);
  const [runs, setRuns] = useState<(ExampleRun | null)[]>(initial.examples.map(() => null));
  const [status, setStatus] = useState<{ kind: "info" | "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (draft.title.trim().length >= 10) {
        void adminFetch<{ similar: Similar[] }>("/api/admin/similar", { method: "POST", body: { title: draft.title, summary: draft.summary, answerMd: draft.answerMd.slice(0, 20000), ...(slug ? { excludeSlug: slug } : {}) } }).then((r) => r.data && setSimilar(r.data.similar));
      } else setSimilar([]);
    }, 400);
    return () => clearTimeout(timer.current);
  }, [draft.answerMd, draft.title, draft.summary, slug]);

  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function runExample(i: number) {
    const e = draft.examples[i];
    if (!e) return;
    const r = await adminFetch<{ runs: ExampleRun[] }>("/api/admin/run-examples", { method: "POST", body: { examples: [{ code: e.code, output: e.output }] } });
    setRuns((old) => draft.examples.map((_, j) => (j === i ? (r.data?.runs[0] ?? { stdout: "", error: r.error, matches: false }) : (old[j] ?? null))));
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus({ kind: "info", text: draft.examples.length ? "Running the code examples, then saving…" : "Saving…" });
    const body = { draft, ...(message.trim() ? { message } : {}) };
    const r = slug
      ? await adminFetch<{ revision: number }>(`/api/admin/questions/${slug}`, { method: "PUT", body: { ...body, baseRevision: headRevision } })
      : await adminFetch<{ slug: string }>("/api/admin/questions", { method: "POST", body });
    setBusy(false);
    if (!r.ok) {
      const ex = (r.detail?.examples as (ExampleRun & { index: number })[] | undefined) ?? null;
      if (ex) setRuns(draft.examples.map((_, j) => ex.find((x) => x.index === j) ?? null));
      setStatus({ kind: "error", text: r.error ?? "Not saved" });
      return;
    }
    setStatus({ kind: "success", text: "Saved as a draft." });
    const target = slug ?? (r.data as { slug: string }).slug;
    router.push(`/admin/questions/${target}?saved=1`);
    router.refresh();
  }

  return (
    <form className="admin-form" onSubmit={save} aria-describedby={status ? `${id}-status` : undefined}>
      <div className="admin-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} name="title" required minLength={3} maxLength={200} value={draft.title} onChange={(e) => set("title", e.target.value)} />
        {similar.length > 0 ? (
          <div className="notice notice-warning" role="status">
            <p>This looks close to questions already in the bank:</p>
            <ul>
              {similar.map((s) => (
                <li key={s.slug}>
                  <a href={`/admin/questions/${s.slug}`}>{s.title}</a> ({s.kind === "exact" ? "same title" : "similar"}, {s.status.replace("_", " ")})
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="admin-row">
        <div className="admin-field">
          <label htmlFor={`${id}-level`}>Level</label>
          <select id={`${id}-level`} value={draft.level} onChange={(e) => set("level", e.target.value as QuestionDraft["level"])}>
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </div>
        <fieldset className="admin-field">
          <legend>Experience</legend>
          {BANDS.map(([b, label]) => (
            <label key={b} className="admin-check">
              <input type="checkbox" checked={draft.bands.includes(b)} onChange={() => set("bands", toggle(draft.bands, b) as QuestionDraft["bands"])} /> {label}
            </label>
          ))}
        </fieldset>
      </div>
      <fieldset className="admin-field">
        <legend>Topics (1–4)</legend>
        <div className="admin-checks">
          {topics.map((t) => (
            <label key={t.slug} className="admin-check">
              <input type="checkbox" checked={draft.topics.includes(t.slug)} onChange={() => set("topics", toggle(draft.topics, t.slug))} /> {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="admin-field">
        <label htmlFor={`${id}-companies`}>Companies (slugs, comma-separated)</label>
        <input id={`${id}-companies`} value={draft.companies.join(", ")} onChange={(e) => set("companies", e.target.value.split(",").map((s) => s.trim()).filter(Boolean))} />
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <textarea id={`${id}-summary`} rows={3} maxLength={900} value={draft.summary} onChange={(e) => set("summary", e.target.value)} />
      </div>
      <MarkdownField id={id} label="Answer (Markdown)" name="answer" rows={16} value={draft.answerMd} onChange={(v) => set("answerMd", v)} />

      <fieldset className="admin-field">
        <legend>Rubric: key points a good answer makes</legend>
        {draft.rubric.map((r, i) => (
          <div key={i} className="admin-rowline">
            <label className="visually-hidden" htmlFor={`${id}-point-${i}`}>
              Key point {i + 1}
            </label>
            <input id={`${id}-point-${i}`} className="admin-grow" placeholder="Key point (10+ characters)" value={r.point} onChange={(e) => set("rubric", draft.rubric.map((x, j) => (j === i ? { ...x, point: e.target.value } : x)))} />
            <label className="visually-hidden" htmlFor={`${id}-aliases-${i}`}>
              Other wordings of key point {i + 1}
            </label>
            <input id={`${id}-aliases-${i}`} placeholder="aliases, comma-separated" value={r.aliases.join(", ")} onChange={(e) => set("rubric", draft.rubric.map((x, j) => (j === i ? { ...x, aliases: e.target.value.split(",").map((s) => s.trim()).filter(Boolean) } : x)))} />
            <label className="visually-hidden" htmlFor={`${id}-weight-${i}`}>
              Weight of key point {i + 1}
            </label>
            <select id={`${id}-weight-${i}`} value={r.weight} onChange={(e) => set("rubric", draft.rubric.map((x, j) => (j === i ? { ...x, weight: Number(e.target.value) } : x)))}>
              <option value={1}>weight 1</option>
              <option value={2}>weight 2</option>
              <option value={3}>weight 3</option>
            </select>
            <button type="button" className="button button-quiet" onClick={() => set("rubric", draft.rubric.filter((_, j) => j !== i))}>
              Remove <span className="visually-hidden">key point {i + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => set("rubric", [...draft.rubric, emptyPoint()])} disabled={draft.rubric.length >= 7}>
          Add key point
        </button>
      </fieldset>

      <fieldset className="admin-field">
        <legend>Code examples (run before saving; the output must match)</legend>
        {draft.examples.map((e, i) => {
          const run = runs[i];
          return (
            <div key={i} className="admin-example">
              <label htmlFor={`${id}-code-${i}`}>Example {i + 1} code</label>
              <textarea id={`${id}-code-${i}`} className="admin-code" rows={5} value={e.code} onChange={(ev) => set("examples", draft.examples.map((x, j) => (j === i ? { ...x, code: ev.target.value } : x)))} />
              <label htmlFor={`${id}-out-${i}`}>Expected output</label>
              <textarea id={`${id}-out-${i}`} className="admin-code" rows={2} value={e.output ?? ""} onChange={(ev) => set("examples", draft.examples.map((x, j) => (j === i ? { ...x, output: ev.target.value } : x)))} />
              <div className="admin-actions">
                <button type="button" className="button" onClick={() => void runExample(i)}>
                  Run <span className="visually-hidden">example {i + 1}</span>
                </button>
                <button type="button" className="button button-quiet" onClick={() => (set("examples", draft.examples.filter((_, j) => j !== i)), setRuns(runs.filter((_, j) => j !== i)))}>
                  Remove <span className="visually-hidden">example {i + 1}</span>
                </button>
                {run ? (
                  <span role="status" className={run.matches ? "admin-ok" : "admin-bad"}>
                    {run.error ? `Raised ${run.error}` : run.matches ? "Output matches" : run.matches === null ? "Ran (output not checked)" : "Output differs"}
                  </span>
                ) : null}
              </div>
              {run && !run.matches ? <pre className="admin-output">{run.stdout || "(no output)"}</pre> : null}
            </div>
          );
        })}
        <button type="button" className="button" disabled={draft.examples.length >= 8} onClick={() => (set("examples", [...draft.examples, { language: "python", code: "", output: "" }]), setRuns([...runs, null]))}>
          Add code example
        </button>
      </fieldset>

      <div className="admin-field">
        <label htmlFor={`${id}-message`}>What changed (for the history)</label>
        <input id={`${id}-message`} value={message} maxLength={500} onChange={(e) => setMessage(e.target.value)} />
      </div>
      <div className="admin-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {slug ? "Save draft" : "Create draft"}
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
