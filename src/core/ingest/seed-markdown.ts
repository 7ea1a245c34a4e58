/**
 * Shared by the seed-page parsers: reading a page's lines, and turning the lines of one answer
 * into clean Markdown (paragraphs, "- " lists, fenced code blocks, GFM tables).
 *
 * The page's words are kept exactly. Markdown-significant characters in prose are
 * backslash-escaped so they render as the page shows them (`__init__` must not become bold
 * "init", `*args` must not start emphasis, a line starting "+ (Addition)" must not become a list).
 * Code is never escaped. Non-breaking spaces (the blog indents its code with them) become plain
 * spaces, and trailing whitespace is dropped.
 */
import type { ParsedCodeBlock } from "./types";

/** One line of a page. */
export interface SourceLine {
  /** The text with non-breaking spaces made plain and trailing whitespace removed. */
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /**
   * True for a line holding only non-breaking spaces: pages use it as an empty paragraph between
   * blocks (the blog puts one after most code blocks), so it always ends a code block.
   */
  spacer: boolean;
}

/** Splits a page into lines (LF or CRLF, a leading BOM ignored); see SourceLine. */
export function splitSourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((raw, i) => {
      const plain = raw.replace(/\u00A0/g, " ").trimEnd();
      return { text: plain, line: i + 1, spacer: plain === "" && raw.includes("\u00A0") };
    });
}

/** True when a line has no text (spaces and non-breaking spaces only). */
export function isBlank(l: SourceLine | undefined): boolean {
  return l === undefined || l.text.trim() === "";
}

/** Index of the first non-blank line at or after `from` and before `end`, or `end`. */
export function nextNonBlank(lines: SourceLine[], from: number, end = lines.length): number {
  let i = from;
  while (i < end && isBlank(lines[i])) i++;
  return i;
}

/** Index of the last non-blank line before `from` and at or after `start`, or -1. */
export function prevNonBlank(lines: SourceLine[], from: number, start = 0): number {
  let i = from - 1;
  while (i >= start && isBlank(lines[i])) i--;
  return i >= start ? i : -1;
}

// ---------------------------------------------------------------------------------------------
// Escaping

/** Escapes Markdown-significant characters inside a line of prose (not at its start). */
function escapeInline(text: string): string {
  let s = text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\*/g, "\\*").replace(/~/g, "\\~");
  // Underscores only matter where they can open or close emphasis: `snake_case` is safe,
  // `__init__`, `_var` and `obj.__dict__` are not.
  s = s.replace(/_+/g, (run: string, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + run.length] ?? "";
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? run : run.replace(/_/g, "\\_");
  });
  s = s.replace(/<(?=[A-Za-z/!?])/g, "\\<");
  s = s.replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
  s = s.replace(/\](?=[([])/g, "\\]");
  return s;
}

/** Escapes what would make a line start a heading, list, quote or thematic break. */
function escapeLineStart(s: string): string {
  if (/^#{1,6}(\s|$)/.test(s) || /^>/.test(s) || /^[-+](\s|$)/.test(s)) return `\\${s}`;
  if (/^\d{1,9}[.)](\s|$)/.test(s)) return s.replace(/^(\d{1,9})([.)])/, "$1\\$2");
  if (/^=+$/.test(s) || /^(?:-[ \t]*){3,}$/.test(s)) return `\\${s}`;
  return s;
}

/** A line of prose as Markdown: escaped so it renders exactly as the page shows it. */
export function escapeMarkdownText(text: string): string {
  return escapeLineStart(escapeInline(text.trim()));
}

/** A table cell: escaped like prose, plus the pipe. */
function escapeCell(text: string): string {
  return escapeInline(text.trim()).replace(/\|/g, "\\|");
}

// ---------------------------------------------------------------------------------------------
// Recognising code

/** A lone line naming the language of the code block that follows ("python", "pgsql"…). */
const LANGUAGE_LINE = /^(python3?|py|pgsql|sql|bash|shell|sh|console|json|yaml|toml|ini|text|plaintext|javascript|js|typescript|ts|html|css|xml)$/;

