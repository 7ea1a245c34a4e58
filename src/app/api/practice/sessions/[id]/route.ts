import { NextResponse } from "next/server";
import { AppError } from "../../../../../core/errors";
import { getSession } from "../../../../../db/practice/sessions";
import { resolveActor } from "../../../../lib/auth";
import { getDb } from "../../../../lib/db";
import { handle } from "../../../../lib/http";
import { SESSION_ID } from "../../../../lib/practice-source";

export const dynamic = "force-dynamic";

/** GET /api/practice/sessions/:id: the session's questions, answers and ratings (owner only). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const { id } = await context.params;
    if (!SESSION_ID.test(id)) throw new AppError("INVALID_INPUT", `Path parameter 'id' has '${id}'; expected a session id (UUID)`, { parameter: "id" });
    const actor = await resolveActor(request.headers);
    if (!actor) throw new AppError("NOT_FOUND", "No such practice session", { parameter: "id" });
    return NextResponse.json(await getSession(await getDb(), actor.owner, id));
  });
}
