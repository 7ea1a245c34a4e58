/**
 * Who may use the admin area: editors and admins. Route handlers call requireEditor (401 signed
 * out, 403 candidate); pages call editorPage, which answers with the 401/403 pages.
 */
import "server-only";
import { forbidden, unauthorized } from "next/navigation";
import { headers } from "next/headers";
import type { EditorialActor } from "../../db/editorial/audit";
import type { Role } from "../../db/schema";
import { currentUser, hasRole, requireRole, type SessionUser } from "./auth";

export function actorOf(user: SessionUser): EditorialActor {
  return { id: user.id, name: user.name || user.email, role: user.role };
}

/**
 * The acting editor (or admin) of an API request.
 * @throws AppError UNAUTHORIZED / FORBIDDEN
 */
export async function requireEditor(request: Request, role: Role = "editor"): Promise<EditorialActor> {
  return actorOf(await requireRole(request.headers, role));
}

/** The acting editor of a page request; renders the 401 or 403 page otherwise. */
export async function editorPage(role: Role = "editor"): Promise<EditorialActor> {
  const user = await currentUser(await headers());
  if (!user) unauthorized();
  if (!hasRole(user.role, role)) forbidden();
  return actorOf(user);
}