const DEF_OR_CLASS = /^(?:async\s+)?(?:def|class)\s+[A-Za-z_]\w*\s*[(:]/;
const IMPORT = /^(?:import\s+[A-Za-z_][\w.]*(?:\s+as\s+\w+)?(?:\s*,\s*[A-Za-z_][\w.]*(?:\s+as\s+\w+)?)*\s*(?:#.*)?$|from\s+\.*[A-Za-z_][\w.]*\s+import\s+\S)/;
const BLOCK_HEAD =
  /^(?:(?:async\s+)?for\s+.+\s+in\s+.+|(?:async\s+)?with\s+.*(?:\(|\bas\b).*|while\s+.+|if\s+.+|elif\s+.+|except(?:\s+.+)?|else|try|finally)\s*:\s*(?:#.*)?$/;
const DECORATOR = /^@[A-Za-z_][\w.]*(?:\(.*\))?\s*(?:#.*)?$/;
const COMMENT = /^#(?:\s|$)/;
const ASSIGNMENT =
  /^[A-Za-z_][\w.]*(?:\[[^\]]*\])*(?:\s*,\s*[A-Za-z_][\w.]*)*(?:\s*:\s*[A-Za-z_][\w.[\], ]*)?\s*(?:\/\/|\*\*|<<|>>|[-+*/%&|^@])?=(?!=)\s*\S/;
const CALL_START = /^(?:await\s+|return\s+)?[A-Za-z_][\w.]*(?:\[[^\]]*\])*\(/;
const SHELL = /^(?:python3?|pip3?|source|conda|poetry|uv|uvicorn|gunicorn|celery|pytest|django-admin|export|cd)\s+\S/;
const TRAILING_COMMENT = /\S\s{2,}#\s/;
const BARE_STATEMENT = /^(?:pass|break|continue)\s*(?:#.*)?$/;
const CLOSER = /^[)\]}]+[)\]},:]*\s*(?:#.*)?$/;
const DIRECTORY = /^[\w.-]+\/$/;
const BULLET = /^\s*•\s*(.*)$/;

/** The line without its `#` comment (a `#` inside a string literal is not a comment). */
function stripComment(s: string): string {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#") return s.slice(0, i);
  }
  return s;
}

/** `print(x)  # 3`, `dog.bark()`, `greet("Alice"# …` — but not "executor.submit() schedules calls…". */
function isCallStatement(t: string): boolean {
  const m = CALL_START.exec(t);
  if (!m) return false;
  const code = stripComment(t).trimEnd();
  // Find where the call's parentheses close; prose after it ("… schedules individual calls") means a sentence.
  let depth = 0;
  let close = -1;
  for (let i = m[0].length - 1; i < code.length; i++) {
    const c = code[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    }
  }
  const rest = close >= 0 ? code.slice(close + 1) : "";
  if (/^\s+[A-Za-z]+\s+[A-Za-z]+/.test(rest)) return false;
  return !/[A-Za-z)]\.$/.test(code);
}

/** A line that is plainly Python (or a shell command) when it stands at the start of a line. */
function looksLikeCode(t: string): boolean {
  return (
    DEF_OR_CLASS.test(t) ||
    IMPORT.test(t) ||
    BLOCK_HEAD.test(t) ||
    DECORATOR.test(t) ||
    COMMENT.test(t) ||
    BARE_STATEMENT.test(t) ||
    ASSIGNMENT.test(t) ||
    isCallStatement(t) ||
    (SHELL.test(t) && !/\.$/.test(t)) ||
    TRAILING_COMMENT.test(t)
  );
}

/** Indented, and not a bullet ("  • x" is a list item, not code). */
function isIndentedCode(l: SourceLine): boolean {
  return /^\s+\S/.test(l.text) && !BULLET.test(l.text);
}

/** Can an unmarked code block start at line i? */
function startsUnmarkedCode(lines: SourceLine[], i: number, end: number): boolean {
  const l = lines[i];
  if (!l || /^\s/.test(l.text)) return false;
  if (looksLikeCode(l.text)) return true;
  // A directory tree: "my_package/" followed by indented entries.
  const next = lines[i + 1];
  return DIRECTORY.test(l.text) && i + 1 < end && next !== undefined && isIndentedCode(next);
}

/** A sentence, not code: ends like one and has a few words ("Proper indentation enhances readability."). */
function isProseLine(t: string): boolean {
  if (/^\s/.test(t) || looksLikeCode(t)) return false;
  return /[.?!:]$/.test(t) && t.trim().split(/\s+/).length >= 3;
}

/**
 * Where a code block that has reached line i (a blank line) goes on: after the blank lines, the
 * next line must be indented or plainly code, and no spacer line may sit in between.
 */
function codeContinuesAfterBlank(lines: SourceLine[], i: number, end: number): boolean {
  let j = i;
  while (j < end && isBlank(lines[j])) {
    if (lines[j]?.spacer) return false;
    j++;
  }
  const l = lines[j];
  if (j >= end || !l) return false;
  return isIndentedCode(l) || looksLikeCode(l.text);
}

/**
 * Reads a code block starting at line `start` (its first code line). `marked` blocks (the page
 * named the language) take any non-blank line that is not a plain sentence, which keeps printed
 * output ("Hello") inside; unmarked blocks take only indented or code-looking lines. Both go on
 * across blank lines when the next line is indented or plainly code. Returns the code lines and
 * the index after the block.
 */
