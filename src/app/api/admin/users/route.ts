import { NextResponse } from "next/server";
import { listAccounts } from "../../../../db/editorial/audit";
import { requireEditor } from "../../../lib/admin";
import { getDb } from "../../../lib/db";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/** GET /api/admin/users: accounts and their roles (admins). */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await requireEditor(request, "admin");
    return NextResponse.json({ users: await listAccounts(await getDb()) });
  });
}
