import { z } from "zod";

/** Body of POST /api/interviews. */
export const InterviewSetup = z
  .object({
    level: z.enum(["Junior", "Mid", "Senior"]),
    questions: z.number().int().min(1).max(30).default(5),
    minutes: z.number().int().min(1).max(180).optional(),
    topics: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be topic slugs")).max(15).optional(),
    set: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a set slug").optional(),
    company: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a company slug").optional(),
    feedback: z.enum(["each", "end"]).default("each"),
    followUps: z.boolean().default(true),
  })
  .strict();

/** Body of POST /api/interviews/:id/answers. */
export const InterviewAnswer = z
  .object({
    answer: z.string().max(20_000, "must be at most 20000 characters"),
    durationMs: z.number().int().min(0).max(6 * 3600 * 1000).optional(),
  })
  .strict();

/** An interview id (UUID). */
export const INTERVIEW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
