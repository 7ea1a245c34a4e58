import { NextResponse } from "next/server";
import { AppError } from "../../../../core/errors";
import { createQuestion, findSimilarQuestions, listAdminQuestions } from "../../../../db/editorial/questions";
import { requireEditor } from "../../../lib/admin";
import { CreateQuestionBody, ListQuery } from "../../../lib/admin-schemas";
import { assertExamplesPass } from "../../../lib/check-examples";
import { getDb } from "../../../lib/db";
import { handle, mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/questions?q=&status=&level=&topic=&page=: every question, any status (editors). */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await requireEditor(request);
    const parsed = ListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("INVALID_INPUT", `Parameter '${parsed.error.issues[0]?.path.join(".")}' ${parsed.error.issues[0]?.message}`);
    const { status, ...rest } = parsed.data;
    return NextResponse.json(await listAdminQuestions(await getDb(), { ...rest, ...(status ? { workflowStatus: status } : {}) }));
  });
}

/** POST /api/admin/questions: create a draft (examples must print their expected output); returns its slug and similar questions. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const body = await readJson(request, CreateQuestionBody, 512 * 1024);
    await assertExamplesPass(body.draft);
    const db = await getDb();
    const slug = await createQuestion(db, actor, body);
    const similar = await findSimilarQuestions(db, { title: body.draft.title, summary: body.draft.summary, answerMd: body.draft.answerMd, excludeSlug: slug });
    return NextResponse.json({ slug, similar }, { status: 201 });
  });
}
