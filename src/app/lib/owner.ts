import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";

const COOKIE = "pyprep_owner";

/**
 * The anonymous owner token of this browser (an HttpOnly cookie), created on first use.
 * Submissions and drafts belong to it until accounts exist.
 */
export async function ownerToken(create: boolean): Promise<string | null> {
  const jar = await cookies();
  const existing = jar.get(COOKIE)?.value;
  if (existing && /^[a-f0-9]{32}$/.test(existing)) return existing;
  if (!create) return null;
  const token = randomBytes(16).toString("hex");
  jar.set(COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  return token;
}
