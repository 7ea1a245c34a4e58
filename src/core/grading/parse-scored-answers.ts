/**
 * Reads human-scored answers from CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF or LF), header `question,reference_answer,student_answer,score` in any order,
 * extra columns ignored.
 */
import { parse } from "csv-parse/sync";
import { AppError } from "../errors";

/** One human-scored answer. */
export interface ScoredAnswer {
  question: string;
  referenceAnswer: string;
  answer: string;
  /** The human score, 0–max. */
  score: number;
  /** 1-based line where the record starts in the file. */
  line: number;
}

export const SCORED_ANSWER_COLUMNS = ["question", "reference_answer", "student_answer", "score"] as const;

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Parses a scored-answers CSV.
 * @param file the file's name, for error messages
 * @param max the top of the score scale; scores must lie in 0..max
 * @throws AppError PARSE_ERROR naming the file, line and column: malformed CSV, a missing column,
 *   a wrong number of fields, a score that is not a number or is outside 0..max
 */
export function parseScoredAnswers(file: string, text: string, max: number): ScoredAnswer[] {
  let records: CsvRecord[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as CsvRecord[];
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    throw new AppError("PARSE_ERROR", `${file}:${err.lines ?? 1}: not valid CSV: ${err.message ?? String(e)}`);
  }
  if (records.length === 0) throw new AppError("PARSE_ERROR", `${file}:1: empty file; expected the header ${SCORED_ANSWER_COLUMNS.join(",")}`);
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const col = {} as Record<(typeof SCORED_ANSWER_COLUMNS)[number], number>;
  for (const name of SCORED_ANSWER_COLUMNS) {
    const i = header.indexOf(name);
    if (i < 0) throw new AppError("PARSE_ERROR", `${file}:1: missing column '${name}' in the header (found: ${header.join(", ") || "nothing"}); expected ${SCORED_ANSWER_COLUMNS.join(",")}`);
    col[name] = i;
  }
  const out: ScoredAnswer[] = [];
  let prevEnd = records[0]!.info.lines;
  for (const { record, info } of records.slice(1)) {
    const line = prevEnd + 1;
    prevEnd = info.lines;
    if (record.length !== header.length) {
      throw new AppError("PARSE_ERROR", `${file}:${line}: ${record.length} field(s), the header has ${header.length}`);
    }
    const raw = record[col.score]!.trim();
    const where = `${file}:${info.lines}: column ${col.score + 1} (score)`;
    const score = raw === "" ? Number.NaN : Number(raw);
    if (!Number.isFinite(score)) throw new AppError("PARSE_ERROR", `${where}: '${raw}' is not a number`);
    if (score < 0 || score > max) throw new AppError("PARSE_ERROR", `${where}: ${score} is outside 0..${max}`);
    out.push({ question: record[col.question]!, referenceAnswer: record[col.reference_answer]!, answer: record[col.student_answer]!, score, line });
  }
  return out;
}
