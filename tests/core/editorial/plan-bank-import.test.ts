import { describe, expect, it } from "vitest";
import { BankQuestionSchema, BankSetSchema } from "../../../src/core/editorial/bank-format";
import { diffRevisions } from "../../../src/core/editorial/diff-revisions";
import { planBankImport } from "../../../src/core/editorial/plan-bank-import";
import { readImportFiles } from "../../../src/core/editorial/read-import-files";

const existing = {
  questions: [BankQuestionSchema.parse({ slug: "what-is-gil", title: "What is the Global Interpreter Lock in Python?", level: "Mid", topics: ["concurrency"], bands: ["2-5"], answerMd: "The GIL is a mutex." })],
  sets: [BankSetSchema.parse({ slug: "core", title: "Core", questions: ["what-is-gil"] })],
  challenges: [],
};

describe("planBankImport", () => {
  it("adds, merges, leaves unchanged and rejects with reasons", () => {
    const plan = planBankImport({
      format: "test",
      existing,
      questions: [
        { origin: "questions[0]", value: { ...existing.questions[0] } },
        { origin: "questions[1]", value: { slug: "new-one", title: "How do descriptors work?", level: "Senior" } },
        { origin: "questions[2]", value: { slug: "what-is-gil", title: "GIL again", level: "Mid" } },
        { origin: "questions[3]", value: { slug: "Bad Slug", title: "x", level: "Mid" } },
      ],
      sets: [{ origin: "sets[0]", value: { slug: "core", title: "Core", questions: ["what-is-gil", "ghost"] } }],
    });
    const actions = plan.preview.items.map((i) => `${i.entity}:${i.key}:${i.action}`);
    expect(actions).toEqual(["question:what-is-gil:unchanged", "question:new-one:add", "question:what-is-gil:reject", "question:Bad Slug:reject", "set:core:reject"]);
    expect(plan.preview.items[2]?.reasons[0]).toMatch(/appears twice/);
    expect(plan.preview.items[3]?.reasons[0]).toMatch(/'slug' must be kebab-case/);
    expect(plan.preview.items[4]?.reasons[0]).toMatch(/ghost/);
    expect(plan.preview.canCommit).toBe(false);
  });

  it("warns when a new question is close to one in the bank", () => {
    const plan = planBankImport({ format: "test", existing, questions: [{ origin: "q", value: { slug: "gil-2", title: "What is the global interpreter lock in Python", level: "Mid", answerMd: "The GIL is a mutex around the interpreter." } }] });
    expect(plan.preview.items[0]?.warnings[0]).toMatch(/what-is-gil/);
    expect(plan.preview.canCommit).toBe(true);
  });

  it("reads a Markdown file that fails the content schema as a rejection with its line", () => {
    const read = readImportFiles("markdown", [{ name: "bad.md", text: "---\nslug: bad\ntitle: Too short\n---\nbody" }]);
    expect(read.unreadable[0]?.reason).toMatch(/^bad\.md:\d+: /);
  });
});

describe("diffRevisions", () => {
  it("reports only the fields that changed, in form order", () => {
    const d = diffRevisions({ title: "A title", level: "Mid", topics: ["basics"] }, { title: "A better title", level: "Mid", topics: ["basics", "oop"] });
    expect(d.map((f) => f.field)).toEqual(["title", "topics"]);
    expect(d[0]?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["better"]);
  });
});
