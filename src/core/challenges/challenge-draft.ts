/**
 * A challenge as editors write it in the admin (camelCase, as stored): the fields of a challenge
 * file (challenge-file.ts) with the same rules, except that topics may be empty (HumanEval and
 * MBPP imports have none) and there is no wrong solution (it is not stored).
 */
import { z } from "zod";
import { ChallengeFrontMatterSchema } from "./challenge-file";

const file = ChallengeFrontMatterSchema.shape;

export const ChallengeDraftSchema = z
  .object({
    title: file.title,
    difficulty: file.difficulty,
    topics: z.array(file.topics.element).max(3),
    relatedQuestions: file.related_questions,
    statementMd: z.string().trim().min(40, "is too short (40 characters at least)").max(100_000),
    starter: file.starter,
    examples: file.examples,
    hiddenTests: z.array(file.hidden_tests.element).min(1).max(30),
    solution: file.solution,
    timeLimitMs: file.time_limit_ms,
  })
  .strict();

export type ChallengeDraft = z.infer<typeof ChallengeDraftSchema>;
