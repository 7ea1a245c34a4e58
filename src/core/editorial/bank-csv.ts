/**
 * Questions as CSV (RFC 4180: comma-separated, double-quoted fields, "" for a quote), one row per
 * question. Lists are joined with "; ", rubric and examples are JSON in their cells. Pure.
 */
import type { BankQuestion } from "./bank-format";

export const CSV_COLUMNS = ["slug", "title", "level", "status", "topics", "companies", "bands", "summary", "answer_md", "rubric", "examples", "related", "reviewed_by", "reviewed_at", "updated_at"] as const;

function cell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serializes rows of strings as CSV with CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/**
 * Parses CSV text into rows of strings.
 * @throws Error "line N: …" on an unterminated quoted field
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let line = 1;
  let quoted = false;
  let quoteStart = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === "\n") line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      quoteStart = line;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += c === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error(`line ${quoteStart}: a quoted field is never closed`);
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

const list = (v: readonly string[]) => v.join("; ");
const unlist = (v: string | undefined) =>
  (v ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

/** The bank's questions as CSV, with a header row. */
export function questionsToCsv(questions: readonly BankQuestion[]): string {
  return toCsv([
    [...CSV_COLUMNS],
    ...questions.map((q) => [
      q.slug,
      q.title,
      q.level,
      q.status,
      list(q.topics),
      list(q.companies),
      list(q.bands),
      q.summary,
      q.answerMd,
      JSON.stringify(q.rubric),
      JSON.stringify(q.examples),
      list(q.related),
      q.reviewedBy ?? "",
      q.reviewedAt ?? "",
      q.updatedAt ?? "",
    ]),
  ]);
}

/**
 * Reads question rows back into raw records (validated later, one by one, with the bank schema).
 * Columns are found by the header's names; only slug, title and level are required.
 * @returns the records, or per-row problems that stop a row (with the row's 1-based line)
 */
export function questionsFromCsv(text: string): { records: { line: number; value: Record<string, unknown> }[]; problems: { line: number; key: string; reason: string }[] } {
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  for (const required of ["slug", "title", "level"]) {
    if (!header.includes(required)) throw new Error(`line 1: the header has no '${required}' column (expected: ${CSV_COLUMNS.join(", ")})`);
  }
  const records: { line: number; value: Record<string, unknown> }[] = [];
  const problems: { line: number; key: string; reason: string }[] = [];
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    const get = (name: string) => {
      const at = header.indexOf(name);
      return at >= 0 ? r[at] : undefined;
    };
    const json = (name: string): unknown => {
      const v = get(name);
      if (v === undefined || v.trim() === "") return undefined;
      return JSON.parse(v);
    };
    try {
      const value: Record<string, unknown> = {
        slug: get("slug"),
        title: get("title"),
        level: get("level"),
        ...(get("status") ? { status: get("status") } : {}),
        topics: unlist(get("topics")),
        companies: unlist(get("companies")),
        bands: unlist(get("bands")),
        summary: get("summary") ?? "",
        answerMd: get("answer_md") ?? "",
        ...(json("rubric") !== undefined ? { rubric: json("rubric") } : {}),
        ...(json("examples") !== undefined ? { examples: json("examples") } : {}),
        related: unlist(get("related")),
        reviewedBy: get("reviewed_by") || null,
        reviewedAt: get("reviewed_at") || null,
        ...(get("updated_at") ? { updatedAt: get("updated_at") } : {}),
        origin: "import",
      };
      records.push({ line, value });
    } catch (e) {
      problems.push({ line, key: get("slug") ?? `row ${line}`, reason: `line ${line}: rubric or examples is not valid JSON (${(e as Error).message})` });
    }
  });
  return { records, problems };
}
