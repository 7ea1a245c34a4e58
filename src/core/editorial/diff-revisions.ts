/**
 * Field-by-field differences between two revisions of a question, for the history page.
 * Text is compared by words, lists and structured fields by lines of their readable form.
 * Pure.
 */
import { diffLines, diffWordsWithSpace } from "diff";
import type { QuestionDraft } from "./question-draft";

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface FieldDiff {
  field: keyof QuestionDraft;
  label: string;
  parts: DiffPart[];
}

const LABELS: Record<keyof QuestionDraft, string> = {
  title: "Title",
  level: "Level",
  topics: "Topics",
  companies: "Companies",
  bands: "Experience",
  summary: "Summary",
  answerMd: "Answer",
  rubric: "Rubric",
  examples: "Code examples",
  related: "Related",
};

function readable(field: keyof QuestionDraft, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (field === "rubric") {
    return (value as QuestionDraft["rubric"]).map((r) => `- [${r.weight}] ${r.point}${r.aliases.length ? ` (also: ${r.aliases.join(", ")})` : ""}${r.misconceptions.map((m) => `\n    ✗ /${m.pattern}/ → ${m.correction}`).join("")}`).join("\n");
  }
  if (field === "examples") {
    return (value as QuestionDraft["examples"]).map((e, i) => `# Example ${i + 1}${e.title ? `: ${e.title}` : ""} (${e.language})\n${e.code}\n# output:\n${e.output ?? "(not checked)"}`).join("\n\n");
  }
  if (Array.isArray(value)) return value.join(", ");
  return JSON.stringify(value, null, 2);
}

/** The fields that differ between `before` (null: an empty question) and `after`, in form order. */
export function diffRevisions(before: Partial<QuestionDraft> | null, after: Partial<QuestionDraft>): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of Object.keys(LABELS) as (keyof QuestionDraft)[]) {
    const a = readable(field, before?.[field]);
    const b = readable(field, after[field]);
    if (a === b) continue;
    const multiline = field === "rubric" || field === "examples" || field === "answerMd";
    const parts = (multiline ? diffLines(a, b) : diffWordsWithSpace(a, b)).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }));
    out.push({ field, label: LABELS[field], parts });
  }
  return out;
}
