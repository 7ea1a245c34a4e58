/**
 * Syntax highlighting with shiki, shared by Markdown answers and a question's code examples.
 * Output carries both GitHub themes as CSS variables (`--shiki-light`, `--shiki-dark`, and the
 * `-bg` variants); globals.css picks one per colour scheme, so dark mode needs no second render.
 */
import { createHighlighter, type Highlighter } from "shiki";

/** Languages loaded into the highlighter; anything else is shown as plain text. */
export const HIGHLIGHT_LANGUAGES = ["python", "bash", "json", "sql"] as const;

const THEMES = { light: "github-light", dark: "github-dark" } as const;

/** Other names a fence may use for the languages we load. */
const ALIASES: Record<string, string> = {
  py: "python",
  py3: "python",
  python3: "python",
  pycon: "python",
  ipython: "python",
  sh: "bash",
  shell: "bash",
  shellscript: "bash",
  zsh: "bash",
  console: "bash",
  jsonc: "json",
  postgres: "sql",
  postgresql: "sql",
  psql: "sql",
  sqlite: "sql",
  mysql: "sql",
};

let highlighterPromise: Promise<Highlighter> | undefined;

/** The process-wide highlighter, created once (loading grammars and the WASM engine is slow). */
export function getHighlighter(): Promise<Highlighter> {
  highlighterPromise ??= createHighlighter({ themes: [THEMES.light, THEMES.dark], langs: [...HIGHLIGHT_LANGUAGES] }).catch((e: unknown) => {
    highlighterPromise = undefined;
    throw e;
  });
  return highlighterPromise;
}

/** Maps a fence's info string ("Python", "py", "sh", "") to a loaded language, or "text". */
export function normalizeLanguage(lang: string | null | undefined): string {
  const l = (lang ?? "").trim().toLowerCase();
  const resolved = ALIASES[l] ?? l;
  return (HIGHLIGHT_LANGUAGES as readonly string[]).includes(resolved) ? resolved : "text";
}

/** Options passed to shiki for every block: both themes, colours only through CSS variables. */
export function shikiOptions(lang: string) {
  return { lang: normalizeLanguage(lang), themes: THEMES, defaultColor: false } as const;
}

/**
 * Highlights trusted-or-not source code as HTML (`<pre class="shiki">…`). Shiki escapes the code
 * itself, so the result is safe to insert even when `code` came from an imported page.
 */
export async function highlightCode(code: string, lang: string): Promise<string> {
  const highlighter = await getHighlighter();
  return highlighter.codeToHtml(code.replace(/\n$/, ""), shikiOptions(lang));
}
