import "server-only";
import { cookies, headers } from "next/headers";
import { GUEST_COOKIE } from "../../db/auth";
import { resolveActor } from "./auth";

/**
 * The owner key of the current request, for pages and route handlers: the signed-in user's id,
 * or "guest:<token>" for a browser without an account (the token is an HttpOnly cookie, created
 * on first use when `create` is true; only route handlers may create it).
 */
export async function currentOwner(create: boolean): Promise<string | null> {
  const actor = await resolveActor(await headers(), { create });
  if (!actor) return null;
  if (actor.newGuestToken) {
    (await cookies()).set(GUEST_COOKIE, actor.newGuestToken, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  }
  return actor.owner;
}
