/**
 * Challenge editing and role management in the admin API: permissions (anonymous 401, candidate
 * 403, editor allowed), a reference solution that fails in the sandboxed judge refuses the edit and
 * changes nothing, a valid edit shows on the public challenge API without its hidden tests, and
 * the last admin cannot be demoted.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import { POST as authPost } from "../../src/app/api/auth/[...all]/route";
import * as challengesRoute from "../../src/app/api/admin/challenges/route";
import * as challengeRoute from "../../src/app/api/admin/challenges/[slug]/route";
import * as publicChallengeRoute from "../../src/app/api/challenges/[slug]/route";
import * as usersRoute from "../../src/app/api/admin/users/route";
import * as userRoute from "../../src/app/api/admin/users/[id]/route";
import { getDb } from "../../src/app/lib/db";
import type { ChallengeDraft } from "../../src/core/challenges/challenge-draft";
import { setRole } from "../../src/db/auth";
import { listAudit } from "../../src/db/editorial/audit";
import { ROOT } from "../db/test-databases";
import { TestBrowser } from "../support/test-browser";

process.env.PYPREP_DATA_DIR = "memory://";
process.env.PYPREP_ROOT = ROOT;
process.env.DATABASE_URL = "";

// The public challenge route reads the guest cookie through next/headers, which needs a request
// scope route-handler tests do not have: an anonymous visitor without cookies.
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));

type Handler = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;
const params = (p: Record<string, string> = {}) => ({ params: Promise.resolve(p) as Promise<never> });
type Init = { method?: string; body?: unknown; params?: Record<string, string> };

class Browser extends TestBrowser {
  async call(handler: Handler, path: string, init: Init = {}): Promise<Response> {
    return handler(this.req(path, init), params(init.params));
  }
  async json<T>(handler: Handler, path: string, init: Init = {}): Promise<{ status: number; body: T }> {
    const res = await this.call(handler, path, init);
    return { status: res.status, body: (await res.json()) as T };
  }
  async signUp(email: string): Promise<this> {
    const res = this.keep(await authPost(this.req("/api/auth/sign-up/email", { method: "POST", body: { email, password: "correct horse battery", name: email.split("@")[0] } })));
    expect(res.status).toBe(200);
    return this;
  }
}

const anonymous = new Browser();
let admin: Browser;
let editor: Browser;
let candidate: Browser;

function challenge(over: Partial<ChallengeDraft> = {}): ChallengeDraft {
  return {
    title: "Add two numbers",
    difficulty: "Easy",
    topics: ["basics"],
    relatedQuestions: [],
    statementMd: "Write `add(a, b)` that returns the sum of two integers `a` and `b`.",
    starter: "def add(a: int, b: int) -> int:\n    ...\n",
    examples: ["assert add(1, 2) == 3"],
    hiddenTests: ["assert add(-1, 1) == 0", "assert add(10**20, 1) == 10**20 + 1", "assert add(0, 0) == 0"],
    solution: "def add(a, b):\n    return a + b\n",
    timeLimitMs: 2000,
    ...over,
  };
}

beforeAll(async () => {
  admin = await new Browser().signUp("root@example.com"); // first account: admin
  editor = await new Browser().signUp("edna@example.com");
  candidate = await new Browser().signUp("cand@example.com");
  await setRole(await getDb(), "edna@example.com", "editor");
});

describe("challenge editing", () => {
  it("answers 401 signed out, 403 to candidates, and lets editors list, create, read and save", async () => {
    const calls = [
      (b: Browser) => b.call(challengesRoute.GET as Handler, "/api/admin/challenges"),
      (b: Browser) => b.call(challengesRoute.POST as Handler, "/api/admin/challenges", { method: "POST", body: { slug: "add-two", challenge: challenge() } }),
      (b: Browser) => b.call(challengeRoute.GET as Handler, "/api/admin/challenges/add-two", { params: { slug: "add-two" } }),
      (b: Browser) => b.call(challengeRoute.PUT as Handler, "/api/admin/challenges/add-two", { method: "PUT", params: { slug: "add-two" }, body: { challenge: challenge() } }),
    ];
    for (const [i, call] of calls.entries()) {
      expect((await call(anonymous)).status, `call ${i} anonymous`).toBe(401);
      expect((await call(candidate)).status, `call ${i} candidate`).toBe(403);
    }
    expect((await calls[0]!(editor)).status).toBe(200);
    expect((await calls[1]!(editor)).status).toBe(201);
    expect((await calls[1]!(editor)).status, "the slug is taken now").toBe(409);
    const got = await editor.json<{ challenge: ChallengeDraft & { slug: string } }>(challengeRoute.GET as Handler, "/api/admin/challenges/add-two", { params: { slug: "add-two" } });
    expect(got.status).toBe(200);
    expect(got.body.challenge.hiddenTests).toHaveLength(3);
    expect(got.body.challenge.solution).toMatch(/return a \+ b/);
    expect((await calls[3]!(editor)).status).toBe(200);
    const missing = await editor.call(challengeRoute.GET as Handler, "/api/admin/challenges/nothing-here", { params: { slug: "nothing-here" } });
    expect(missing.status).toBe(404);
  });

  it("refuses an edit whose reference solution fails a hidden test, with the verdict and that test, and changes nothing", async () => {
    const db = await getDb();
    const auditBefore = (await listAudit(db, { entityType: "challenge", entityId: "add-two" })).length;
    const before = await editor.json<{ challenge: ChallengeDraft }>(challengeRoute.GET as Handler, "/api/admin/challenges/add-two", { params: { slug: "add-two" } });
    const bad = await editor.json<{ error: { code: string; message: string; verdict: string; failingTest: { kind: string; number: number; source: string } } }>(
      challengeRoute.PUT as Handler,
      "/api/admin/challenges/add-two",
      { method: "PUT", params: { slug: "add-two" }, body: { challenge: challenge({ title: "Add two numbers (broken)", solution: "def add(a, b):\n    return a + b if a >= 0 else a\n" }) } },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.verdict).toBe("Wrong Answer");
    expect(bad.body.error.failingTest).toMatchObject({ kind: "hidden", number: 1, source: "assert add(-1, 1) == 0" });
    expect(bad.body.error.message).toMatch(/not Accepted/);
    const after = await editor.json<{ challenge: ChallengeDraft }>(challengeRoute.GET as Handler, "/api/admin/challenges/add-two", { params: { slug: "add-two" } });
    expect(after.body).toEqual(before.body);
    expect((await listAudit(db, { entityType: "challenge", entityId: "add-two" })).length).toBe(auditBefore);

    const invalid = await editor.json<{ error: { parameter: string } }>(challengeRoute.PUT as Handler, "/api/admin/challenges/add-two", {
      method: "PUT",
      params: { slug: "add-two" },
      body: { challenge: challenge({ difficulty: "Trivial" as "Easy" }) },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.parameter).toBe("challenge.difficulty");
  });

  it("saves a valid edit, records it in the audit log, and shows it on the public API without hidden tests", async () => {
    const saved = await editor.call(challengeRoute.PUT as Handler, "/api/admin/challenges/add-two", {
      method: "PUT",
      params: { slug: "add-two" },
      body: { challenge: challenge({ title: "Add two integers", difficulty: "Medium", examples: ["assert add(1, 2) == 3", "assert add(2, 2) == 4"], timeLimitMs: 3000 }) },
    });
    expect(saved.status).toBe(200);
    const res = await publicChallengeRoute.GET(anonymous.req("/api/challenges/add-two"), params({ slug: "add-two" }));
    expect(res.status).toBe(200);
    const text = await res.text();
    const pub = JSON.parse(text) as Record<string, unknown>;
    expect(pub).toMatchObject({ title: "Add two integers", difficulty: "Medium", examples: ["assert add(1, 2) == 3", "assert add(2, 2) == 4"], hiddenTestCount: 3, timeLimitMs: 3000 });
    expect(pub).not.toHaveProperty("hiddenTests");
    expect(pub).not.toHaveProperty("solution");
    expect(text).not.toContain("10**20");
    const audit = await listAudit(await getDb(), { entityType: "challenge", entityId: "add-two" });
    expect(audit[0]).toMatchObject({ action: "challenge.update", actorName: "edna" });
    expect(audit.some((a) => a.action === "challenge.create")).toBe(true);
  });
});

describe("roles", () => {
  it("refuses to demote the last admin (409), allows it once another admin exists", async () => {
    const { body } = await admin.json<{ users: { id: string; email: string; role: string }[] }>(usersRoute.GET as Handler, "/api/admin/users");
    const id = (email: string) => body.users.find((u) => u.email === email)!.id;
    const demoteSelf = await admin.json<{ error: { code: string } }>(userRoute.PUT as Handler, `/api/admin/users/${id("root@example.com")}`, { method: "PUT", params: { id: id("root@example.com") }, body: { role: "editor" } });
    expect(demoteSelf.status).toBe(409);
    expect(demoteSelf.body.error.code).toBe("CONFLICT");
    expect((await admin.call(userRoute.PUT as Handler, "/x", { method: "PUT", params: { id: id("root@example.com") }, body: { role: "admin" } })).status, "keeping the admin role is fine").toBe(200);

    expect((await admin.call(userRoute.PUT as Handler, "/x", { method: "PUT", params: { id: id("edna@example.com") }, body: { role: "admin" } })).status).toBe(200);
    expect((await admin.call(userRoute.PUT as Handler, "/x", { method: "PUT", params: { id: id("root@example.com") }, body: { role: "editor" } })).status).toBe(200);
    // edna is the only admin now.
    expect((await editor.call(userRoute.PUT as Handler, "/x", { method: "PUT", params: { id: id("edna@example.com") }, body: { role: "candidate" } })).status).toBe(409);
    expect((await admin.call(usersRoute.GET as Handler, "/api/admin/users")).status, "root is an editor now").toBe(403);
  });
});
