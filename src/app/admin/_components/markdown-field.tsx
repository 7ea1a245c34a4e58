"use client";

import { useEffect, useRef, useState } from "react";
import { adminFetch } from "./admin-fetch";

/**
 * A Markdown textarea with a live preview beside it, rendered and sanitized by the server
 * (`POST /api/admin/preview`, the same HTML the public pages show), 400 ms after typing stops.
 */
export function MarkdownField({ id, label, name, rows, value, onChange }: { id: string; label: string; name: string; rows: number; value: string; onChange: (value: string) => void }) {
  const [preview, setPreview] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void adminFetch<{ html: string }>("/api/admin/preview", { method: "POST", body: { markdown: value } }).then((r) => r.data && setPreview(r.data.html));
    }, 400);
    return () => clearTimeout(timer.current);
  }, [value]);

  return (
    <div className="admin-split">
      <div className="admin-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <textarea id={`${id}-${name}`} name={name} className="admin-code" rows={rows} required value={value} onChange={(e) => onChange(e.target.value)} />
      </div>
      <section className="admin-preview" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`} className="admin-subtitle">
          Preview
        </h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: preview }} />
      </section>
    </div>
  );
}
