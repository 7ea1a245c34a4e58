import { NextResponse } from "next/server";
import { z } from "zod";
import { renderMarkdown } from "../../../../../core/content/render-markdown";
import { saveNote } from "../../../../../db/practice/personal";
import { resolveActor, withGuestCookie } from "../../../../lib/auth";
import { getDb } from "../../../../lib/db";
import { mutation, readJson } from "../../../../lib/http";

export const dynamic = "force-dynamic";

const Body = z.object({ body: z.string() }).strict();

/** PUT /api/me/notes/:slug: save my Markdown note (an empty body deletes it); returns it rendered (sanitized HTML). */
export async function PUT(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const { slug } = await context.params;
    const { body } = await readJson(request, Body, 100 * 1024);
    const actor = await resolveActor(request.headers, { create: true });
    const note = await saveNote(await getDb(), actor.owner, slug, body);
    const html = note ? await renderMarkdown(note.body) : "";
    return withGuestCookie(NextResponse.json({ note, html }), actor);
  });
}
