import { NextResponse } from "next/server";
import { z } from "zod";
import { startSession } from "../../../../db/practice/sessions";
import { resolveActor, withGuestCookie } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { mutation, readJson } from "../../../lib/http";
import { parsePracticeSource } from "../../../lib/practice-source";

export const dynamic = "force-dynamic";

const Body = z
  .object({
    mode: z.enum(["flashcards", "timed"]),
    /** "due", or a list's query string ("level=mid&topic=oop"). */
    source: z.string().max(2000).default("due"),
    count: z.number().int().min(1).max(100).default(10),
    minutes: z.number().int().min(1).max(180).optional(),
  })
  .strict();

/** POST /api/practice/sessions: start flashcards or a timed session; 201 with the session id. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const body = await readJson(request, Body);
    const actor = await resolveActor(request.headers, { create: true });
    const { source, label } = parsePracticeSource(body.source);
    const started = await startSession(await getDb(), {
      owner: actor.owner,
      mode: body.mode,
      source,
      count: body.count,
      minutes: body.mode === "timed" ? (body.minutes ?? Math.max(1, body.count * 3)) : undefined,
      sourceLabel: label,
    });
    return withGuestCookie(NextResponse.json({ ...started, url: `/practice/session/${started.id}` }, { status: 201 }), actor);
  });
}
