/**
 * Accounts: better-auth bound to our Drizzle schema. Email and password sign-in, sessions in
 * our database (`auth_sessions`), scrypt password hashes (the library's), database-backed rate
 * limiting shared by every app instance, and roles (candidate, editor, admin).
 *
 * The first account created on an empty install becomes admin; every later one is a candidate.
 * When a browser that practised as a guest signs up or signs in, its guest data moves to the
 * account (see {@link mergeGuestInto}).
 *
 * Docs: https://www.better-auth.com/docs (options), https://www.better-auth.com/docs/concepts/rate-limit
 */
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import { appSettings, authAccounts, authRateLimits, authSessions, authVerifications, users, type Role } from "./schema";
import { guestOwner, mergeGuestInto } from "./practice/owners";

/** The cookie holding a guest's token (also used for challenge submissions). */
export const GUEST_COOKIE = "pyprep_owner";

export interface AuthOptions {
  /** Cookie-signing secret (≥ 32 chars); when absent one is generated once and kept in `app_settings`. */
  secret?: string | undefined;
  /** Public URL of the site; when absent better-auth takes it from each request. */
  baseUrl?: string | undefined;
  /** Sign-in attempts allowed per IP address per minute (default 5). */
  signInPerMinute?: number;
}

/**
 * Returns the secret shared by every instance: `options.secret`, else the one stored in the
 * database, else a new random one stored there (the insert is race-safe across instances).
 */
export async function authSecret(db: Db, configured?: string): Promise<string> {
  if (configured) return configured;
  const fresh = randomBytes(32).toString("base64url");
  await db.insert(appSettings).values({ key: "auth_secret", value: fresh }).onConflictDoNothing();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, "auth_secret"));
  if (!row) throw new Error("Could not read or store the auth secret in app_settings");
  return row.value;
}

/** Reads the guest token from a Cookie header, or null. */
export function guestTokenFromCookieHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === GUEST_COOKIE) {
      const value = rest.join("=");
      return /^[a-f0-9]{32}$/.test(value) ? value : null;
    }
  }
  return null;
}

/**
 * Creates the better-auth instance over `db`.
 * @throws Error when the secret cannot be read or stored
 */
export async function createAuth(db: Db, options: AuthOptions = {}) {
  const secret = await authSecret(db, options.secret);
  return betterAuth({
    appName: "PyPrep",
    secret,
    baseURL: options.baseUrl,
    trustedOrigins: (request) => (request ? [new URL(request.url).origin] : []),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: authSessions, account: authAccounts, verification: authVerifications, rateLimit: authRateLimits },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "candidate", input: false },
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: options.signInPerMinute ?? 5 },
        "/sign-up/email": { window: 60, max: 10 },
      },
    },
    databaseHooks: {
      user: {
        create: {
          // The first account on an empty install administers it.
          before: async (user) => {
            const [row] = await db.select({ n: count() }).from(users);
            const role: Role = (row?.n ?? 0) === 0 ? "admin" : "candidate";
            return { data: { ...user, role } };
          },
        },
      },
      session: {
        create: {
          after: async (session, context) => {
            const token = guestTokenFromCookieHeader(context?.headers?.get("cookie") ?? context?.request?.headers.get("cookie"));
            if (token) await mergeGuestInto(db, guestOwner(token), session.userId);
          },
        },
      },
    },
    advanced: { cookiePrefix: "pyprep" },
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

/** Sets a user's role. @throws Error when no account has that email */
export async function setRole(db: Db, email: string, role: Role): Promise<void> {
  const updated = await db
    .update(users)
    .set({ role, updatedAt: sql`now()` })
    .where(eq(users.email, email.toLowerCase()))
    .returning({ id: users.id });
  if (updated.length === 0) throw new Error(`No account with the email ${email}`);
}
