import { describe, expect, it } from "vitest";
import { parseCsv, questionsFromCsv, questionsToCsv, toCsv } from "../../../src/core/editorial/bank-csv";
import { BankQuestionSchema } from "../../../src/core/editorial/bank-format";

describe("bank CSV", () => {
  it("round-trips quotes, commas and newlines in cells", () => {
    const rows = [["a", 'say "hi", then\nleave', ""], ["x,y", " padded ", "z"]];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it("reports an unterminated quoted field with its line", () => {
    expect(() => parseCsv('a,b\n"open,\nstill open')).toThrow(/line 2/);
  });

  it("writes questions and reads them back as the same records", () => {
    const q = BankQuestionSchema.parse({
      slug: "gil",
      title: "What is the GIL?",
      level: "Mid",
      topics: ["concurrency"],
      bands: ["2-5"],
      summary: "A lock, in one line.",
      answerMd: "The GIL lets one thread run Python bytecode at a time.\n\n- a\n- b",
      examples: [{ language: "python", code: "print(1)", output: "1" }],
      reviewedBy: "Ada",
      reviewedAt: "2025-01-02T00:00:00.000Z",
      updatedAt: "2025-01-02T00:00:00.000Z",
    });
    const { records, problems } = questionsFromCsv(questionsToCsv([q]));
    expect(problems).toEqual([]);
    const back = BankQuestionSchema.parse(records[0]?.value);
    expect({ ...back, origin: q.origin }).toEqual(q);
  });
});
