import { NextResponse } from "next/server";
import { listAudit } from "../../../../db/editorial/audit";
import { requireEditor } from "../../../lib/admin";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/audit?entity=question&id=slug: the latest audit entries (admins). */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await requireEditor(request, "admin");
    const p = new URL(request.url).searchParams;
    return NextResponse.json({ entries: await listAudit(await getDb(), { ...(p.get("entity") ? { entityType: p.get("entity")! } : {}), ...(p.get("id") ? { entityId: p.get("id")! } : {}) }) });
  });
}
