import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "../../src/db/client";
import { importSeedPages, type ImportSeedPagesResult } from "../../src/db/import-seed-pages";
import { rows } from "../../src/db/queries/rows";
import { searchQuestions } from "../../src/db/queries/search-questions";
import { getQuestionBySlug } from "../../src/db/queries/get-question";
import { getCuratedSet } from "../../src/db/queries/catalog";
import { collectSeedFiles, readSeedPages, runImport } from "../../src/cli/commands/import";
import { ROOT, testDatabases } from "./test-databases";

const SEEDS = path.resolve(ROOT, "../shared/seeds");
const databases = await testDatabases();

async function count(h: DbHandle, table: string): Promise<number> {
  const [r] = await rows<{ n: number }>(h.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return r?.n ?? 0;
}

describe.each(databases)("importing the five seed pages on $name", ({ open }) => {
  let h: DbHandle;
  let first: ImportSeedPagesResult;
  beforeAll(async () => {
    h = await open();
    first = await importSeedPages(h.db, { pages: readSeedPages(collectSeedFiles([SEEDS])) });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("reads, merges and stores the counts verified by reading the pages", () => {
    // 000 (Mid, 38) and 003 (Expert, 19) are verbatim subsets of 002 (117): all exact merges.
    // Near duplicates across sites: 4 in the blog (001), 6 in 002, 14 in the PrepEdge page (004).
    expect(first.reports.map((r) => [r.file.slice(0, 3), r.read, r.exact, r.near, r.stored, r.unchanged])).toEqual([
      ["000", 38, 0, 0, 38, 0],
      ["001", 47, 0, 4, 43, 0],
      ["002", 117, 38, 6, 73, 0],
      ["003", 19, 19, 0, 0, 0],
      ["004", 50, 1, 14, 35, 0],
    ]);
    expect(first.totalQuestions).toBe(189);
  });

  it("keeps every page's version of a merged question", async () => {
    const page = await searchQuestions(h.db, { q: "decorators", levels: ["Senior"], page: 1, pageSize: 5 });
    const decorators = await getQuestionBySlug(h.db, page.items.find((i) => i.title === "What are Python decorators and how do they work?")!.slug);
    expect(decorators?.sources.map((s) => [s.page.slice(0, 3), s.position])).toEqual([
      ["001", 33],
      ["002", 10],
      ["004", 6],
    ]);
    expect(decorators?.sources[2]?.originalTitle).toBe("What are decorators in Python and how do you write a basic one?");
    expect(await count(h, "question_sources")).toBe(271);
  });

  it("does not merge questions that one page lists separately", async () => {
    const meta = await searchQuestions(h.db, { q: "metaclasses", page: 1, pageSize: 20 });
    const titles = meta.items.map((i) => i.title);
    expect(titles).toContain("What are Python metaclasses?");
    expect(titles).toContain("Explain Python metaclasses and use cases.");
  });

  it("makes the Amazon page a company set of all its questions in page order", async () => {
    expect(await getCuratedSet(h.db, "amazon-interview")).toMatchObject({ kind: "company", questionCount: 117 });
    const firstPage = await searchQuestions(h.db, { set: "amazon-interview", page: 1, pageSize: 3 });
    expect(firstPage.items.map((i) => i.title)).toEqual(["What are Python's key features?", "What is the difference between Python 2 and Python 3?", "What are Python data types?"]);
  });

  it("maps the PrepEdge page's difficulty to levels and its audience to the 2–5 years band", async () => {
    const q = await searchQuestions(h.db, { q: "radix router", page: 1, pageSize: 1 });
    expect(q.items[0]).toMatchObject({ level: "Senior", experienceBands: ["2-5"] });
    const topics = q.items[0]!.topics.map((t) => t.slug);
    expect(topics[0]).toBe("architecture-scale");
  });

  it("changes nothing when the same files are imported again", async () => {
    const snapshot = await rows(h.db, sql`SELECT id, slug, updated_at, experience_bands FROM questions ORDER BY id`);
    const again = await importSeedPages(h.db, { pages: readSeedPages(collectSeedFiles([SEEDS])) });
    expect(again.reports.map((r) => r.unchanged)).toEqual([38, 47, 117, 19, 50]);
    expect(again.reports.every((r) => r.stored + r.exact + r.near === 0)).toBe(true);
    expect(await rows(h.db, sql`SELECT id, slug, updated_at, experience_bands FROM questions ORDER BY id`)).toEqual(snapshot);
  });
});

describe.each(databases)("a malformed file on $name", ({ open }) => {
  it("is rejected with file and line, and nothing of the run is written", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyprep-bad-"));
    fs.copyFileSync(path.join(SEEDS, "000_2c08a6ab274e36a9.txt"), path.join(dir, "000_good.txt"));
    const bad = fs.readFileSync(path.join(SEEDS, "003_289092d0a194b3a0.txt"), "utf8").replace(/(Q2:\n\n[^\n]+\n\n)Expert\n/, "$1");
    fs.writeFileSync(path.join(dir, "003_bad.txt"), bad);
    const h = await open();
    try {
      await expect(runImport(h.db, [dir])).rejects.toThrow(/^003_bad\.txt:\d+: expected a level line/);
      expect(await count(h, "questions")).toBe(0);
      expect(await count(h, "imported_pages")).toBe(0);
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
