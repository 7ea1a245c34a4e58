import { NextResponse } from "next/server";
import { AppError } from "../../../../../core/errors";
import { deleteSet, getAdminSet, saveSet } from "../../../../../db/editorial/sets";
import { requireEditor } from "../../../../lib/admin";
import { SetBody } from "../../../../lib/admin-schemas";
import { getDb } from "../../../../lib/db";
import { handle, mutation, readJson } from "../../../../lib/http";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

/** GET /api/admin/sets/:slug: the set with its questions in order. */
export async function GET(request: Request, context: Ctx): Promise<Response> {
  return handle(async () => {
    await requireEditor(request);
    const { slug } = await context.params;
    const set = await getAdminSet(await getDb(), slug);
    if (!set) throw new AppError("NOT_FOUND", `No set with slug '${slug}'`);
    return NextResponse.json(set);
  });
}

/** PUT /api/admin/sets/:slug {title, description, featured, questions}: replace fields and order. */
export async function PUT(request: Request, context: Ctx): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug } = await context.params;
    await saveSet(await getDb(), actor, slug, await readJson(request, SetBody), false);
    return NextResponse.json({ slug });
  });
}

/** DELETE /api/admin/sets/:slug: delete the set (its questions stay). */
export async function DELETE(request: Request, context: Ctx): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request);
    const { slug } = await context.params;
    await deleteSet(await getDb(), actor, slug);
    return new Response(null, { status: 204 });
  });
}
