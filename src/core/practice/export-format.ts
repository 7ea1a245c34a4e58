/**
 * The candidate's own data as JSON ("pyprep-practice" v1): cards, the review history,
 * bookmarks, notes and settings. Questions are named by slug, so a file moves between installs.
 */
import { z } from "zod";

const isoDate = z.iso.datetime({ offset: true });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a question slug");

export const PracticeExportSchema = z.object({
  format: z.literal("pyprep-practice"),
  version: z.literal(1),
  exportedAt: isoDate,
  settings: z
    .object({
      newPerDay: z.number().int().min(0).max(500),
      requestRetention: z.number().min(0.7).max(0.97),
      timeZone: z.string().min(1).max(64),
    })
    .optional(),
  cards: z
    .array(
      z.object({
        question: slug,
        due: isoDate,
        stability: z.number().min(0),
        difficulty: z.number().min(0).max(10),
        elapsedDays: z.number().int().min(0),
        scheduledDays: z.number().int().min(0),
        learningSteps: z.number().int().min(0),
        reps: z.number().int().min(0),
        lapses: z.number().int().min(0),
        state: z.number().int().min(0).max(3),
        lastReview: isoDate.nullable(),
      }),
    )
    .max(200_000),
  reviews: z
    .array(
      z.object({
        question: slug,
        rating: z.number().int().min(1).max(4),
        state: z.number().int().min(0).max(3),
        due: isoDate,
        stability: z.number().min(0),
        difficulty: z.number().min(0).max(10),
        elapsedDays: z.number().int().min(0),
        lastElapsedDays: z.number().int().min(0),
        scheduledDays: z.number().int().min(0),
        learningSteps: z.number().int().min(0),
        review: isoDate,
        nextDue: isoDate,
        durationMs: z.number().int().min(0).nullable(),
      }),
    )
    .max(1_000_000),
  bookmarks: z.array(z.object({ question: slug, createdAt: isoDate })).max(200_000),
  notes: z.array(z.object({ question: slug, body: z.string().max(20_000), updatedAt: isoDate })).max(200_000),
});

export type PracticeExport = z.infer<typeof PracticeExportSchema>;

/** What an import did. Questions this install does not have are skipped and listed. */
export interface ImportReport {
  cards: number;
  reviews: number;
  bookmarks: number;
  notes: number;
  /** Slugs in the file that this bank does not hold. */
  unknownQuestions: string[];
}
