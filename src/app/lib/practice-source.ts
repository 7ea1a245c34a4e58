import { parseQuestionQuery, toSearchParams } from "../../core/bank/question-query";
import { EXPERIENCE_BAND_LABELS } from "../../core/bank/levels";
import type { PracticeSource } from "../../db/practice/sessions";

/**
 * Turns a "Start Practice" source — "due", or the query string of any filtered list
 * ("level=mid&topic=oop", the same parameters as /questions) — into a session source and a
 * label for people.
 * @throws AppError INVALID_INPUT naming the bad parameter
 */
export function parsePracticeSource(source: string): { source: PracticeSource; label: string } {
  if (source === "due") return { source: { kind: "due" }, label: "Due today" };
  const q = parseQuestionQuery(new URLSearchParams(source), { strict: true });
  const { page: _page, pageSize: _size, ...query } = q;
  const parts: string[] = [];
  if (query.set) parts.push(`Set: ${pretty(query.set)}`);
  if (query.levels?.length) parts.push(`Level: ${query.levels.join(", ")}`);
  if (query.topics?.length) parts.push(`Topic: ${query.topics.map(pretty).join(" + ")}`);
  if (query.companies?.length) parts.push(`Company: ${query.companies.map(pretty).join(", ")}`);
  if (query.bands?.length) parts.push(`Experience: ${query.bands.map((b) => EXPERIENCE_BAND_LABELS[b]).join(", ")}`);
  if (query.hasCode !== undefined) parts.push(query.hasCode ? "With code" : "Without code");
  if (query.q) parts.push(`Search: “${query.q}”`);
  return { source: { kind: "filter", query }, label: parts.join(" · ") || "Whole bank" };
}

/** The query string of a filter source (for links back to the list). */
export function sourceQueryString(source: PracticeSource): string {
  return source.kind === "due" ? "due" : toSearchParams(source.query).toString();
}

const pretty = (slug: string): string => slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

/** A practice session id (UUID). */
export const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
