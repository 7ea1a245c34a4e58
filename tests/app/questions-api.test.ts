import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as listQuestions } from "../../src/app/api/questions/route";
import { GET as getQuestion } from "../../src/app/api/questions/[slug]/route";
import { GET as openApi } from "../../src/app/api/openapi.json/route";
import { getDb } from "../../src/app/lib/db";
import { importSeedPages } from "../../src/db/import-seed-pages";
import { smallPages } from "../fixtures/pages";
import { ROOT } from "../db/test-databases";

process.env.PYPREP_DATA_DIR = "memory://";
process.env.PYPREP_ROOT = ROOT;
process.env.DATABASE_URL = "";

const list = (query: string) => listQuestions(new NextRequest(`http://localhost/api/questions${query}`));
const one = (slug: string) => getQuestion(new Request(`http://localhost/api/questions/${slug}`), { params: Promise.resolve({ slug }) });

describe("GET /api/questions", () => {
  beforeAll(async () => {
    await importSeedPages(await getDb(), { pages: smallPages() });
  });

  it("filters by level and searches with the same rules as the pages", async () => {
    const res = await list("?level=mid&q=gil");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; items: { title: string; level: string; highlight: { title: string } }[] };
    expect(body.total).toBe(1);
    expect(body.items[0]?.level).toBe("Mid");
    expect(body.items[0]?.highlight.title).toContain("<mark>");
  });

  it.each([
    ["?level=guru", "level"],
    ["?pageSize=1000", "pageSize"],
    ["?page=0", "page"],
    ["?band=10-20", "band"],
    ["?code=maybe", "code"],
    ["?topic=Not%20A%20Slug", "topic"],
    ["?sort=title", "sort"],
  ])("answers %s with 400 naming the parameter", async (query, parameter) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; parameter: string } };
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toContain(`'${parameter}'`);
  });

  it("paginates", async () => {
    const body = (await (await list("?pageSize=2&page=2")).json()) as { items: unknown[]; total: number; pageCount: number; page: number };
    expect(body).toMatchObject({ total: 5, pageCount: 3, page: 2 });
    expect(body.items).toHaveLength(2);
  });
});

describe("GET /api/questions/:slug", () => {
  it("returns the question with its sources", async () => {
    const first = (await (await list("?q=decorators")).json()) as { items: { slug: string }[] };
    const slug = first.items[0]!.slug;
    const res = await one(slug);
    expect(res.status).toBe(200);
    const q = (await res.json()) as { title: string; sources: unknown[]; answerMd: string; codeExamples: { code: string }[] };
    expect(q.title).toBe("What are Python decorators and how do they work?");
    expect(q.sources).toHaveLength(2);
    expect(q.codeExamples[0]?.code).toContain("def deco");
  });

  it("answers 404 for an unknown slug and 400 for a malformed one", async () => {
    expect((await one("no-such-question")).status).toBe(404);
    expect((await one("Bad Slug!")).status).toBe(400);
  });
});

describe("GET /api/openapi.json", () => {
  it("documents both endpoints and their parameters", async () => {
    const doc = (await openApi().json()) as { openapi: string; paths: Record<string, { get: { parameters: { name: string }[] } }> };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/questions"]?.get.parameters.map((p) => p.name)).toEqual(["q", "level", "topic", "company", "band", "code", "set", "page", "pageSize"]);
    expect(doc.paths["/api/questions/{slug}"]).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/challenges", "/api/challenges/{slug}", "/api/submissions", "/api/submissions/{id}"]));
  });
});
