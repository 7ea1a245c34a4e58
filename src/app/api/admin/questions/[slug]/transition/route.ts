import { NextResponse } from "next/server";
import { transitionQuestion } from "../../../../../../db/editorial/questions";
import { requireEditor } from "../../../../../lib/admin";
import { TransitionBody } from "../../../../../lib/admin-schemas";
import { getDb } from "../../../../../lib/db";
import { mutation, readJson } from "../../../../../lib/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/questions/:slug/transition {action}: submit, request_changes, publish (not by
 * the latest revision's author), archive and unarchive (admins). 403 when not allowed, 409 from the wrong state.
 */
export async function POST(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug } = await context.params;
    const { action, message } = await readJson(request, TransitionBody);
    const state = await transitionQuestion(await getDb(), actor, slug, action, message);
    return NextResponse.json({ slug, workflowStatus: state });
  });
}
