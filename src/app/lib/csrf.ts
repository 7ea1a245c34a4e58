/**
 * Cross-site request forgery protection for state-changing requests, by the standard headers
 * browsers send (OWASP CSRF Cheat Sheet, "Verifying Origin with standard headers";
 * Go's net/http CrossOriginProtection follows the same rules):
 * - `Sec-Fetch-Site` other than `same-origin` or `none` → rejected;
 * - otherwise an `Origin` header whose host differs from the request's host → rejected.
 * Requests with neither header come from non-browser clients, which cannot carry a victim's
 * cookies, so they pass. Session cookies are also SameSite=Lax.
 */
import { AppError } from "../../core/errors";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** @throws AppError FORBIDDEN when a state-changing request comes from another site */
export function assertSameOrigin(request: Request): void {
  if (SAFE.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new AppError("FORBIDDEN", "Cross-site request refused (CSRF protection)");
  }
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError("FORBIDDEN", "Cross-site request refused (CSRF protection): bad Origin header");
    }
    if (originHost !== host) throw new AppError("FORBIDDEN", "Cross-site request refused (CSRF protection)");
  }
}
