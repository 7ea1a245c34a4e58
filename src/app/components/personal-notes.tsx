"use client";

import { useEffect, useState } from "react";

interface Personal {
  bookmarked: boolean;
  note: { body: string; updatedAt: string } | null;
  html: string;
}

/** Bookmark toggle and a private Markdown note on a question (rendered sanitized by the server). */
export function PersonalNotes({ slug }: { slug: string }) {
  const [data, setData] = useState<Personal | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetch(`/api/me/questions/${encodeURIComponent(slug)}`)
      .then((r) => r.json() as Promise<Personal>)
      .then((d) => live && setData(d))
      .catch(() => live && setData({ bookmarked: false, note: null, html: "" }));
    return () => {
      live = false;
    };
  }, [slug]);

  async function toggleBookmark() {
    if (!data) return;
    const res = await fetch(`/api/me/bookmarks/${encodeURIComponent(slug)}`, { method: data.bookmarked ? "DELETE" : "PUT" });
    if (res.ok) {
      const { bookmarked } = (await res.json()) as { bookmarked: boolean };
      setData({ ...data, bookmarked });
      setStatus(bookmarked ? "Bookmarked" : "Bookmark removed");
    } else setStatus("Could not change the bookmark");
  }

  async function save() {
    setStatus("Saving…");
    const res = await fetch(`/api/me/notes/${encodeURIComponent(slug)}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ body: draft }) });
    const body = (await res.json()) as { note: Personal["note"]; html: string; error?: { message: string } };
    if (!res.ok) {
      setStatus(body.error?.message ?? "Could not save the note");
      return;
    }
    setData((d) => ({ bookmarked: d?.bookmarked ?? false, note: body.note, html: body.html }));
    setEditing(false);
    setStatus(body.note ? "Note saved" : "Note deleted");
  }

  if (!data) return <section className="personal" aria-busy="true" aria-label="Your bookmark and note" />;
  return (
    <section className="personal" aria-labelledby="personal-heading">
      <div className="button-row">
        <h2 id="personal-heading" className="visually-hidden">
          Your bookmark and note
        </h2>
        <button type="button" className="button" aria-pressed={data.bookmarked} onClick={() => void toggleBookmark()}>
          {data.bookmarked ? "★ Bookmarked" : "☆ Bookmark"}
        </button>
        {!editing ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDraft(data.note?.body ?? "");
              setEditing(true);
            }}
          >
            {data.note ? "Edit your note" : "Add a note"}
          </button>
        ) : null}
        <span className="muted" role="status">
          {status}
        </span>
      </div>
      {editing ? (
        <div>
          <label>
            <span className="visually-hidden">Your note (Markdown)</span>
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={6} maxLength={20000} placeholder="Only you can see this. Markdown works." autoFocus />
          </label>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void save()}>
              Save note
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : data.note ? (
        <div className="note-preview prose" dangerouslySetInnerHTML={{ __html: data.html }} />
      ) : null}
    </section>
  );
}
