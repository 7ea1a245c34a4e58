import { NextResponse } from "next/server";
import { renderMarkdown } from "../../../../../core/content/render-markdown";
import { getPersonal } from "../../../../../db/practice/personal";
import { resolveActor } from "../../../../lib/auth";
import { getDb } from "../../../../lib/db";
import { handle } from "../../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/me/questions/:slug: my bookmark and note on this question. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await context.params;
    const actor = await resolveActor(request.headers);
    const personal = actor ? await getPersonal(await getDb(), actor.owner, slug) : { bookmarked: false, note: null };
    return NextResponse.json({ ...personal, html: personal.note ? await renderMarkdown(personal.note.body) : "" });
  });
}
