/**
 * The app's better-auth instance (one per server process, created on first use) and the
 * "who is asking" helpers used by pages and route handlers.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { loadConfig } from "../../config/env";
import { createAuth, GUEST_COOKIE, guestTokenFromCookieHeader, type Auth } from "../../db/auth";
import type { Role } from "../../db/schema";
import { guestOwner } from "../../db/practice/owners";
import { AppError } from "../../core/errors";
import { getDb } from "./db";

const KEY = Symbol.for("pyprep.auth");
type Holder = { [KEY]?: Promise<Auth> };

/** The shared better-auth instance. */
export async function getAuth(): Promise<Auth> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const config = loadConfig();
    holder[KEY] = getDb()
      .then((db) => createAuth(db, { secret: config.authSecret, baseUrl: config.baseUrl }))
      .catch((e: unknown) => {
        delete holder[KEY];
        throw e;
      });
  }
  return holder[KEY];
}

/** The signed-in user as the app sees them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Who is making a request: an account, or a guest browser (or nobody known yet). */
export interface Actor {
  /** Key of the practice data: the user id, or "guest:<token>". */
  owner: string;
  user: SessionUser | null;
  /** Set when a guest token was just created: the response must set the cookie. */
  newGuestToken?: string;
}

/** The signed-in user of a request (from its session cookie), or null. */
export async function currentUser(headers: Headers): Promise<SessionUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as { id: string; email: string; name: string; role?: string };
  const role = (["candidate", "editor", "admin"].includes(u.role ?? "") ? u.role : "candidate") as Role;
  return { id: u.id, email: u.email, name: u.name, role };
}

/**
 * Resolves the actor of a request. With `create`, a guest without a token gets one (the caller
 * sets it with {@link withGuestCookie}); without, a browser with neither session nor token
 * yields null.
 */
export async function resolveActor(headers: Headers, options: { create: true }): Promise<Actor>;
export async function resolveActor(headers: Headers, options?: { create?: boolean }): Promise<Actor | null>;
export async function resolveActor(headers: Headers, options: { create?: boolean } = {}): Promise<Actor | null> {
  const user = await currentUser(headers);
  if (user) return { owner: user.id, user };
  const token = guestTokenFromCookieHeader(headers.get("cookie"));
  if (token) return { owner: guestOwner(token), user: null };
  if (!options.create) return null;
  const fresh = randomBytes(16).toString("hex");
  return { owner: guestOwner(fresh), user: null, newGuestToken: fresh };
}

/** Sets the guest cookie on a response when the actor's token was just created. */
export function withGuestCookie<T extends Response>(response: T, actor: Actor): T {
  if (actor.newGuestToken) {
    response.headers.append(
      "set-cookie",
      `${GUEST_COOKIE}=${actor.newGuestToken}; Path=/; Max-Age=${60 * 60 * 24 * 365}; HttpOnly; SameSite=Lax`,
    );
  }
  return response;
}

const RANK: Record<Role, number> = { candidate: 0, editor: 1, admin: 2 };

/**
 * The signed-in user, who must hold at least `role`.
 * @throws AppError UNAUTHORIZED when not signed in, FORBIDDEN when the role is too low
 */
export async function requireRole(headers: Headers, role: Role): Promise<SessionUser> {
  const user = await currentUser(headers);
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in first");
  if (RANK[user.role] < RANK[role]) throw new AppError("FORBIDDEN", `This needs the ${role} role`);
  return user;
}

/** True when `role` is at least `needed`. */
export const hasRole = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];
