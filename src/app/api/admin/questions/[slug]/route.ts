import { NextResponse } from "next/server";
import { AppError } from "../../../../../core/errors";
import { getEditorQuestion, saveQuestionDraft } from "../../../../../db/editorial/questions";
import { requireEditor } from "../../../../lib/admin";
import { SaveQuestionBody } from "../../../../lib/admin-schemas";
import { assertExamplesPass } from "../../../../lib/check-examples";
import { getDb } from "../../../../lib/db";
import { handle, mutation, readJson } from "../../../../lib/http";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

/** GET /api/admin/questions/:slug: the working copy, its state, revisions and the actions open to me. */
export async function GET(request: Request, context: Ctx): Promise<Response> {
  return handle(async () => {
    const actor = await requireEditor(request);
    const { slug } = await context.params;
    const q = await getEditorQuestion(await getDb(), slug, actor);
    if (!q) throw new AppError("NOT_FOUND", `No question with slug '${slug}'`);
    return NextResponse.json(q);
  });
}

/** PUT /api/admin/questions/:slug: save an edit as a new draft revision (examples checked first). */
export async function PUT(request: Request, context: Ctx): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug } = await context.params;
    const body = await readJson(request, SaveQuestionBody, 512 * 1024);
    await assertExamplesPass(body.draft);
    const revision = await saveQuestionDraft(await getDb(), actor, slug, body);
    return NextResponse.json({ slug, revision });
  });
}
