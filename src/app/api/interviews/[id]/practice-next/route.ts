import { NextResponse } from "next/server";
import { AppError } from "../../../../../core/errors";
import { queuePracticeNext } from "../../../../../db/interview/interviews";
import { resolveActor } from "../../../../lib/auth";
import { getDb } from "../../../../lib/db";
import { mutation } from "../../../../lib/http";

export const dynamic = "force-dynamic";

/** POST /api/interviews/:id/practice-next: put the report's weak questions into my review queue (due now). */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const { id } = await context.params;
    const actor = await resolveActor(request.headers);
    if (!actor) throw new AppError("NOT_FOUND", "No such interview", { parameter: "id" });
    return NextResponse.json({ queued: await queuePracticeNext(await getDb(), actor.owner, id) });
  });
}
