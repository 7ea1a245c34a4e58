import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { ContentIssue } from "./question-file";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case");

/** A curated set file (content/sets/<slug>.yaml): an ordered list of question slugs. */
export const SetFileSchema = z
  .object({
    slug,
    title: z.string().min(3).max(120),
    description: z.string().min(10).max(600),
    featured: z.boolean().default(false),
    questions: z.array(slug).min(1),
  })
  .strict();

export type SetFile = z.infer<typeof SetFileSchema> & { file: string; questionLines: number[] };

/** Parses a set file; returns its issues with lines instead of throwing. */
export function parseSetFile(file: string, text: string): { ok: true; set: SetFile } | { ok: false; issues: ContentIssue[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) return { ok: false, issues: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line ?? 1, message: `YAML: ${e.message.split("\n")[0]}` })) };
  const parsed = SetFileSchema.safeParse(doc.toJS());
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ file, line: 1, message: `${i.path.join(".")}: ${i.message}` })) };
  const items = (doc.get("questions", true) as { items?: { range?: [number, number, number] }[] } | undefined)?.items ?? [];
  const questionLines = parsed.data.questions.map((_, i) => counter.linePos(items[i]?.range?.[0] ?? 0).line);
  return { ok: true, set: { ...parsed.data, file, questionLines } };
}
