import { getAuth } from "../../../lib/auth";
import { assertSameOrigin } from "../../../lib/csrf";
import { handle } from "../../../lib/http";

export const dynamic = "force-dynamic";

/**
 * better-auth's endpoints: /api/auth/sign-up/email, /sign-in/email, /sign-out, /get-session,
 * /revoke-sessions... Cross-site POSTs are refused before better-auth sees them (its own origin
 * check only applies to requests that carry cookies, which leaves login CSRF open).
 */
async function handler(request: Request): Promise<Response> {
  return handle(async () => {
    assertSameOrigin(request);
    return (await getAuth()).handler(request);
  });
}

export { handler as GET, handler as POST };
