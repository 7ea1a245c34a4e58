import { NextResponse } from "next/server";
import { AppError } from "../../../../core/errors";
import { getInterview } from "../../../../db/interview/interviews";
import { resolveActor } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";
import { INTERVIEW_ID } from "../../../lib/interview-input";

export const dynamic = "force-dynamic";

/** GET /api/interviews/:id: setup, turns with grades, the current question, and the report once finished. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await context.params;
    if (!INTERVIEW_ID.test(id)) throw new AppError("INVALID_INPUT", `Path parameter 'id' has '${id}'; expected an interview id (UUID)`, { parameter: "id" });
    const actor = await resolveActor(request.headers);
    if (!actor) throw new AppError("NOT_FOUND", "No such interview", { parameter: "id" });
    return NextResponse.json(await getInterview(await getDb(), actor.owner, id));
  });
}
