import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { checkContent } from "../../src/core/content/check-content";
import type { DbHandle } from "../../src/db/client";
import { importContent } from "../../src/db/import-content";
import { getQuestionBySlug } from "../../src/db/queries/get-question";
import { rows } from "../../src/db/queries/rows";
import { searchQuestions } from "../../src/db/queries/search-questions";
import { getCuratedSet } from "../../src/db/queries/catalog";
import { testDatabases } from "./test-databases";

function file(slug: string, title: string, related: string[], level = "Mid"): { file: string; text: string } {
  return {
    file: `content/questions/${slug}.md`,
    text: `---
slug: ${slug}
title: ${title}
level: ${level}
topics: [concurrency]
companies: [amazon]
bands: ["2-5"]
summary: >-
  First sentence about ${slug}. Second sentence about it.
rubric:
  - point: Only one thread runs Python bytecode at a time
    aliases: [one thread at a time]
    weight: 3
  - point: The lock is released around blocking I/O
    aliases: [released on I/O]
    weight: 2
  - point: Use processes for CPU-bound parallel work
    aliases: [multiprocessing]
    weight: 2
examples:
  - title: Sum
    code: |
      print(sum([1, 2]))
    output: |
      3
related: [${related.join(", ")}]
seeds: ["002#19"]
reviewed_by: PyPrep Editorial
last_updated: 2026-11-20
---
Our own answer about ${slug}, long enough to be a real answer body for the checker to accept it.
`,
  };
}

const sources = [file("gil-basics", "What is the GIL and what does it protect?", ["gil-io"]), file("gil-io", "When does CPython release its interpreter lock?", ["gil-basics"], "Senior")];
const setSource = { file: "content/sets/warm-up.yaml", text: "slug: warm-up\ntitle: Warm-up\ndescription: Two questions to start with.\nfeatured: true\nquestions:\n  - gil-io\n  - gil-basics\n" };

const databases = await testDatabases();

describe.each(databases)("loading our content on $name", ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stores questions with rubric, examples, related links and sets", async () => {
    const checked = await checkContent({ questions: sources, sets: [setSource] });
    expect(checked.issues).toEqual([]);
    const r = await importContent(h.db, { questions: checked.questions, sets: checked.sets });
    expect(r).toEqual({ created: 2, updated: 0, unchanged: 0, sets: 1 });
    const q = await getQuestionBySlug(h.db, "gil-basics");
    expect(q).toMatchObject({ level: "Mid", reviewedBy: "PyPrep Editorial", companies: [{ slug: "amazon", name: "Amazon" }] });
    expect(q?.updatedAt.slice(0, 10)).toBe("2026-11-20");
    expect(q?.codeExamples).toEqual([{ title: "Sum", language: "python", code: "print(sum([1, 2]))", expectedOutput: "3\n" }]);
    expect(q?.related.map((x) => x.slug)).toEqual(["gil-io"]);
    const [rubric] = await rows<{ n: number }>(h.db, sql`SELECT jsonb_array_length(rubric)::int AS n FROM questions WHERE slug = 'gil-basics'`);
    expect(rubric?.n).toBe(3);
    const set = await searchQuestions(h.db, { set: "warm-up", page: 1, pageSize: 10 });
    expect(set.items.map((i) => i.slug)).toEqual(["gil-io", "gil-basics"]);
    expect(await getCuratedSet(h.db, "warm-up")).toMatchObject({ featured: true, kind: "curated" });
  });

  it("leaves unchanged files untouched and updates edited ones", async () => {
    const edited = [sources[0]!, { ...sources[1]!, text: sources[1]!.text.replace("When does CPython release", "When exactly does CPython release") }];
    const checked = await checkContent({ questions: edited, sets: [setSource] });
    const r = await importContent(h.db, { questions: checked.questions, sets: checked.sets });
    expect(r).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await getQuestionBySlug(h.db, "gil-io"))?.title).toBe("When exactly does CPython release its interpreter lock?");
  });
});
