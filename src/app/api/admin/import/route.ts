import { NextResponse } from "next/server";
import { commitImport, previewImport } from "../../../../db/editorial/import-bank";
import { requireEditor } from "../../../lib/admin";
import { ImportBody, MAX_IMPORT_BYTES } from "../../../lib/admin-schemas";
import { getDb } from "../../../lib/db";
import { mutation, readJson } from "../../../lib/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/import {format, files: [{name, text}], commit}: without `commit`, the preview
 * (added, merged, unchanged, rejected with reasons; editors). With `commit` (admins: imports go
 * live without review), writes everything in one transaction, or nothing when a record is
 * rejected (400 with the preview).
 */
export async function POST(request: Request): Promise<Response> {
  return mutation(request, async () => {
    await requireEditor(request);
    const body = await readJson(request, ImportBody, MAX_IMPORT_BYTES);
    const db = await getDb();
    if (!body.commit) return NextResponse.json({ preview: await previewImport(db, body) });
    const actor = await requireEditor(request, "admin");
    return NextResponse.json({ committed: true, preview: await commitImport(db, actor, body) });
  });
}
