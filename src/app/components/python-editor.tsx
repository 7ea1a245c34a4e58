"use client";

import { indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { HighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { Compartment, EditorSelection, EditorState, Prec, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap, type DecorationSet } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";
import { basicSetup } from "codemirror";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";

/** What the page can do with the editor. */
export interface PythonEditorHandle {
  getCode(): string;
  /** Replaces the whole document (undoable). */
  setCode(code: string): void;
  focus(): void;
  /** Highlights a 1-based line as an error until the next edit; null clears it. */
  markErrorLine(line: number | null): void;
  /** Moves the cursor to a 1-based line (and column), scrolls it into view and focuses the editor. */
  goTo(line: number, col?: number): void;
}

// Colours come from CSS variables (globals.css, "Code editor"), so the editor follows the site's
// light/dark theme without being rebuilt.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: "var(--code-keyword)" },
  { tag: [t.string, t.special(t.string), t.docString], color: "var(--code-string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--code-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--code-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName))], color: "var(--code-function)" },
  { tag: [t.definition(t.className), t.className, t.typeName, t.namespace], color: "var(--code-type)" },
  { tag: [t.self, t.special(t.variableName), t.standard(t.variableName)], color: "var(--code-builtin)" },
  { tag: [t.meta, t.annotation], color: "var(--code-function)" },
  { tag: [t.operator, t.escape], color: "var(--code-keyword)" },
  { tag: t.invalid, color: "var(--error-text)" },
]);

const theme = EditorView.theme({
  "&": { color: "var(--text)", backgroundColor: "var(--bg)", fontSize: "0.9rem", maxHeight: "70vh" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace', lineHeight: "1.55", minHeight: "16rem" },
  ".cm-content": { caretColor: "var(--text)", padding: "0.5rem 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--text)", borderLeftWidth: "2px" },
  ".cm-gutters": { backgroundColor: "var(--surface)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine": { backgroundColor: "var(--code-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--surface-2)", color: "var(--text)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
    backgroundColor: "var(--code-selection) !important",
  },
  ".cm-selectionMatch": { backgroundColor: "var(--code-selection-match)" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--code-bracket)", outline: "1px solid var(--border-strong)" },
  "&.cm-focused .cm-nonmatchingBracket": { backgroundColor: "var(--error-bg)", color: "var(--error-text)" },
  ".cm-line.cm-error-line": { backgroundColor: "var(--error-bg)", boxShadow: "inset 3px 0 0 var(--error-text)" },
  ".cm-foldPlaceholder": { backgroundColor: "var(--surface-2)", border: "1px solid var(--border)", color: "var(--muted)" },
  ".cm-tooltip": { backgroundColor: "var(--surface)", color: "var(--text)", border: "1px solid var(--border-strong)" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "var(--accent)", color: "var(--accent-text)" },
  ".cm-panels": { backgroundColor: "var(--surface)", color: "var(--text)" },
  ".cm-panels input, .cm-panels button": { fontSize: "0.85rem" },
});

const setErrorLine = StateEffect.define<number | null>();

/** The error line's decoration; cleared by the next edit. */
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setErrorLine)) continue;
      if (e.value === null || e.value < 1 || e.value > tr.state.doc.lines) return Decoration.none;
      return Decoration.set([Decoration.line({ class: "cm-error-line" }).range(tr.state.doc.line(e.value).from)]);
    }
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function siteIsDark(): boolean {
  const attr = document.documentElement.getAttribute("data-theme");
  if (attr === "dark") return true;
  if (attr === "light") return false;
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

export interface PythonEditorProps {
  /** Called once, on mount, for the initial document (e.g. the saved draft or the starter). */
  initialCode: () => string;
  onChange?: (code: string) => void;
  /** Ctrl/⌘+Enter. */
  onRun?: () => void;
  /** Ctrl/⌘+Shift+Enter. */
  onSubmit?: () => void;
  /** Accessible name of the editor. */
  label: string;
  /** id of the visible hint (how to leave the editor with the keyboard). */
  describedBy?: string;
  ref?: Ref<PythonEditorHandle>;
}

/**
 * A CodeMirror 6 Python editor: line numbers, bracket matching and closing, folding, undo
 * history, search, and Tab to indent. Tab is not a keyboard trap: Esc then Tab moves focus on
 * (CodeMirror's tab-focus mode), and the hint next to the editor says so.
 */
export function PythonEditor({ initialCode, onChange, onRun, onSubmit, label, describedBy, ref }: PythonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun, onSubmit });
  useEffect(() => {
    callbacks.current = { onChange, onRun, onSubmit };
  });

  useEffect(() => {
    if (!host.current) return;
    const darkness = new Compartment();
    const attributes: Record<string, string> = { "aria-label": label };
    if (describedBy) attributes["aria-describedby"] = describedBy;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialCode(),
        extensions: [
          Prec.high(
            keymap.of([
              { key: "Mod-Enter", run: () => (callbacks.current.onRun?.(), true) },
              { key: "Mod-Shift-Enter", run: () => (callbacks.current.onSubmit?.(), true) },
            ]),
          ),
          basicSetup,
          keymap.of([indentWithTab]),
          python(),
          indentUnit.of("    "),
          EditorState.tabSize.of(4),
          syntaxHighlighting(highlight),
          theme,
          darkness.of(EditorView.darkTheme.of(siteIsDark())),
          errorLineField,
          EditorView.contentAttributes.of(attributes),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange?.(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;

    // Follow the site theme (the toggle sets data-theme on <html>; otherwise the system setting).
    const sync = () => v.dispatch({ effects: darkness.reconfigure(EditorView.darkTheme.of(siteIsDark())) });
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", sync);
    const observer = new MutationObserver(sync);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => {
      media.removeEventListener("change", sync);
      observer.disconnect();
      v.destroy();
      view.current = null;
    };
    // Created once: later prop changes reach it through `callbacks`.
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      getCode: () => view.current?.state.doc.toString() ?? "",
      setCode(code) {
        const v = view.current;
        if (!v) return;
        v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: code }, selection: EditorSelection.cursor(0), scrollIntoView: true });
      },
      focus: () => view.current?.focus(),
      markErrorLine(line) {
        view.current?.dispatch({ effects: setErrorLine.of(line) });
      },
      goTo(line, col = 1) {
        const v = view.current;
        if (!v) return;
        const l = v.state.doc.line(Math.max(1, Math.min(line, v.state.doc.lines)));
        const pos = Math.min(l.from + Math.max(0, col - 1), l.to);
        v.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
        v.focus();
      },
    }),
    [],
  );

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}
