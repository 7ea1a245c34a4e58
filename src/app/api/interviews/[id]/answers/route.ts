import { NextResponse } from "next/server";
import { AppError } from "../../../../../core/errors";
import { answerTurn, getInterview } from "../../../../../db/interview/interviews";
import { resolveActor } from "../../../../lib/auth";
import { getDb } from "../../../../lib/db";
import { getGrader } from "../../../../lib/grader";
import { mutation, readJson } from "../../../../lib/http";
import { INTERVIEW_ID, InterviewAnswer } from "../../../../lib/interview-input";

export const dynamic = "force-dynamic";

/**
 * POST /api/interviews/:id/answers: answer the current question. Returns the grade (per-point
 * verdicts with evidence spans, misconceptions, feedback, score 0–5), the new ability estimate,
 * and the next question, or `finished: true` with the report.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const { id } = await context.params;
    if (!INTERVIEW_ID.test(id)) throw new AppError("INVALID_INPUT", `Path parameter 'id' has '${id}'; expected an interview id (UUID)`, { parameter: "id" });
    const body = await readJson(request, InterviewAnswer, 100 * 1024);
    const actor = await resolveActor(request.headers);
    if (!actor) throw new AppError("NOT_FOUND", "No such interview", { parameter: "id" });
    const db = await getDb();
    const result = await answerTurn(db, await getGrader(), actor.owner, id, body);
    const after = await getInterview(db, actor.owner, id);
    return NextResponse.json({ ...result, next: after.current, report: after.report });
  });
}
