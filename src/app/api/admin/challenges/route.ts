import { NextResponse } from "next/server";
import { listChallenges } from "../../../../db/queries/challenges";
import { requireEditor } from "../../../lib/admin";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/challenges: every challenge (import more from the import page). */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await requireEditor(request);
    return NextResponse.json({ challenges: await listChallenges(await getDb()) });
  });
}
