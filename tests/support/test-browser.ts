import { NextRequest } from "next/server";

/** The origin the API tests pretend to be served from. */
export const TEST_ORIGIN = "http://localhost:3000";

let counter = 0;

/**
 * A browser for route-handler tests: keeps the cookies responses set and sends the headers
 * Chromium sends on same-origin requests, from an address of its own (rate limits are per IP).
 */
export class TestBrowser {
  cookies = new Map<string, string>();
  ip = `10.${Math.floor(++counter / 250)}.0.${counter % 250}`;

  headers(extra: Record<string, string> = {}): Headers {
    const h = new Headers({ origin: TEST_ORIGIN, "sec-fetch-site": "same-origin", "x-forwarded-for": this.ip, ...extra });
    if (this.cookies.size) h.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    return h;
  }

  /** Stores the cookies a response sets (and forgets the ones it clears); returns the response. */
  keep(res: Response): Response {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...v] = (pair ?? "").split("=");
      if (!name) continue;
      if (/max-age=0/i.test(c) || v.join("=") === "") this.cookies.delete(name);
      else this.cookies.set(name, v.join("="));
    }
    return res;
  }

  /** A request to `path` with this browser's cookies; a JSON body when `body` is given. */
  req(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): NextRequest {
    return new NextRequest(`${TEST_ORIGIN}${path}`, {
      method: init.method ?? "GET",
      headers: this.headers({ ...(init.body !== undefined ? { "content-type": "application/json" } : {}), ...init.headers }),
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  }
}
