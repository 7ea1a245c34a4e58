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

/**
 * PUT /api/admin/users/:id {role}: set an account's role (admins). An admin may change their own
 * role, but the last admin cannot be demoted (409): the install always keeps one admin.
 */
export async function PUT(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return mutation(request, async () => {
    const actor = await requireEditor(request, "admin");
    const { id } = await context.params;
    const { role } = await readJson(request, RoleBody);
    const db = await getDb();
    await db.transaction(async (tx) => {
      // Lock the admins' rows so two concurrent demotions cannot both pass the check.
      const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).for("update");
      if (role !== "admin" && admins.length === 1 && admins[0]!.id === id) {
        throw new AppError("CONFLICT", id === actor.id ? "You are the last admin: make another account admin before changing your own role" : "This is the last admin account");
      }
      const updated = await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, id)).returning({ email: users.email });
      if (!updated.length) throw new AppError("NOT_FOUND", `No account with id '${id}'`);
      await recordAudit(tx, actor, "user.role", "user", updated[0]!.email, { role });
    });
    return NextResponse.json({ id, role });
  });
}
