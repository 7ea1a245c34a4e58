"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { adminFetch } from "./admin-fetch";

const LABELS: Record<string, string> = { submit: "Submit for review", request_changes: "Request changes", publish: "Publish", archive: "Archive", unarchive: "Back to draft" };

/** The workflow buttons open to the signed-in editor (the server decides which, and checks again). */
export function WorkflowActions({ slug, actions, note }: { slug: string; actions: string[]; note: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function act(action: string) {
    setBusy(true);
    const r = await adminFetch(`/api/admin/questions/${slug}/transition`, { method: "POST", body: { action } });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else {
      setError(null);
      router.refresh();
    }
  }
  return (
    <div className="admin-actions">
      {actions.map((a) => (
        <button key={a} type="button" className={a === "publish" ? "button button-primary" : "button"} disabled={busy} onClick={() => void act(a)}>
          {LABELS[a] ?? a}
        </button>
      ))}
      {note ? <p className="admin-muted">{note}</p> : null}
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Restores a revision as a new draft. */
export function RestoreButton({ slug, number }: { slug: string; number: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() =>
          void adminFetch(`/api/admin/questions/${slug}/revisions/${number}/restore`, { method: "POST" }).then((r) => {
            if (!r.ok) setError(r.error);
            else router.push(`/admin/questions/${slug}`);
          })
        }
      >
        Restore revision {number} as a new draft
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </>
  );
}
