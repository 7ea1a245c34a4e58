/**
 * Reads uploaded files of one import format into raw records for planBankImport: a bank JSON
 * export, question CSV, our Markdown question files (and set YAML files), or HumanEval/MBPP
 * JSONL. A file or record that cannot be read becomes a rejection with its reason; nothing
 * throws for bad content. Pure.
 */
import { parseChallengeJsonl } from "../challenges/parse-challenge-jsonl";
import { parseQuestionFile } from "../content/question-file";
import { parseSetFile } from "../content/set-file";
import { isAppError } from "../errors";
import { questionsFromCsv } from "./bank-csv";
import { BankEnvelopeSchema } from "./bank-format";
import type { RawRecord, UnreadableRecord } from "./plan-bank-import";

/** The formats the import page offers. "seed" (the seed pages) is planned by the seed importer. */
export const IMPORT_FORMATS = ["bank-json", "csv", "markdown", "jsonl", "seed"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  "bank-json": "PyPrep bank (JSON export)",
  csv: "Questions (CSV)",
  markdown: "Our Markdown question files (.md) and set files (.yaml)",
  jsonl: "Challenges (HumanEval or MBPP JSONL)",
  seed: "Seed pages (.txt)",
};

export interface UploadedFile {
  name: string;
  text: string;
}

export interface ReadImportResult {
  questions: RawRecord[];
  sets: RawRecord[];
  challenges: RawRecord[];
  companies: RawRecord[];
  unreadable: UnreadableRecord[];
}

const message = (e: unknown) => (isAppError(e) || e instanceof Error ? e.message : String(e));

/** Reads the files of a non-seed import. */
export function readImportFiles(format: Exclude<ImportFormat, "seed">, files: readonly UploadedFile[]): ReadImportResult {
  const out: ReadImportResult = { questions: [], sets: [], challenges: [], companies: [], unreadable: [] };
  for (const file of files) {
    if (format === "bank-json") {
      let value: unknown;
      try {
        value = JSON.parse(file.text);
      } catch (e) {
        out.unreadable.push({ entity: "question", key: file.name, reason: `${file.name}: not valid JSON (${message(e)})` });
        continue;
      }
      const env = BankEnvelopeSchema.safeParse(value);
      if (!env.success) {
        const i = env.error.issues[0];
        out.unreadable.push({ entity: "question", key: file.name, reason: `${file.name}: '${i?.path.join(".") || "file"}' ${i?.message ?? "is invalid"}` });
        continue;
      }
      out.companies.push(...env.data.companies.map((v, i) => ({ origin: `companies[${i}]`, value: v })));
      out.questions.push(...env.data.questions.map((v, i) => ({ origin: `questions[${i}]`, value: v })));
      out.sets.push(...env.data.sets.map((v, i) => ({ origin: `sets[${i}]`, value: v })));
      out.challenges.push(...env.data.challenges.map((v, i) => ({ origin: `challenges[${i}]`, value: v })));
    } else if (format === "csv") {
      try {
        const { records, problems } = questionsFromCsv(file.text);
        out.questions.push(...records.map((r) => ({ origin: `${file.name}:${r.line}`, value: r.value })));
        out.unreadable.push(...problems.map((p) => ({ entity: "question" as const, key: p.key, reason: `${file.name}: ${p.reason}` })));
      } catch (e) {
        out.unreadable.push({ entity: "question", key: file.name, reason: `${file.name}: ${message(e)}` });
      }
    } else if (format === "markdown") {
      if (/\.ya?ml$/i.test(file.name)) {
        const r = parseSetFile(file.name, file.text);
        if (!r.ok) out.unreadable.push({ entity: "set", key: file.name, reason: r.issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join("; ") });
        else out.sets.push({ origin: file.name, value: { slug: r.set.slug, title: r.set.title, description: r.set.description, kind: "curated", companySlug: null, featured: r.set.featured, questions: r.set.questions } });
        continue;
      }
      const r = parseQuestionFile(file.name, file.text);
      if (!r.ok) {
        out.unreadable.push({ entity: "question", key: file.name, reason: r.issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join("; ") });
        continue;
      }
      const q = r.question;
      const day = `${q.last_updated}T00:00:00.000Z`;
      out.questions.push({
        origin: file.name,
        value: {
          slug: q.slug,
          title: q.title,
          level: q.level,
          status: "published",
          origin: "content",
          topics: q.topics,
          companies: q.companies,
          bands: q.bands,
          summary: q.summary,
          answerMd: q.answerMd,
          rubric: q.rubric,
          examples: q.examples.map((e) => ({ ...(e.title ? { title: e.title } : {}), language: "python", code: e.code.replace(/\n$/, ""), output: e.output })),
          related: q.related,
          seeds: q.seeds,
          reviewedBy: q.reviewed_by,
          reviewedAt: day,
          updatedAt: day,
        },
      });
    } else {
      file.text.split("\n").forEach((line, i) => {
        if (!line.trim()) return;
        try {
          for (const c of parseChallengeJsonl(`${file.name}:${i + 1}`, line)) out.challenges.push({ origin: `${file.name}:${i + 1}`, value: { ...c, topics: [], relatedQuestions: [], timeLimitMs: 2000 } });
        } catch (e) {
          out.unreadable.push({ entity: "challenge", key: `${file.name}:${i + 1}`, reason: message(e).replace(`${file.name}:${i + 1}:1:`, `${file.name}:${i + 1}:`) });
        }
      });
    }
  }
  return out;
}
