import { NextResponse } from "next/server";
import { z } from "zod";
import { createScheduler, formatInterval, parseRating } from "../../../../core/practice/scheduler";
import { rateQuestion, getCard, questionIdOf } from "../../../../db/practice/reviews";
import { getSettings } from "../../../../db/practice/settings";
import { resolveActor, withGuestCookie } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

const Body = z
  .object({
    question: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a question slug"),
    rating: z.union([z.number(), z.string()]),
    sessionId: z.string().uuid().optional(),
    durationMs: z.number().int().min(0).max(24 * 3600 * 1000).optional(),
  })
  .strict();

/**
 * POST /api/practice/reviews: rate a flashcard (1 Again, 2 Hard, 3 Good, 4 Easy, or the words);
 * FSRS reschedules it. Returns the card with its next due date and what each button would give
 * next time.
 */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const body = await readJson(request, Body);
    const rating = parseRating(body.rating);
    const actor = await resolveActor(request.headers, { create: true });
    const db = await getDb();
    const now = new Date();
    const result = await rateQuestion(db, { owner: actor.owner, question: body.question, rating, now, durationMs: body.durationMs, sessionId: body.sessionId });
    const settings = await getSettings(db, actor.owner);
    const card = await getCard(db, actor.owner, await questionIdOf(db, body.question));
    const preview = createScheduler({ requestRetention: settings.requestRetention, enableFuzz: false }).preview(card, now);
    const nextLabels = Object.fromEntries(Object.entries(preview).map(([k, d]) => [k, formatInterval(now, d)]));
    return withGuestCookie(
      NextResponse.json({ ...result, dueIn: formatInterval(now, new Date(result.card.due)), nextIntervals: nextLabels }, { status: 201 }),
      actor,
    );
  });
}
