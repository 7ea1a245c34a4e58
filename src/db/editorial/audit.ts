import { desc, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { rows, iso } from "../queries/rows";
import { auditLog } from "../schema";

/** Who acts in the admin area. */
export interface EditorialActor {
  id: string;
  name: string;
  role: "candidate" | "editor" | "admin";
}

/** Appends one entry to the audit log (inside the caller's transaction). */
export async function recordAudit(db: Pick<Db, "insert">, actor: EditorialActor, action: string, entityType: string, entityId: string, detail: Record<string, unknown> = {}): Promise<void> {
  await db.insert(auditLog).values({ actorId: actor.id, actorName: actor.name, action, entityType, entityId, detail });
}

export interface AuditEntry {
  id: number;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  detail: Record<string, unknown>;
  at: string;
}

/** The latest audit entries, newest first, optionally for one entity. */
export async function listAudit(db: Db, options: { limit?: number; entityType?: string; entityId?: string } = {}): Promise<AuditEntry[]> {
  const where: SQL[] = [];
  if (options.entityType) where.push(sql`${auditLog.entityType} = ${options.entityType}`);
  if (options.entityId) where.push(sql`${auditLog.entityId} = ${options.entityId}`);
  const found = await db
    .select()
    .from(auditLog)
    .where(where.length ? sql.join(where, sql` AND `) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? 200);
  return found.map((r) => ({ id: r.id, actorName: r.actorName, action: r.action, entityType: r.entityType, entityId: r.entityId, detail: r.detail, at: iso(r.at) }));
}

/** Accounts with their roles, for the admin's role editor. */
export async function listAccounts(db: Db): Promise<{ id: string; email: string; name: string; role: string; createdAt: string }[]> {
  const found = await rows<{ id: string; email: string; name: string; role: string; created_at: unknown }>(db, sql`SELECT id, email, name, role, created_at FROM users ORDER BY created_at, email`);
  return found.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, createdAt: iso(u.created_at) }));
}

