/**
 * The editable content of a question (what a revision stores), validated with the field schemas
 * of our content format (content/README.md), relaxed where imported seed questions differ: no
 * rubric needed, any summary length, examples of any language and without a checked output.
 */
import { z } from "zod";
import { EXPERIENCE_BANDS, LEVELS } from "../bank/levels";
import { TOPIC_SLUGS } from "../bank/topics";
import { RubricPointSchema } from "../content/question-file";

export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single dashes)").max(100);

/** A code example as editors see it; `output` null: not checked (imported seed code). */
export const DraftExampleSchema = z
  .object({
    title: z.string().max(120).optional(),
    language: z.string().min(1).max(30).default("python"),
    code: z.string().min(1, "is empty").max(4000),
    output: z.string().max(4000).nullable(),
  })
  .strict();

export const QuestionDraftSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    level: z.enum(LEVELS),
    topics: z
      .array(z.string().refine((t) => TOPIC_SLUGS.has(t), { message: `is not a known topic (known: ${[...TOPIC_SLUGS].join(", ")})` }))
      .min(1, "needs at least one topic")
      .max(4),
    companies: z.array(SlugSchema).max(20).default([]),
    bands: z.array(z.enum(EXPERIENCE_BANDS)).min(1, "needs at least one experience band").max(3),
    summary: z.string().max(900).default(""),
    answerMd: z.string().trim().min(1, "is empty").max(100_000),
    rubric: z.array(RubricPointSchema).max(7).default([]),
    examples: z.array(DraftExampleSchema).max(8).default([]),
    related: z.array(SlugSchema).max(6).default([]),
  })
  .strict();

export type QuestionDraft = z.infer<typeof QuestionDraftSchema>;
export type DraftExample = z.infer<typeof DraftExampleSchema>;

/** Examples that are run and compared before saving: Python with an expected output. */
export function checkedExamples(draft: Pick<QuestionDraft, "examples">): { index: number; code: string; output: string }[] {
  return draft.examples.flatMap((e, index) => (e.output !== null && /^(python|py)$/i.test(e.language) ? [{ index, code: e.code, output: e.output }] : []));
}
