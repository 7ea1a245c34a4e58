import { NextResponse } from "next/server";
import { getProgress } from "../../../../db/practice/progress";
import { resolveActor } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/practice/progress: the dashboard's figures for the current user or guest. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const actor = await resolveActor(request.headers);
    const owner = actor?.owner ?? "guest:none";
    return NextResponse.json(await getProgress(await getDb(), owner));
  });
}