function readCodeBlock(lines: SourceLine[], start: number, end: number, marked: boolean): { code: string[]; next: number } {
  const code: string[] = [];
  let i = start;
  while (i < end) {
    const l = lines[i];
    if (!l) break;
    if (isBlank(l)) {
      if (!codeContinuesAfterBlank(lines, i, end)) break;
      code.push("");
      i++;
      continue;
    }
    if (BULLET.test(l.text)) break;
    // The first line is code by the caller's decision (it may be a "my_package/" tree root).
    const ok = i === start || (marked ? !isProseLine(l.text) : isIndentedCode(l) || looksLikeCode(l.text) || CLOSER.test(l.text));
    if (!ok) break;
    code.push(l.text);
    i++;
  }
  while (code.length > 0 && code[code.length - 1] === "") code.pop();
  return { code, next: i };
}

/** Is line i a language line ("python") that opens a code block? */
function isLanguageLine(lines: SourceLine[], i: number, end: number): boolean {
  const l = lines[i];
  if (!l || !LANGUAGE_LINE.test(l.text)) return false;
  const n = lines[i + 1];
  return i + 1 < end && n !== undefined && !isBlank(n);
}

/**
 * Index of the end (exclusive) of the trailing content that starts at `start`: the first blank
 * line that is not inside a code block. Used for the last item of a page, whose answer is followed
 * by the page's footer rather than by another question.
 */
export function endOfTrailingContent(lines: SourceLine[], start: number, end = lines.length): number {
  let i = start;
  while (i < end) {
    const l = lines[i];
    if (!l || isBlank(l)) return i;
    if (isLanguageLine(lines, i, end)) {
      let j = i + 1;
      if (lines[j]?.text === "Copy") j++;
      i = readCodeBlock(lines, j, end, true).next;
      continue;
    }
    i++;
  }
  return end;
}

// ---------------------------------------------------------------------------------------------
// Blocks

type Block =
  | { kind: "para"; lines: string[]; afterBlank: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "code"; language: string; code: string[] }
  | { kind: "table"; rows: string[][] };

/** Options of toMarkdown. */
export interface MarkdownOptions {
  /**
   * Recognise code the page shows without a language line (the blog does this for most of its
   * examples). Such blocks get the language "text": the page does not say.
   */
  detectUnmarkedCode?: boolean;
  /**
   * Rebuild tables the page dump flattened into one cell per paragraph. `tableContext` (the
   * question title) must name the compared columns; see findTables.
   */
  detectTables?: boolean;
  tableContext?: string;
}

/** An answer as Markdown, with its code blocks in order. */
export interface MarkdownResult {
  markdown: string;
  codeBlocks: ParsedCodeBlock[];
}

