import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { TOPIC_SLUGS } from "../bank/topics";
import type { ContentIssue } from "../content/question-file";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case");
const code = z.string().min(1).max(20_000);

/** Difficulty labels of challenges (mapped to levels for practice: Easy → Junior, Medium → Mid, Hard → Senior). */
export const DIFFICULTIES = ["Easy", "Medium", "Hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The front matter of a challenge file (content/challenges/README.md documents each field). */
export const ChallengeFrontMatterSchema = z
  .object({
    slug,
    title: z.string().min(5).max(160),
    difficulty: z.enum(DIFFICULTIES),
    topics: z
      .array(z.string().refine((t) => TOPIC_SLUGS.has(t), { message: "is not a known topic" }))
      .min(1)
      .max(3),
    related_questions: z.array(slug).max(4).default([]),
    time_limit_ms: z.number().int().min(100).max(10_000).default(2000),
    starter: code,
    examples: z.array(code).min(1).max(5),
    hidden_tests: z.array(code).min(3).max(30),
    solution: code,
    wrong_solution: code,
  })
  .strict();

export type ChallengeFile = z.infer<typeof ChallengeFrontMatterSchema> & { statementMd: string; file: string };

/** Parses a challenge file; returns its issues (with lines) instead of throwing. */
export function parseChallengeFile(file: string, text: string): { ok: true; challenge: ChallengeFile } | { ok: false; issues: ContentIssue[] } {
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(src);
  if (!m) return { ok: false, issues: [{ file, line: 1, message: "expected YAML front matter between '---' lines" }] };
  const counter = new LineCounter();
  const doc = parseDocument(m[1] ?? "", { lineCounter: counter });
  if (doc.errors.length) return { ok: false, issues: doc.errors.map((e) => ({ file, line: (e.linePos?.[0]?.line ?? 1) + 1, message: `YAML: ${e.message.split("\n")[0]}` })) };
  const parsed = ChallengeFrontMatterSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => {
        const top = String(i.path[0] ?? "");
        const node = top ? (doc.get(top, true) as { range?: [number, number, number] } | undefined) : undefined;
        return { file, line: counter.linePos(node?.range?.[0] ?? 0).line + 1, message: `${i.path.join(".") || "front matter"}: ${i.message}` };
      }),
    };
  }
  const statementMd = (m[2] ?? "").trim();
  if (statementMd.length < 40) return { ok: false, issues: [{ file, line: (m[1] ?? "").split("\n").length + 2, message: "the statement (Markdown body) is missing or too short" }] };
  return { ok: true, challenge: { ...parsed.data, statementMd, file } };
}
