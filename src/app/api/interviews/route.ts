import { NextResponse } from "next/server";
import { listInterviews, startInterview } from "../../../db/interview/interviews";
import { resolveActor, withGuestCookie } from "../../lib/auth";
import { getDb } from "../../lib/db";
import { getGrader } from "../../lib/grader";
import { handle, mutation, readJson } from "../../lib/http";
import { InterviewSetup } from "../../lib/interview-input";

export const dynamic = "force-dynamic";

/** POST /api/interviews: start a mock interview; 201 with its id and URL. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const setup = await readJson(request, InterviewSetup);
    const actor = await resolveActor(request.headers, { create: true });
    void getGrader().catch(() => undefined); // warm the grader while the candidate reads the first question
    const { id } = await startInterview(await getDb(), actor.owner, setup);
    return withGuestCookie(NextResponse.json({ id, url: `/interview/${id}` }, { status: 201 }), actor);
  });
}

/** GET /api/interviews: my interviews, newest first. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const actor = await resolveActor(request.headers);
    return NextResponse.json({ items: actor ? await listInterviews(await getDb(), actor.owner) : [] });
  });
}
