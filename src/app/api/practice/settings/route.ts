import { NextResponse } from "next/server";
import { z } from "zod";
import { getSettings, updateSettings, DEFAULT_SETTINGS } from "../../../../db/practice/settings";
import { resolveActor, withGuestCookie } from "../../../lib/auth";
import { getDb } from "../../../lib/db";
import { handle, mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

const Body = z
  .object({
    newPerDay: z.number().int().min(0).max(500).optional(),
    requestRetention: z.number().min(0.7).max(0.97).optional(),
    timeZone: z.string().min(1).max(64).optional(),
  })
  .strict();

/** GET /api/practice/settings. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const actor = await resolveActor(request.headers);
    return NextResponse.json(actor ? await getSettings(await getDb(), actor.owner) : DEFAULT_SETTINGS);
  });
}

/** PUT /api/practice/settings: new cards per day (0–500), target retention (0.7–0.97), time zone (IANA). */
export async function PUT(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const body = await readJson(request, Body);
    const actor = await resolveActor(request.headers, { create: true });
    return withGuestCookie(NextResponse.json(await updateSettings(await getDb(), actor.owner, body)), actor);
  });
}