/** "- a. - b." (an accordion answer's inline list) → ["a.", "b."]. */
function splitInlineDashList(t: string): string[] {
  return t
    .replace(/^-\s+/, "")
    .split(/(?<=\.)\s+-\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function readBlocks(lines: SourceLine[], opts: MarkdownOptions): Block[] {
  const blocks: Block[] = [];
  const end = lines.length;
  let sawBlank = true;
  let i = 0;
  while (i < end) {
    const l = lines[i];
    if (!l) break;
    const t = l.text;
    if (isBlank(l)) {
      sawBlank = true;
      i++;
      continue;
    }
    if (isLanguageLine(lines, i, end)) {
      let j = i + 1;
      if (lines[j]?.text === "Copy") j++;
      const { code, next } = readCodeBlock(lines, j, end, true);
      if (code.length > 0) blocks.push({ kind: "code", language: t, code });
      i = next;
      sawBlank = false;
      continue;
    }
    const bullet = BULLET.exec(t);
    if (bullet) {
      const last = blocks[blocks.length - 1];
      const prev = lines[i - 1];
      if (last?.kind === "list" && prev !== undefined && BULLET.test(prev.text)) last.items.push(bullet[1] ?? "");
      else blocks.push({ kind: "list", items: [bullet[1] ?? ""] });
      i++;
      sawBlank = false;
      continue;
    }
    if (opts.detectUnmarkedCode && startsUnmarkedCode(lines, i, end)) {
      const { code, next } = readCodeBlock(lines, i, end, false);
      blocks.push({ kind: "code", language: "text", code });
      i = next;
      sawBlank = false;
      continue;
    }
    if (/^-\s+\S/.test(t)) {
      blocks.push({ kind: "list", items: splitInlineDashList(t) });
      i++;
      sawBlank = false;
      continue;
    }
    // Prose: each line is its own paragraph, except that a line ending with a comma runs on.
    const last = blocks[blocks.length - 1];
    if (!sawBlank && last?.kind === "para" && /,$/.test(last.lines[last.lines.length - 1] ?? "")) last.lines.push(t.trim());
    else blocks.push({ kind: "para", lines: [t.trim()], afterBlank: sawBlank });
    sawBlank = false;
    i++;
  }
  return blocks;
}

/** A paragraph that can be a table cell: one short line, blank-separated, not a sentence or a lead-in. */
function isCellParagraph(b: Block | undefined): boolean {
  if (b?.kind !== "para" || b.lines.length !== 1 || !b.afterBlank) return false;
  const t = b.lines[0] ?? "";
  return t.length <= 120 && !/[.:;?!,]$/.test(t);
}

/** Does the (lower-case) text name `phrase` as a whole word or phrase? */
function mentions(text: string, phrase: string): boolean {
  const p = phrase.trim().toLowerCase();
  if (p === "") return false;
  const re = new RegExp(`(?<![a-z0-9])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])`);
  return re.test(text);
}

/**
 * Rebuilds the tables a page dump flattened into one paragraph per cell ("Feature", "Lists",
 * "Tuples", "Dictionaries", "Mutability", "Mutable", …). Only done when it can be done reliably:
 * the header is a first cell followed by the column names, which must all be named in the
 * question title or in the answer's text before the table ("lists, tuples, and dictionaries");
 * at least two such columns; the run of cell-like paragraphs must end exactly after a whole
 * number (two or more) of rows. Anything else stays as paragraphs.
 */
function findTables(blocks: Block[], context: string): Block[] {
  const out: Block[] = [];
  let seen = context.toLowerCase();
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (!b) break;
    if (!isCellParagraph(b)) {
      if (b.kind === "para") seen += `\n${b.lines.join(" ").toLowerCase()}`;
      if (b.kind === "list") seen += `\n${b.items.join("\n").toLowerCase()}`;
      out.push(b);
      i++;
      continue;
    }
    let runEnd = i;
    while (isCellParagraph(blocks[runEnd])) runEnd++;
    const cells = blocks.slice(i, runEnd).map((c) => (c as Extract<Block, { kind: "para" }>).lines[0] ?? "");
    let tableAt = -1;
    const table: string[][] = [];
    for (let start = 0; start < cells.length && tableAt < 0; start++) {
      let cols = 1;
      while (start + cols < cells.length && mentions(seen, cells[start + cols] ?? "")) cols++;
      const n = cells.length - start;
      if (cols >= 3 && n % cols === 0 && n / cols >= 2) {
        tableAt = start;
        for (let r = start; r < cells.length; r += cols) table.push(cells.slice(r, r + cols));
      } else {
        seen += `\n${(cells[start] ?? "").toLowerCase()}`;
      }
    }
    if (tableAt >= 0) {
      out.push(...blocks.slice(i, i + tableAt));
      out.push({ kind: "table", rows: table });
    } else {
      out.push(...blocks.slice(i, runEnd));
    }
    i = runEnd;
  }
  return out;
}

function fence(language: string, code: string): string {
  let ticks = "```";
  while (code.includes(ticks)) ticks += "`";
  return `${ticks}${language}\n${code}\n${ticks}`;
}

function renderBlock(b: Block): string {
  switch (b.kind) {
    case "para":
      return b.lines.map(escapeMarkdownText).join("\n");
    case "list":
      return b.items.map((item) => `- ${escapeMarkdownText(item)}`).join("\n");
    case "code":
      return fence(b.language, b.code.join("\n"));
    case "table": {
      const [head = [], ...rows] = b.rows;
      const row = (cells: string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
      return [row(head), `| ${head.map(() => "---").join(" | ")} |`, ...rows.map(row)].join("\n");
    }
  }
}

/**
 * Turns the lines of one answer into Markdown: blank-separated blocks; "• x" bullets and
 * "- a. - b." inline lists become "- " lists; a language line ("python", optionally followed by
 * the copy button's "Copy") opens a fenced code block in that language; with the options, code
 * without a language line and flattened tables are recognised too. Each prose line becomes its
 * own paragraph (the pages put one sentence or point per line) unless it ends with a comma.
 * Returns the Markdown (no trailing newline) and the code blocks in order.
 */
export function toMarkdown(lines: SourceLine[], opts: MarkdownOptions = {}): MarkdownResult {
  let blocks = readBlocks(lines, opts);
  if (opts.detectTables) blocks = findTables(blocks, opts.tableContext ?? "");
  const codeBlocks: ParsedCodeBlock[] = [];
  for (const b of blocks) if (b.kind === "code") codeBlocks.push({ language: b.language, code: b.code.join("\n") });
  return { markdown: blocks.map(renderBlock).join("\n\n"), codeBlocks };
}
