import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "../../../../../../../core/errors";
import { saveAnswer } from "../../../../../../../db/practice/sessions";
import { resolveActor } from "../../../../../../lib/auth";
import { getDb } from "../../../../../../lib/db";
import { mutation, readJson } from "../../../../../../lib/http";

export const dynamic = "force-dynamic";

const Body = z
  .object({
    answer: z.string().max(20_000, "must be at most 20000 characters").default(""),
    /** Self-assessed score 0–5, until the grader scores it. */
    selfScore: z.number().int().min(0).max(5).nullable().optional(),
  })
  .strict();

/** PUT /api/practice/sessions/:id/answers/:position: save a typed answer (autosave) or a self-score. */
export async function PUT(request: Request, context: { params: Promise<{ id: string; position: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const { id, position } = await context.params;
    if (!/^\d{1,3}$/.test(position)) throw new AppError("INVALID_INPUT", "Path parameter 'position' must be a whole number", { parameter: "position" });
    const body = await readJson(request, Body, 64 * 1024);
    const actor = await resolveActor(request.headers);
    if (!actor) throw new AppError("NOT_FOUND", "No such practice session", { parameter: "id" });
    await saveAnswer(await getDb(), actor.owner, id, Number(position), { text: body.answer, selfScore: body.selfScore });
    return NextResponse.json({ saved: true });
  });
}
