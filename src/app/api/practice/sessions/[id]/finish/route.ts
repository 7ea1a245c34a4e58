import { NextResponse } from "next/server";
import { AppError } from "../../../../../../core/errors";
import { finishSession, getSession, gradeSessionAnswers } from "../../../../../../db/practice/sessions";
import { resolveActor } from "../../../../../lib/auth";
import { getDb } from "../../../../../lib/db";
import { getGrader } from "../../../../../lib/grader";
import { mutation } from "../../../../../lib/http";

export const dynamic = "force-dynamic";

/** POST /api/practice/sessions/:id/finish: end the session (idempotent); returns it with its answers. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const { id } = await context.params;
    const actor = await resolveActor(request.headers);
    if (!actor) throw new AppError("NOT_FOUND", "No such practice session", { parameter: "id" });
    const db = await getDb();
    await finishSession(db, actor.owner, id);
    // Typed answers of timed sessions are graded against the rubric once the session ends.
    await gradeSessionAnswers(db, actor.owner, id, await getGrader());
    return NextResponse.json(await getSession(db, actor.owner, id));
  });
}
