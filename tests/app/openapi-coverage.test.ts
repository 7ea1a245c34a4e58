import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as openApi } from "../../src/app/api/openapi.json/route";

const API = path.resolve(import.meta.dirname, "../../src/app/api");

/** Every route file as an OpenAPI path and its exported methods. */
function routes(dir = API, prefix = "/api"): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const segment = entry.name.replace(/^\[(\w+)\]$/, "{$1}");
    const full = path.join(dir, entry.name);
    const route = path.join(full, "route.ts");
    if (fs.existsSync(route)) {
      const text = fs.readFileSync(route, "utf8");
      const methods = [...text.matchAll(/export (?:async function|const) (GET|POST|PUT|DELETE|PATCH)\b/g)].map((m) => (m[1] as string).toLowerCase());
      out.push({ path: `${prefix}/${segment}`, methods });
    }
    out.push(...routes(full, `${prefix}/${segment}`));
  }
  return out;
}

describe("the OpenAPI document", () => {
  it("describes every API route and method (better-auth's catch-all and the document itself aside)", async () => {
    const doc = (await openApi().json()) as { paths: Record<string, Record<string, unknown>> };
    const missing: string[] = [];
    for (const r of routes()) {
      if (r.path.startsWith("/api/auth/") || r.path === "/api/openapi.json") continue;
      for (const m of r.methods) if (!doc.paths[r.path]?.[m]) missing.push(`${m.toUpperCase()} ${r.path}`);
    }
    expect(missing).toEqual([]);
  });

  it("takes the interview setup schema from the validator itself", async () => {
    const doc = (await openApi().json()) as { paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } } }> };
    const props = doc.paths["/api/interviews"]?.post?.requestBody?.content["application/json"]?.schema.properties ?? {};
    expect(Object.keys(props)).toEqual(expect.arrayContaining(["level", "questions", "minutes", "topics", "set", "company", "feedback", "followUps"]));
  });
});
