import { NextResponse } from "next/server";
import { eq, sql } from "drizzle-orm";
import { AppError } from "../../../../../core/errors";
import { recordAudit } from "../../../../../db/editorial/audit";
import { users } from "../../../../../db/schema";
import { requireEditor } from "../../../../lib/admin";
import { RoleBody } from "../../../../lib/admin-schemas";
import { getDb } from "../../../../lib/db";
import { mutation, readJson } from "../../../../lib/http";

export const dynamic = "force-dynamic";

/** PUT /api/admin/users/:id {role}: set an account's role (admins; not their own). */
export async function PUT(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request, "admin");
    const { id } = await context.params;
    const { role } = await readJson(request, RoleBody);
    if (id === actor.id) throw new AppError("FORBIDDEN", "You cannot change your own role: ask another admin");
    const db = await getDb();
    await db.transaction(async (tx) => {
      const updated = await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, id)).returning({ email: users.email });
      if (!updated.length) throw new AppError("NOT_FOUND", `No account with id '${id}'`);
      await recordAudit(tx, actor, "user.role", "user", updated[0]!.email, { role });
    });
    return NextResponse.json({ id, role });
  });
}
