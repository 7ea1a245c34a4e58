import { NextResponse } from "next/server";
import { getRevision } from "../../../../../../../db/editorial/questions";
import { requireEditor } from "../../../../../../lib/admin";
import { revisionNumber } from "../../../../../../lib/admin-schemas";
import { getDb } from "../../../../../../lib/db";
import { handle } from "../../../../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/questions/:slug/revisions/:number: the snapshot and its diff from the revision before. */
export async function GET(request: Request, context: { params: Promise<{ slug: string; number: string }> }): Promise<Response> {
  return handle(async () => {
    await requireEditor(request);
    const { slug, number } = await context.params;
    return NextResponse.json(await getRevision(await getDb(), slug, revisionNumber(number)));
  });
}
