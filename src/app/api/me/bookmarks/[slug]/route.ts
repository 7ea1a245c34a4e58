import { NextResponse } from "next/server";
import { setBookmark } from "../../../../../db/practice/personal";
import { resolveActor, withGuestCookie } from "../../../../lib/auth";
import { getDb } from "../../../../lib/db";
import { mutation } from "../../../../lib/http";

export const dynamic = "force-dynamic";

async function set(request: Request, context: { params: Promise<{ slug: string }> }, on: boolean): Promise<Response> {
  return mutation(request, async () => {
    const { slug } = await context.params;
    const actor = await resolveActor(request.headers, { create: true });
    return withGuestCookie(NextResponse.json({ bookmarked: await setBookmark(await getDb(), actor.owner, slug, on) }), actor);
  });
}

/** PUT /api/me/bookmarks/:slug: bookmark a question. */
export const PUT = (request: Request, context: { params: Promise<{ slug: string }> }) => set(request, context, true);
/** DELETE /api/me/bookmarks/:slug: remove the bookmark. */
export const DELETE = (request: Request, context: { params: Promise<{ slug: string }> }) => set(request, context, false);
