import { NextResponse, type NextRequest } from "next/server";
import { parseQuestionQuery } from "../../../core/bank/question-query";
import { searchQuestions } from "../../../db/queries/search-questions";
import { getDb } from "../../lib/db";
import { handle } from "../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/questions: the browse filters and search of the UI, paginated. See /api/openapi.json. */
export async function GET(request: NextRequest): Promise<Response> {
  return handle(async () => {
    const query = parseQuestionQuery(request.nextUrl.searchParams, { strict: true });
    const result = await searchQuestions(await getDb(), query);
    return NextResponse.json(result);
  });
}
