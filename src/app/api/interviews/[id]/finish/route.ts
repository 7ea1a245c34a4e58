import { NextResponse } from "next/server";
import { AppError } from "../../../../../core/errors";
import { finishInterview } from "../../../../../db/interview/interviews";
import { resolveActor } from "../../../../lib/auth";
import { getDb } from "../../../../lib/db";
import { mutation } from "../../../../lib/http";
import { INTERVIEW_ID } from "../../../../lib/interview-input";

export const dynamic = "force-dynamic";

/** POST /api/interviews/:id/finish: end now (unanswered question dropped); returns the report. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const { id } = await context.params;
    if (!INTERVIEW_ID.test(id)) throw new AppError("INVALID_INPUT", `Path parameter 'id' has '${id}'; expected an interview id (UUID)`, { parameter: "id" });
    const actor = await resolveActor(request.headers);
    if (!actor) throw new AppError("NOT_FOUND", "No such interview", { parameter: "id" });
    return NextResponse.json({ report: await finishInterview(await getDb(), actor.owner, id) });
  });
}
