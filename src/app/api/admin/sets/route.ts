import { NextResponse } from "next/server";
import { listAdminSets, saveSet } from "../../../../db/editorial/sets";
import { requireEditor } from "../../../lib/admin";
import { CreateSetBody } from "../../../lib/admin-schemas";
import { getDb } from "../../../lib/db";
import { handle, mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/sets: every set with its size. */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await requireEditor(request);
    return NextResponse.json({ sets: await listAdminSets(await getDb()) });
  });
}

/** POST /api/admin/sets {slug, title, description, featured, questions}: create a curated set. */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug, ...rest } = await readJson(request, CreateSetBody);
    await saveSet(await getDb(), actor, slug, rest, true);
    return NextResponse.json({ slug }, { status: 201 });
  });
}
