import { NextResponse } from "next/server";
import { AppError } from "../../../../core/errors";
import { getQuestionBySlug } from "../../../../db/queries/get-question";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/questions/:slug: one question with answer, code, sources and related questions. */
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await context.params;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new AppError("INVALID_INPUT", `Path parameter 'slug' has '${slug}'; expected a slug such as 'what-is-gil'`, { parameter: "slug" });
    const question = await getQuestionBySlug(await getDb(), slug);
    if (!question) throw new AppError("NOT_FOUND", `No question with slug '${slug}'`);
    return NextResponse.json(question);
  });
}
