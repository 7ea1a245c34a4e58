"use client";

import { useId, useState } from "react";
import type { ImportPreview } from "../../../core/editorial/plan-bank-import";

const FORMATS = [
  ["bank-json", "PyPrep bank (JSON export)", ".json"],
  ["csv", "Questions (CSV)", ".csv"],
  ["markdown", "Our Markdown question files (.md) and set files (.yaml)", ".md,.yaml,.yml"],
  ["jsonl", "Challenges (HumanEval or MBPP JSONL)", ".jsonl,.json"],
  ["seed", "Seed pages (.txt)", ".txt"],
] as const;

type Phase = { label: string; percent: number | null } | null;

/** Sends the import request with upload progress (fetch has none), resolving with status and JSON. */
function post(body: string, onProgress: (percent: number) => void): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/admin/import");
    xhr.setRequestHeader("content-type", "application/json");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, json: JSON.parse(xhr.responseText || "null") });
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(body);
  });
}

/** Choose files and a format, preview what would change, then commit all or nothing. */
export function ImportPanel({ canCommit }: { canCommit: boolean }) {
  const id = useId();
  const [format, setFormat] = useState<string>("bank-json");
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [phase, setPhase] = useState<Phase>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function read(list: FileList | null) {
    setPreview(null);
    setMessage(null);
    const chosen = [...(list ?? [])];
    const out: { name: string; text: string }[] = [];
    for (const [i, f] of chosen.entries()) {
      setPhase({ label: `Reading ${f.name}`, percent: Math.round((i / chosen.length) * 100) });
      out.push({ name: f.name, text: await f.text() });
    }
    setFiles(out);
    setPhase(null);
  }

  async function send(commit: boolean) {
    setMessage(null);
    setPhase({ label: commit ? "Uploading for import" : "Uploading for preview", percent: 0 });
    try {
      const { status, json } = await post(JSON.stringify({ format, files, commit }), (p) => setPhase({ label: p < 100 ? "Uploading" : commit ? "Importing (one transaction)…" : "Checking every record…", percent: p < 100 ? p : null }));
      const body = json as { preview?: ImportPreview; error?: { message: string; preview?: ImportPreview } };
      if (status >= 400) {
        setMessage({ error: true, text: body.error?.message ?? `Failed (${status})` });
        if (body.error?.preview) setPreview(body.error.preview);
      } else {
        setPreview(body.preview ?? null);
        if (commit) setMessage({ error: false, text: "Imported." });
      }
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message });
    }
    setPhase(null);
  }

  return (
    <div className="admin-form">
      <div className="admin-field">
        <label htmlFor={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={format} onChange={(e) => (setFormat(e.target.value), setPreview(null))}>
          {FORMATS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-files`}>Files</label>
        <input id={`${id}-files`} type="file" multiple accept={FORMATS.find((f) => f[0] === format)?.[2]} onChange={(e) => void read(e.target.files)} />
      </div>
      <div className="admin-actions">
        <button type="button" className="button" disabled={!files.length || phase !== null} onClick={() => void send(false)}>
          Preview
        </button>
        <button type="button" className="button button-primary" disabled={!preview?.canCommit || !canCommit || phase !== null} onClick={() => void send(true)}>
          Import all
        </button>
        {!canCommit ? <span className="admin-muted">Only admins commit imports (they go live without review).</span> : null}
      </div>
      {phase ? (
        <div role="status" className="admin-progress">
          <label htmlFor={`${id}-progress`}>{phase.label}</label>
          <progress id={`${id}-progress`} max={100} {...(phase.percent !== null ? { value: phase.percent } : {})} />
        </div>
      ) : null}
      {message ? (
        <p role={message.error ? "alert" : "status"} className={`notice ${message.error ? "notice-error" : "notice-info"}`}>
          {message.text}
        </p>
      ) : null}
      {preview ? (
        <section aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>
            Preview: {preview.counts.add} added, {preview.counts.merge} merged, {preview.counts.unchanged} unchanged, {preview.counts.reject} rejected
          </h2>
          {preview.counts.reject > 0 ? <p className="notice notice-error">Nothing is imported while a record is rejected: fix the file and preview again.</p> : null}
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Record</th>
                <th scope="col">Action</th>
                <th scope="col">Reasons and warnings</th>
              </tr>
            </thead>
            <tbody>
              {preview.items.map((it, i) => (
                <tr key={i} className={`admin-import-${it.action}`}>
                  <td>{it.entity}</td>
                  <td>
                    {it.title || it.key}
                    {it.title ? <div className="admin-muted">{it.key}</div> : null}
                  </td>
                  <td>{it.action === "reject" ? "Rejected" : it.action === "add" ? "Added" : it.action === "merge" ? "Merged" : "Unchanged"}</td>
                  <td>{[...it.reasons, ...it.warnings].join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
