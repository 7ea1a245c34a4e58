import { NextResponse } from "next/server";
import { listSubmissions } from "../../../../../db/queries/challenges";
import { getDb } from "../../../../lib/db";
import { handle } from "../../../../lib/http";
import { currentOwner } from "../../../../lib/owner";

export const dynamic = "force-dynamic";

/** GET /api/challenges/:slug/submissions: this browser's latest 20 runs and submissions, newest first. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await context.params;
    const owner = await currentOwner(false);
    const items = owner ? await listSubmissions(await getDb(), slug, owner) : [];
    return NextResponse.json({ items });
  });
}
