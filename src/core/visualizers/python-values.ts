/**
 * The few Python values the visualizer models handle (str, int, float, None, list) and how Python
 * prints them, so a model's output can be compared with CPython's byte for byte.
 */
export type PyValue = { kind: "str"; value: string } | { kind: "int"; value: number } | { kind: "float"; value: number } | { kind: "none" } | { kind: "list"; items: PyValue[] };

/** Python's `repr()` of a string: single quotes unless the text has a single quote and no double one. */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of s) {
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else out += ch;
  }
  return quote + out + quote;
}

/** Python's `repr()` of a float for the short decimals the models use (1.0, 0.5, 0.25). */
function reprFloat(n: number): string {
  if (Number.isInteger(n)) return `${n}.0`;
  return String(n);
}

/** `str(value)` as Python prints it. */
export function pyStr(v: PyValue): string {
  return v.kind === "str" ? v.value : pyRepr(v);
}

/** `repr(value)` as Python prints it. */
export function pyRepr(v: PyValue): string {
  switch (v.kind) {
    case "str":
      return reprString(v.value);
    case "int":
      return String(v.value);
    case "float":
      return reprFloat(v.value);
    case "none":
      return "None";
    case "list":
      return `[${v.items.map(pyRepr).join(", ")}]`;
  }
}

/**
 * Splits a comma-separated argument list at depth 0, keeping quoted strings and brackets whole:
 * `'a, b', f(x, y), 3` → `["'a, b'", "f(x, y)", "3"]`. Empty input gives no arguments.
 */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      cur += ch;
      if (ch === "\\") {
        cur += text[++i] ?? "";
      } else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  if (cur.trim() !== "" || out.length > 0) out.push(cur.trim());
  return out;
}

/** Reads a Python string literal ('…' or "…", simple escapes only); null when `text` is not one. */
export function parseStringLiteral(text: string): string | null {
  const m = /^(['"])(.*)\1$/s.exec(text);
  if (!m) return null;
  const body = m[2]!;
  if (new RegExp(`(?<!\\\\)${m[1]}`).test(body)) return null;
  return body.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
}
