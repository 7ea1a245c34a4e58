/** Request bodies of the admin API (zod), shared by the route handlers and the OpenAPI notes. */
import { z } from "zod";
import { ChallengeDraftSchema } from "../../core/challenges/challenge-draft";
import { AppError } from "../../core/errors";
import { QuestionDraftSchema, SlugSchema } from "../../core/editorial/question-draft";
import { IMPORT_FORMATS } from "../../core/editorial/read-import-files";
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from "../../core/editorial/workflow";
import { ROLES } from "../../db/schema";

export const CreateQuestionBody = z.object({ draft: QuestionDraftSchema, message: z.string().max(500).optional(), slug: SlugSchema.optional() }).strict();
export const SaveQuestionBody = z.object({ draft: QuestionDraftSchema, message: z.string().max(500).optional(), baseRevision: z.number().int().min(0).optional() }).strict();
export const TransitionBody = z.object({ action: z.enum(WORKFLOW_ACTIONS), message: z.string().max(500).optional() }).strict();
export const SimilarBody = z.object({ title: z.string().max(500), summary: z.string().max(5000).optional(), answerMd: z.string().max(100_000).optional(), excludeSlug: z.string().max(200).optional() }).strict();
export const PreviewBody = z.object({ markdown: z.string().max(100_000) }).strict();
export const RunExamplesBody = z.object({ examples: z.array(z.object({ code: z.string().min(1).max(4000), output: z.string().max(4000).nullable() }).strict()).min(1).max(8) }).strict();
export const SetBody = z
  .object({ title: z.string().trim().min(3).max(120), description: z.string().max(600).default(""), featured: z.boolean().default(false), questions: z.array(SlugSchema).max(500) })
  .strict();
export const CreateSetBody = SetBody.extend({ slug: SlugSchema });
export const ImportBody = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    files: z.array(z.object({ name: z.string().min(1).max(200), text: z.string() }).strict()).min(1).max(200),
    commit: z.boolean().default(false),
  })
  .strict();
export const SaveChallengeBody = z.object({ challenge: ChallengeDraftSchema }).strict();
export const CreateChallengeBody = SaveChallengeBody.extend({ slug: SlugSchema });
/** Largest challenge body, in bytes (code fields are up to 20,000 characters each). */
export const MAX_CHALLENGE_BYTES = 1024 * 1024;
export const RoleBody = z.object({ role: z.enum(ROLES) }).strict();
export const ListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(WORKFLOW_STATES).optional(),
  level: z.string().max(20).optional(),
  topic: z.string().max(60).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** Largest import upload, in bytes (JSON of the whole bank, seed pages). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Parses a revision number from the URL. @throws AppError INVALID_INPUT */
export function revisionNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AppError("INVALID_INPUT", `Revision '${value}' is not a positive whole number`, { parameter: "number" });
  return n;
}
