import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from "yaml";
import { z } from "zod";
import { EXPERIENCE_BANDS, LEVELS } from "../bank/levels";
import { TOPIC_SLUGS } from "../bank/topics";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single dashes)");

function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9`*_(])/).filter((s) => s.trim().length > 0).length;
}

const regex = z.string().min(3).refine((p) => {
  try {
    new RegExp(p, "i");
    return true;
  } catch {
    return false;
  }
}, "is not a valid regular expression");

/** A rubric key point: what an answer should say, other ways to say it, its weight, wrong statements to catch. */
export const RubricPointSchema = z
  .object({
    point: z.string().min(10).max(240),
    aliases: z.array(z.string().min(1).max(80)).max(12).default([]),
    weight: z.number().int().min(1).max(3),
    misconceptions: z
      .array(z.object({ pattern: regex, correction: z.string().min(10).max(400) }).strict())
      .max(6)
      .default([]),
  })
  .strict();

export const CodeExampleSchema = z
  .object({
    title: z.string().min(3).max(120).optional(),
    code: z.string().min(1).max(4000),
    output: z.string().max(4000),
  })
  .strict();

const isoDate = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** The front matter of a question file (content/README.md documents each field). */
export const QuestionFrontMatterSchema = z
  .object({
    slug,
    title: z.string().min(10).max(200),
    level: z.enum(LEVELS),
    topics: z
      .array(z.string().refine((t) => TOPIC_SLUGS.has(t), { message: `is not a known topic (known: ${[...TOPIC_SLUGS].join(", ")})` }))
      .min(1)
      .max(3),
    companies: z.array(slug).default([]),
    bands: z.array(z.enum(EXPERIENCE_BANDS)).min(1).max(3),
    summary: z
      .string()
      .min(40)
      .max(900)
      .refine((s) => sentenceCount(s) >= 2 && sentenceCount(s) <= 4, { message: "must be 2–4 sentences" }),
    rubric: z.array(RubricPointSchema).min(3, "needs at least 3 key points").max(7, "has more than 7 key points"),
    examples: z.array(CodeExampleSchema).max(4).default([]),
    related: z.array(slug).max(6).default([]),
    seeds: z.array(z.string().regex(/^\d{3}#\d+$/, "must look like 002#14")).default([]),
    reviewed_by: z.string().min(2).max(80),
    last_updated: isoDate,
  })
  .strict();

export type QuestionFrontMatter = z.infer<typeof QuestionFrontMatterSchema>;
export type RubricPoint = z.infer<typeof RubricPointSchema>;

/** A question file, parsed. */
export interface QuestionFile extends QuestionFrontMatter {
  /** The Markdown answer (the file's body). */
  answerMd: string;
  /** The file's path as given. */
  file: string;
  /** 1-based line where each example's `code` starts, for error messages. */
  exampleLines: number[];
  /** 1-based line of each top-level front matter key ("related" → 14). */
  fieldLines: Record<string, number>;
}

/** One problem found in a content file, with its 1-based line. */
export interface ContentIssue {
  file: string;
  line: number;
  message: string;
}

/** A parse result: the question, or the issues that stop it. */
export type ParseQuestionFileResult = { ok: true; question: QuestionFile } | { ok: false; issues: ContentIssue[] };

function lineOfPath(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: (string | number | symbol)[], offsetLines: number): number {
  let node: unknown = doc.contents;
  let last: YamlNode | null = (doc.contents as YamlNode | null) ?? null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      node = pair.value;
      last = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (!node) break;
      last = node as YamlNode;
    } else break;
  }
  const offset = last?.range?.[0] ?? 0;
  return counter.linePos(offset).line + offsetLines;
}

/**
 * Parses a question file: `---` YAML front matter `---`, then the Markdown answer. Never throws:
 * returns every schema issue with its line ("examples.0.output: Required" at the line of that key).
 */
export function parseQuestionFile(file: string, text: string): ParseQuestionFileResult {
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(src);
  if (!m) return { ok: false, issues: [{ file, line: 1, message: "expected YAML front matter between '---' lines at the top of the file" }] };
  const yamlText = m[1] ?? "";
  const body = (m[2] ?? "").trim();
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    return { ok: false, issues: doc.errors.map((e) => ({ file, line: (e.linePos?.[0]?.line ?? 1) + 1, message: `YAML: ${e.message.split("\n")[0]}` })) };
  }
  const parsed = QuestionFrontMatterSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ file, line: lineOfPath(doc, counter, i.path as (string | number)[], 1), message: `${i.path.join(".") || "front matter"}: ${i.message}` })),
    };
  }
  const bodyStart = yamlText.split("\n").length + 2;
  const issues: ContentIssue[] = [];
  if (body.length < 80) issues.push({ file, line: bodyStart, message: "the answer (Markdown body) is missing or shorter than 80 characters" });
  const fence = /^```(?:python|py)\s*$/m.exec(body);
  if (fence) {
    const line = bodyStart + body.slice(0, fence.index).split("\n").length - 1;
    issues.push({ file, line, message: "fenced Python in the answer body: move runnable code into `examples` so that it is executed and checked" });
  }
  if (issues.length) return { ok: false, issues };
  const exampleLines = parsed.data.examples.map((_, i) => lineOfPath(doc, counter, ["examples", i, "code"], 1));
  const fieldLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = (pair.key as { value?: unknown; range?: [number, number, number] } | null) ?? null;
      if (key && typeof key.value === "string") fieldLines[key.value] = counter.linePos(key.range?.[0] ?? 0).line + 1;
    }
  }
  return { ok: true, question: { ...parsed.data, answerMd: body, file, exampleLines, fieldLines } };
}
