import type { SQL } from "drizzle-orm";
import type { Db } from "../client";

/** Runs raw SQL and returns its rows, the same way for PGlite and node-postgres. */
export async function rows<T>(db: Pick<Db, "execute">, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A timestamp column as ISO 8601 (drivers give Date or string). */
export function iso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Start and stop markers ts_headline puts around matches; control characters never in our text. */
export const MARK_START = "\u0001";
export const MARK_STOP = "\u0002";

/** Turns ts_headline output into safe HTML: escapes everything, then marks become <mark>. */
export function headlineToHtml(text: string): string {
  return escapeHtml(text.replace(/\s+/g, " ").trim()).replaceAll(MARK_START, "<mark>").replaceAll(MARK_STOP, "</mark>");
}

/** A json/jsonb column as a value: node-postgres parses it, some raw PGlite paths give text. */
export function jsonValue<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
