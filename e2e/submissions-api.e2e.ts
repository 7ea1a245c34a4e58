import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

async function post(body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${baseUrl}/api/submissions`, { method: "POST", headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

async function poll(id: string, cookie: string): Promise<{ status: string; verdict: string | null }> {
  for (;;) {
    const r = await fetch(`${baseUrl}/api/submissions/${id}`, { headers: { cookie } });
    expect(r.status).toBe(200);
    const s = (await r.json()) as { status: string; verdict: string | null };
    if (s.status === "done" || s.status === "failed") return s;
    await new Promise((res) => setTimeout(res, 200));
  }
}

describe("the submissions API", () => {
  it("rejects malformed, unknown and oversized submissions with a clear status and message", async () => {
    const malformed = await post("{not json");
    expect(malformed.status).toBe(400);
    const noCode = await post({ challenge: "two-sum-indices", code: "" });
    expect(noCode.status).toBe(400);
    expect(((await noCode.json()) as { error: { message: string } }).error.message).toContain("'code'");
    expect((await post({ challenge: "no-such-challenge", code: "x = 1" })).status).toBe(404);
    const big = await post({ challenge: "two-sum-indices", code: `# ${"x".repeat(70_000)}` });
    expect(big.status).toBe(413);
  });

  it("queues a burst of submissions and answers every one with a verdict", async () => {
    const first = await post({ challenge: "balanced-brackets", code: "def is_balanced(s):\n    return True", mode: "run" });
    expect(first.status).toBe(202);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0]!;
    const ids = [((await first.json()) as { id: string }).id];
    const burst = await Promise.all(Array.from({ length: 9 }, (_, i) => post({ challenge: "balanced-brackets", code: `def is_balanced(s):\n    return ${i % 2 === 0 ? "True" : "False"}`, mode: "submit" }, cookie)));
    for (const r of burst) {
      expect(r.status).toBe(202);
      ids.push(((await r.json()) as { id: string }).id);
    }
    const results = await Promise.all(ids.map((id) => poll(id, cookie)));
    expect(results.every((r) => r.status === "done" && r.verdict !== null)).toBe(true);
    expect(results.slice(1).every((r) => r.verdict !== "Accepted")).toBe(true);
    // Another browser cannot read these submissions.
    expect((await fetch(`${baseUrl}/api/submissions/${ids[0]}`)).status).toBe(404);
  }, 120_000);
});
