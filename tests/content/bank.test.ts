import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LEVELS } from "../../src/core/bank/levels";
import { TOPICS } from "../../src/core/bank/topics";
import { checkContent, type CheckContentResult } from "../../src/core/content/check-content";
import { parseSeedPage } from "../../src/core/ingest/parse-seed-page";
import { planSeedImport } from "../../src/core/ingest/plan-seed-import";
import { createPyodideRunner } from "../../src/core/judge/pyodide-runner";
import { readContentDir } from "../../src/cli/commands/content";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEEDS = path.resolve(ROOT, "../shared/seeds");

describe("our question bank (content/)", () => {
  let result: CheckContentResult;
  beforeAll(async () => {
    const { questions, sets } = readContentDir(path.join(ROOT, "content"));
    result = await checkContent({ questions, sets, runner: await createPyodideRunner() });
  }, 600_000);

  it("has no schema, link or duplicate issues, and every example prints what its file says", () => {
    expect(result.issues.map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual([]);
    expect(result.examplesRun).toBeGreaterThan(300);
  });

  it("has at least 300 questions across every level and topic", () => {
    expect(result.questions.length).toBeGreaterThanOrEqual(300);
    for (const level of LEVELS) expect(result.questions.filter((q) => q.level === level).length, level).toBeGreaterThanOrEqual(20);
    for (const topic of TOPICS) expect(result.questions.filter((q) => q.topics.includes(topic.slug)).length, topic.slug).toBeGreaterThanOrEqual(5);
  });

  it("covers every distinct question of the seed pages", () => {
    const covered = new Map<string, string>();
    for (const q of result.questions) for (const s of q.seeds) covered.set(s, q.slug);
    const pages = fs
      .readdirSync(SEEDS)
      .sort()
      .map((f) => {
        const text = fs.readFileSync(path.join(SEEDS, f), "utf8");
        return { page: parseSeedPage(f, text), text };
      });
    // A distinct seed question is a merge group of the importer: covering any member covers it.
    const groups = planSeedImport({ pages, existing: [], existingPages: [] }).questions.map((q) => ({
      title: q.title,
      ids: q.newSources.map((s) => `${s.page.slice(0, 3)}#${s.position}`),
    }));
    const gaps = groups.filter((g) => !g.ids.some((id) => covered.has(id))).map((g) => `${g.ids.join(",")} ${g.title}`);
    expect(gaps).toEqual([]);
    const unknown = [...covered.keys()].filter((id) => !groups.some((g) => g.ids.includes(id)));
    expect(unknown).toEqual([]);
  });

  it("ships the curated sets candidates look for", () => {
    const slugs = result.sets.map((s) => s.slug).sort();
    expect(slugs).toEqual(
      expect.arrayContaining(["amazon-interview", "freshers-0-1-years", "mid-level-2-5-years", "senior-5-plus-years", "concurrency-deep-dive", "python-for-data-science", "web-backends", "30-minute-warm-up"]),
    );
  });
});
