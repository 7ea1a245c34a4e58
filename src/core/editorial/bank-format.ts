/**
 * The bank's portable format ("pyprep-bank", version 1): every question (live content and
 * public status, topics, companies, rubric, examples, seed-page sources), curated set and
 * challenge, as one JSON document. Exporting a bank and importing the file into an empty install
 * gives the same bank. CSV carries questions only, one row each (see bank-csv.ts).
 */
import { z } from "zod";
import { DIFFICULTIES } from "../challenges/challenge-file";
import { EXPERIENCE_BANDS, LEVELS } from "../bank/levels";
import { TOPIC_SLUGS } from "../bank/topics";
import { RubricPointSchema } from "../content/question-file";
import { DraftExampleSchema, SlugSchema, type QuestionDraft } from "./question-draft";
import { WORKFLOW_STATES } from "./workflow";

export const BANK_FORMAT = "pyprep-bank";
export const BANK_VERSION = 1;

const isoDateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be a date and time (ISO 8601)");

export const BankSourceSchema = z
  .object({
    page: z.string().min(1),
    pageTitle: z.string(),
    position: z.number().int().min(1),
    line: z.number().int().min(0),
    originalTitle: z.string(),
    levelLabel: z.string(),
    answerMd: z.string(),
    quickSummary: z.string().nullable(),
  })
  .strict();

/** A question of the bank. Looser than an editor's draft: imported seed content may lack topics or an answer. */
export const BankQuestionSchema = z
  .object({
    slug: SlugSchema,
    title: z.string().trim().min(1).max(500),
    level: z.enum(LEVELS),
    status: z.enum(WORKFLOW_STATES).default("published"),
    origin: z.string().min(1).max(40).default("import"),
    topics: z.array(z.string().refine((t) => TOPIC_SLUGS.has(t), { message: "is not a known topic" })).max(6).default([]),
    companies: z.array(SlugSchema).default([]),
    bands: z.array(z.enum(EXPERIENCE_BANDS)).max(3).default([]),
    summary: z.string().max(5000).default(""),
    answerMd: z.string().max(200_000).default(""),
    rubric: z.array(RubricPointSchema).max(12).default([]),
    examples: z.array(DraftExampleSchema).max(30).default([]),
    related: z.array(SlugSchema).max(12).default([]),
    seeds: z.array(z.string()).default([]),
    reviewedBy: z.string().max(120).nullable().default(null),
    reviewedAt: isoDateTime.nullable().default(null),
    createdAt: isoDateTime.optional(),
    updatedAt: isoDateTime.optional(),
    /** Omitted: keep the sources a question already has. */
    sources: z.array(BankSourceSchema).optional(),
  })
  .strict();

export const BankSetSchema = z
  .object({
    slug: SlugSchema,
    title: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(""),
    kind: z.enum(["curated", "company", "page"]).default("curated"),
    companySlug: SlugSchema.nullable().default(null),
    featured: z.boolean().default(false),
    questions: z.array(SlugSchema),
  })
  .strict();

export const BankChallengeSchema = z
  .object({
    slug: SlugSchema,
    title: z.string().trim().min(1).max(300),
    difficulty: z.enum(DIFFICULTIES),
    topics: z.array(z.string()).default([]),
    relatedQuestions: z.array(z.string()).default([]),
    statementMd: z.string().min(1),
    starter: z.string(),
    examples: z.array(z.string()),
    hiddenTests: z.array(z.string()),
    solution: z.string(),
    timeLimitMs: z.number().int().min(100).max(60_000).default(2000),
    origin: z.string().min(1).max(40).default("import"),
  })
  .strict();

export const BankCompanySchema = z.object({ slug: SlugSchema, name: z.string().min(1).max(120) }).strict();

export type BankQuestion = z.infer<typeof BankQuestionSchema>;
export type BankSet = z.infer<typeof BankSetSchema>;
export type BankChallenge = z.infer<typeof BankChallengeSchema>;
export type BankCompany = z.infer<typeof BankCompanySchema>;

/** A whole bank as exported. */
export interface BankExport {
  format: typeof BANK_FORMAT;
  version: typeof BANK_VERSION;
  exportedAt: string;
  companies: BankCompany[];
  questions: BankQuestion[];
  sets: BankSet[];
  challenges: BankChallenge[];
}

/** The envelope of an export file; records are validated one by one (bad ones are rejected, not fatal). */
export const BankEnvelopeSchema = z.object({
  format: z.literal(BANK_FORMAT, { message: `is not '${BANK_FORMAT}': this is not a PyPrep bank export` }),
  version: z.literal(BANK_VERSION, { message: `must be ${BANK_VERSION}` }),
  exportedAt: z.string().optional(),
  companies: z.array(z.unknown()).default([]),
  questions: z.array(z.unknown()).default([]),
  sets: z.array(z.unknown()).default([]),
  challenges: z.array(z.unknown()).default([]),
});

/** The editable part of a bank question (a revision's snapshot). */
export function draftOfBankQuestion(q: BankQuestion): QuestionDraft {
  return {
    title: q.title,
    level: q.level,
    topics: q.topics,
    companies: q.companies,
    bands: q.bands,
    summary: q.summary,
    answerMd: q.answerMd,
    rubric: q.rubric,
    examples: q.examples,
    related: q.related,
  };
}
