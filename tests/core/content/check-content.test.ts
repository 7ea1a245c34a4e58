import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../../src/core/content/check-content";
import { createPyodideRunner, type PythonRunner } from "../../../src/core/judge/pyodide-runner";

function questionFile(slug: string, over: { title?: string; related?: string; examples?: string; extra?: string } = {}): { file: string; text: string } {
  return {
    file: `content/questions/${slug}.md`,
    text: `---
slug: ${slug}
title: ${over.title ?? `What does ${slug} mean in Python programs?`}
level: Mid
topics: [basics]
bands: ["2-5"]
summary: >-
  This is the first sentence of the summary. This is the second one.
rubric:
  - point: States the main idea clearly and correctly
    aliases: [main idea]
    weight: 3
  - point: Gives an example of where it is used
    aliases: [example]
    weight: 2
  - point: Names a pitfall that candidates meet in practice
    aliases: [pitfall]
    weight: 1
examples:
${over.examples ?? `  - code: |
      print(sum(range(4)))
    output: |
      6`}
related: [${over.related ?? ""}]
reviewed_by: PyPrep Editorial
last_updated: 2026-11-25${over.extra ?? ""}
---
An answer body that is long enough to pass the minimum length check of the content checker, in our own words.
`,
  };
}

describe("checkContent", () => {
  let runner: PythonRunner;
  beforeAll(async () => {
    runner = await createPyodideRunner();
  });

  it("accepts a valid file and runs its example", async () => {
    const r = await checkContent({ questions: [questionFile("alpha")], sets: [], runner });
    expect(r.issues).toEqual([]);
    expect(r.examplesRun).toBe(1);
  });

  it("reports a wrong example output at the example's line", async () => {
    const bad = questionFile("beta", { examples: "  - code: |\n      print(2 + 2)\n    output: |\n      5" });
    const r = await checkContent({ questions: [bad], sets: [], runner });
    expect(r.issues).toEqual([{ file: "content/questions/beta.md", line: 20, message: 'example 1 printed "4", but the file says "5"' }]);
  });

  it("reports an example that raises, with the exception", async () => {
    const bad = questionFile("gamma", { examples: "  - code: |\n      {}['missing']\n    output: ''" });
    const r = await checkContent({ questions: [bad], sets: [], runner });
    expect(r.issues[0]?.message).toBe("example 1 raised KeyError: 'missing'");
  });

  it("reports schema errors with the line of the offending key", async () => {
    const bad = questionFile("delta", { extra: "\ncolour: blue" });
    const wrongLevel = { file: "content/questions/eps.md", text: questionFile("eps").text.replace("level: Mid", "level: Wizard") };
    const r = await checkContent({ questions: [bad, wrongLevel], sets: [] });
    expect(r.issues.map((i) => `${i.file}:${i.line}`)).toEqual(["content/questions/delta.md:2", "content/questions/eps.md:4"]);
    expect(r.issues[0]?.message).toMatch(/colour/);
    expect(r.issues[1]?.message).toMatch(/^level: /);
  });

  it("finds near-duplicate titles, broken related links and unknown set entries", async () => {
    const a = questionFile("one", { title: "What is the Global Interpreter Lock (GIL)?" });
    const b = questionFile("two", { title: "What is the GIL in Python?", related: "nowhere" });
    const set = { file: "content/sets/s.yaml", text: "slug: s\ntitle: A set\ndescription: A set for the test.\nquestions:\n  - one\n  - ghost\n" };
    const r = await checkContent({ questions: [a, b], sets: [set] });
    expect(r.issues.map((i) => i.message)).toEqual([
      "title is nearly the same as content/questions/one.md: 'What is the Global Interpreter Lock (GIL)?'",
      "related question 'nowhere' does not exist",
      "question 'ghost' does not exist",
    ]);
    expect(r.issues[2]).toMatchObject({ file: "content/sets/s.yaml", line: 6 });
  });
});
