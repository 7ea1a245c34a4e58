"use client";

import { useId, useState } from "react";

/**
 * A preset picker and a plain textarea for a visualizer's program; "apply" hands the edited
 * source back. Kept plain (no CodeMirror) so it works at 360 px and with every screen reader.
 */
export function SourceEditor({
  presets,
  presetId,
  source,
  onPreset,
  onApply,
  applyLabel,
  error,
}: {
  presets: readonly { id: string; title: string }[];
  presetId: string | null;
  source: string;
  onPreset(id: string): void;
  onApply(source: string): void;
  applyLabel: string;
  error: string | null;
}) {
  const [draft, setDraft] = useState(source);
  const [seen, setSeen] = useState(source);
  if (source !== seen) {
    // A new preset was picked: show its code.
    setSeen(source);
    setDraft(source);
  }
  const id = useId();
  return (
    <form
      className="viz-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <span className="viz-preset">
        <label htmlFor={`${id}-preset`}>Example</label>
        <select id={`${id}-preset`} value={presetId ?? ""} onChange={(e) => onPreset(e.target.value)}>
          {presetId === null ? <option value="">Your code</option> : null}
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </span>
      <label htmlFor={id} className="viz-editor-label">
        Code
      </label>
      <textarea id={id} value={draft} onChange={(e) => setDraft(e.target.value)} rows={Math.min(18, Math.max(6, draft.split("\n").length + 1))} spellCheck={false} autoCapitalize="off" autoCorrect="off" />
      <p>
        <button type="submit" className="button-primary">
          {applyLabel}
        </button>
      </p>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
