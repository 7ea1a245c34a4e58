"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { adminFetch } from "./admin-fetch";

interface Item {
  slug: string;
  title: string;
  status: string;
}

export interface SetEditorProps {
  slug: string;
  title: string;
  description: string;
  featured: boolean;
  items: Item[];
}

/**
 * A set's fields and question order. Reorder by dragging a row, by its Up/Down buttons, or from
 * the keyboard with Alt+ArrowUp / Alt+ArrowDown on a focused row; moves are announced.
 */
export function SetEditor(props: SetEditorProps) {
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState(props.title);
  const [description, setDescription] = useState(props.description);
  const [featured, setFeatured] = useState(props.featured);
  const [items, setItems] = useState<Item[]>(props.items);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");
  const [add, setAdd] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [found, setFound] = useState<Item[]>([]);

  // The picker: questions whose title or slug matches what is typed (a pasted slug or URL works too).
  useEffect(() => {
    const q = add.trim().replace(/^.*\/questions\//, "");
    if (q.length < 2) return setFound([]);
    const timer = setTimeout(() => {
      void adminFetch<{ items: Item[] }>(`/api/admin/questions?q=${encodeURIComponent(q)}`).then((r) => setFound((r.data?.items ?? []).slice(0, 8)));
    }, 250);
    return () => clearTimeout(timer);
  }, [add]);

  function pick(it: Item) {
    if (!items.some((i) => i.slug === it.slug)) {
      setItems([...items, { slug: it.slug, title: it.title, status: it.status }]);
      setAnnounce(`${it.title} added at position ${items.length + 1}`);
    }
    setAdd("");
    setFound([]);
  }

  function move(from: number, to: number, focus = false) {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [it] = next.splice(from, 1);
    next.splice(to, 0, it!);
    setItems(next);
    setAnnounce(`${it!.title} moved to position ${to + 1} of ${next.length}`);
    if (focus) requestAnimationFrame(() => document.getElementById(`${id}-row-${to}`)?.focus());
  }

  async function addQuestion(e: React.FormEvent) {
    e.preventDefault();
    const slug = add.trim().replace(/^.*\/questions\//, "");
    if (!slug || items.some((i) => i.slug === slug)) return;
    const r = await adminFetch<{ draft: { title: string }; status: string }>(`/api/admin/questions/${encodeURIComponent(slug)}`);
    if (!r.ok || !r.data) return setStatus(r.error ?? "Not found");
    setItems([...items, { slug, title: r.data.draft.title, status: r.data.status }]);
    setAdd("");
    setStatus(null);
  }

  async function remove() {
    if (!window.confirm(`Delete the set "${title}"? Its questions stay in the bank.`)) return;
    const r = await adminFetch(`/api/admin/sets/${props.slug}`, { method: "DELETE" });
    if (!r.ok) return setStatus(r.error);
    router.push("/admin/sets");
    router.refresh();
  }

  async function save() {
    const r = await adminFetch(`/api/admin/sets/${props.slug}`, { method: "PUT", body: { title, description, featured, questions: items.map((i) => i.slug) } });
    setStatus(r.ok ? "Saved." : r.error);
    if (r.ok) router.refresh();
  }

  return (
    <div className="admin-form">
      <div className="admin-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-desc`}>Description</label>
        <textarea id={`${id}-desc`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <label className="admin-check">
        <input type="checkbox" checked={featured} onChange={(e) => setFeatured(e.target.checked)} /> Featured on the home page and on level and topic pages
      </label>
      <h2 id={`${id}-order`}>Questions, in order</h2>
      <p className="admin-muted" id={`${id}-help`}>
        Drag a row, use its buttons, or focus a row and press Alt+↑ / Alt+↓.
      </p>
      <ol className="admin-order" aria-labelledby={`${id}-order`} aria-describedby={`${id}-help`}>
        {items.map((it, i) => (
          <li
            key={it.slug}
            id={`${id}-row-${i}`}
            tabIndex={0}
            draggable
            className={dragging === i ? "is-dragging" : undefined}
            onDragStart={(e) => (setDragging(i), e.dataTransfer.setData("text/plain", String(i)))}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, i);
              setDragging(null);
            }}
            onDragEnd={() => setDragging(null)}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
              e.preventDefault();
              move(i, e.key === "ArrowUp" ? i - 1 : i + 1, true);
            }}
          >
            <span className="admin-grip" aria-hidden="true">
              ⠿
            </span>
            <span className="admin-grow">
              {it.title} {it.status !== "published" ? <em className="admin-muted">({it.status.replace("_", " ")}, hidden)</em> : null}
            </span>
            <button type="button" className="button button-quiet" disabled={i === 0} onClick={() => move(i, i - 1)}>
              Up <span className="visually-hidden">{it.title}</span>
            </button>
            <button type="button" className="button button-quiet" disabled={i === items.length - 1} onClick={() => move(i, i + 1)}>
              Down <span className="visually-hidden">{it.title}</span>
            </button>
            <button type="button" className="button button-quiet" onClick={() => setItems(items.filter((_, j) => j !== i))}>
              Remove <span className="visually-hidden">{it.title}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <form className="admin-actions" onSubmit={addQuestion}>
        <label htmlFor={`${id}-add`}>Add a question (search by title, or a slug or URL)</label>
        <input id={`${id}-add`} type="search" autoComplete="off" aria-controls={`${id}-found`} value={add} onChange={(e) => setAdd(e.target.value)} />
        <button className="button" type="submit">
          Add
        </button>
      </form>
      <ul id={`${id}-found`} className="admin-found" aria-label="Matching questions" aria-live="polite">
        {found.map((it) => {
          const inSet = items.some((i) => i.slug === it.slug);
          return (
            <li key={it.slug}>
              <button type="button" className="button button-quiet" disabled={inSet} onClick={() => pick(it)}>
                {inSet ? "In the set:" : "Add"} {it.title}
              </button>{" "}
              <span className="admin-muted">
                {it.slug}
                {it.status !== "published" ? ` (${it.status.replace("_", " ")})` : ""}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="admin-actions">
        <button type="button" className="button button-primary" onClick={() => void save()}>
          Save set
        </button>
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          Delete set
        </button>
        {status ? <p role="status">{status}</p> : null}
      </div>
    </div>
  );
}

/** Creates an empty set, then opens it. */
export function NewSetForm() {
  const router = useRouter();
  const [slug, setSlug] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="admin-actions"
      onSubmit={(e) => {
        e.preventDefault();
        void adminFetch("/api/admin/sets", { method: "POST", body: { slug, title, questions: [] } }).then((r) => (r.ok ? router.push(`/admin/sets/${slug}`) : setError(r.error)));
      }}
    >
      <label>
        Slug <input required pattern="[a-z0-9]+(-[a-z0-9]+)*" value={slug} onChange={(e) => setSlug(e.target.value)} />
      </label>
      <label>
        Title <input required minLength={3} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <button className="button button-primary" type="submit">
        Create set
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
