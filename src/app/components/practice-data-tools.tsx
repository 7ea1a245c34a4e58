"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";

/** Import of a JSON export (with its report) and the practice settings form. */
export function PracticeDataTools({ settings }: { settings: { newPerDay: number; requestRetention: number; timeZone: string } }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch("/api/me/import", { method: "POST", headers: { "content-type": "application/json" }, body: await file.text() });
      const body = (await res.json()) as { cards?: number; reviews?: number; bookmarks?: number; notes?: number; unknownQuestions?: string[]; error?: { message: string } };
      if (!res.ok) throw new Error(body.error?.message ?? `Import failed (${res.status})`);
      const skipped = body.unknownQuestions?.length ? ` ${body.unknownQuestions.length} questions this bank does not have were skipped.` : "";
      setMessage({ kind: "ok", text: `Imported ${body.cards} cards, ${body.reviews} reviews, ${body.bookmarks} bookmarks and ${body.notes} notes.${skipped}` });
      router.refresh();
    } catch (e) {
      setMessage({ kind: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
      event.target.value = "";
    }
  }

  async function saveSettings(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const res = await fetch("/api/practice/settings", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ newPerDay: Number(form.get("newPerDay")), requestRetention: Number(form.get("requestRetention")) / 100 }),
    });
    const body = (await res.json()) as { error?: { message: string } };
    setMessage(res.ok ? { kind: "ok", text: "Settings saved." } : { kind: "error", text: body.error?.message ?? "Could not save" });
    if (res.ok) router.refresh();
  }

  return (
    <div className="data-tools">
      <div className="button-row">
        <a className="button" href="/api/me/export?format=json" download>
          Export my data (JSON)
        </a>
        <a className="button" href="/api/me/export?format=anki" download>
          Export an Anki deck (CSV)
        </a>
        <label className="button file-button">
          {busy ? "Importing…" : "Import a JSON export"}
          <input type="file" accept="application/json,.json" onChange={importFile} disabled={busy} className="visually-hidden" />
        </label>
      </div>
      <form className="settings-form" onSubmit={saveSettings}>
        <label>
          New cards per day
          <input name="newPerDay" type="number" min={0} max={500} defaultValue={settings.newPerDay} />
        </label>
        <label>
          Target retention (%)
          <input name="requestRetention" type="number" min={70} max={97} defaultValue={Math.round(settings.requestRetention * 100)} />
        </label>
        <span className="muted">Time zone: {settings.timeZone}</span>
        <button type="submit" className="button">
          Save settings
        </button>
      </form>
      {message ? (
        <p className={`notice${message.kind === "error" ? " notice-error" : ""}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
