import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "../../src/db/client";
import { importSeedPages } from "../../src/db/import-seed-pages";
import { getQuestionBySlug } from "../../src/db/queries/get-question";
import { rows } from "../../src/db/queries/rows";
import { searchQuestions } from "../../src/db/queries/search-questions";
import { getCuratedSet, listCompanies, listLevels } from "../../src/db/queries/catalog";
import { smallPages } from "../fixtures/pages";
import { testDatabases } from "./test-databases";

const databases = await testDatabases();

async function count(h: DbHandle, table: string): Promise<number> {
  const [r] = await rows<{ n: number }>(h.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return r?.n ?? 0;
}

describe.each(databases)("question store on $name", ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
    await importSeedPages(h.db, { pages: smallPages() });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("merges an exact and a near duplicate across pages and keeps every source", async () => {
    expect(await count(h, "questions")).toBe(5);
    expect(await count(h, "question_sources")).toBe(7);
    const gil = await searchQuestions(h.db, { q: "GIL", page: 1, pageSize: 10 });
    expect(gil.total).toBe(1);
    const detail = await getQuestionBySlug(h.db, gil.items[0]!.slug);
    expect(detail?.sources.map((s) => s.page)).toEqual(["mid.txt", "amazon.txt"]);
    expect(detail?.sources[1]?.answerMd).toContain("Another answer");
    expect(detail?.companies.map((c) => c.slug)).toEqual(["amazon"]);
  });

  it("changes nothing when the same pages are imported again", async () => {
    const before = await rows(h.db, sql`SELECT slug, updated_at FROM questions ORDER BY slug`);
    const again = await importSeedPages(h.db, { pages: smallPages() });
    expect(again.reports.map((r) => [r.stored, r.exact, r.near, r.unchanged])).toEqual([
      [0, 0, 0, 4],
      [0, 0, 0, 3],
    ]);
    expect(await rows(h.db, sql`SELECT slug, updated_at FROM questions ORDER BY slug`)).toEqual(before);
    expect(await count(h, "question_sources")).toBe(7);
  });

  it("writes nothing of a run that fails half-way", async () => {
    const pages = smallPages().map(({ page, text }) => ({ page: { ...page, file: `other-${page.file}`, questions: page.questions.map((q) => ({ ...q, title: `${q.title} (variant ${q.position * 17})` })) }, text: `${text} changed` }));
    const before = await count(h, "questions");
    await expect(
      importSeedPages(h.db, {
        pages,
        onProgress: (done) => {
          if (done === 3) throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect(await count(h, "questions")).toBe(before);
    expect(await count(h, "imported_pages")).toBe(2);
  });

  it("makes the company page a company set in the page's order", async () => {
    const set = await getCuratedSet(h.db, "amazon-interview");
    expect(set).toMatchObject({ title: "Amazon interview", kind: "company", questionCount: 3 });
    const inSet = await searchQuestions(h.db, { set: "amazon-interview", page: 1, pageSize: 10 });
    expect(inSet.items.map((i) => i.title)).toEqual([
      "What are Python decorators and how do they work?",
      "What is the Global Interpreter Lock (GIL)?",
      "How does Python's garbage collector handle reference cycles?",
    ]);
    expect(await listCompanies(h.db)).toEqual([{ slug: "amazon", name: "Amazon", questionCount: 3 }]);
  });

  it("corrects a typo and highlights the match", async () => {
    const r = await searchQuestions(h.db, { q: "decoratros", page: 1, pageSize: 10 });
    expect(r.correctedQuery).toBe("decorators");
    expect(r.items[0]?.title).toContain("decorators");
    expect(r.items[0]?.highlight?.title).toContain("<mark>decorators</mark>");
  });

  it("combines filters and counts facets", async () => {
    const senior = await searchQuestions(h.db, { levels: ["Senior"], page: 1, pageSize: 10 });
    expect(senior.items.map((i) => i.level)).toEqual(["Senior", "Senior"]);
    const seniorAmazon = await searchQuestions(h.db, { levels: ["Senior"], companies: ["amazon"], page: 1, pageSize: 10 });
    expect(seniorAmazon.total).toBe(1);
    expect(seniorAmazon.facets.levels.find((f) => f.value === "Mid")?.count).toBe(2);
    const withCode = await searchQuestions(h.db, { hasCode: true, page: 1, pageSize: 10 });
    expect(withCode.items.map((i) => i.title)).toEqual(["What are Python decorators and how do they work?"]);
    const levels = await listLevels(h.db);
    expect(levels.map((l) => [l.name, l.questionCount])).toEqual([
      ["Entry", 0],
      ["Junior", 0],
      ["Mid", 3],
      ["Senior", 2],
      ["Expert", 0],
    ]);
  });

  it("paginates with a stable order and a total", async () => {
    const p1 = await searchQuestions(h.db, { page: 1, pageSize: 2 });
    const p3 = await searchQuestions(h.db, { page: 3, pageSize: 2 });
    expect(p1.total).toBe(5);
    expect(p1.pageCount).toBe(3);
    expect(p3.items).toHaveLength(1);
    expect(new Set([...p1.items, ...p3.items].map((i) => i.slug)).size).toBe(3);
  });

  it("escapes HTML in highlights", async () => {
    const r = await searchQuestions(h.db, { q: "metaclass", page: 1, pageSize: 10 });
    expect(r.items[0]?.highlight?.snippet).not.toMatch(/<(?!\/?mark>)/);
  });
});
