import { NextResponse } from "next/server";
import { z } from "zod";
import { importPractice } from "../../../../db/practice/portable";
import { resolveActor, withGuestCookie } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** POST /api/me/import: restore a JSON export (all or nothing); returns what was added. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const body = await readJson(request, z.unknown(), 50 * 1024 * 1024);
    const actor = await resolveActor(request.headers, { create: true });
    return withGuestCookie(NextResponse.json(await importPractice(await getDb(), actor.owner, body)), actor);
  });
}
