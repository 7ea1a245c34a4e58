import { NextResponse } from "next/server";
import { restoreRevision } from "../../../../../../../../db/editorial/questions";
import { requireEditor } from "../../../../../../../lib/admin";
import { revisionNumber } from "../../../../../../../lib/admin-schemas";
import { getDb } from "../../../../../../../lib/db";
import { mutation } from "../../../../../../../lib/http";

export const dynamic = "force-dynamic";

/** POST /api/admin/questions/:slug/revisions/:number/restore: that revision's content becomes a new draft revision. */
export async function POST(request: Request, context: { params: Promise<{ slug: string; number: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug, number } = await context.params;
    const revision = await restoreRevision(await getDb(), actor, slug, revisionNumber(number));
    return NextResponse.json({ slug, revision });
  });
}
