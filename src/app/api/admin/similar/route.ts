import { NextResponse } from "next/server";
import { findSimilarQuestions } from "../../../../db/editorial/questions";
import { requireEditor } from "../../../lib/admin";
import { SimilarBody } from "../../../lib/admin-schemas";
import { getDb } from "../../../lib/db";
import { mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** POST /api/admin/similar {title, summary?, answerMd?, excludeSlug?}: questions this one may duplicate. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    await requireEditor(request);
    const body = await readJson(request, SimilarBody, 256 * 1024);
    return NextResponse.json({ similar: body.title.trim().length < 3 ? [] : await findSimilarQuestions(await getDb(), body) });
  });
}
