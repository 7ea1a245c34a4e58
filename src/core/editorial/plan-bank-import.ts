/**
 * Plans an import of bank records (from a bank JSON export, CSV rows, our Markdown files or
 * challenge JSONL) against the current bank, without touching it: what will be added, merged
 * into an existing record (same slug), left unchanged, or rejected, each with its reasons.
 * A plan with any rejection is not committed (imports are all or nothing). Pure.
 */
import type { z } from "zod";
import { DuplicateFinder } from "../bank/near-duplicates";
import { BankChallengeSchema, BankCompanySchema, BankQuestionSchema, BankSetSchema, type BankChallenge, type BankCompany, type BankQuestion, type BankSet } from "./bank-format";

export type ImportEntity = "question" | "set" | "challenge";
export type ImportAction = "add" | "merge" | "unchanged" | "reject";

/** One line of the preview table. */
export interface ImportPreviewItem {
  entity: ImportEntity;
  /** Slug when known, else "questions[3]" or "line 7". */
  key: string;
  title: string;
  action: ImportAction;
  /** Why it is rejected. */
  reasons: string[];
  /** Worth a look, not blocking: near duplicates, links to unknown questions. */
  warnings: string[];
}

export interface ImportPreview {
  /** Format label shown to the user ("bank JSON", "CSV"…). */
  format: string;
  items: ImportPreviewItem[];
  counts: Record<ImportAction, number>;
  /** True when nothing is rejected and something would change. */
  canCommit: boolean;
}

/** A record already parsed out of its file, not validated yet. */
export interface RawRecord {
  /** Where it came from, for messages: "questions[3]", "gil.md", "line 7". */
  origin: string;
  value: unknown;
}

/** A record that could not even be read (bad Markdown, bad CSV row, bad JSONL line). */
export interface UnreadableRecord {
  entity: ImportEntity;
  key: string;
  reason: string;
}

export interface PlanBankImportOptions {
  format: string;
  questions?: RawRecord[];
  sets?: RawRecord[];
  challenges?: RawRecord[];
  companies?: RawRecord[];
  unreadable?: UnreadableRecord[];
  /** The current bank, in the same portable shape. */
  existing: { questions: BankQuestion[]; sets: BankSet[]; challenges: BankChallenge[] };
}

export interface BankImportPlan {
  preview: ImportPreview;
  /** Records to write (added or merged), valid. */
  questions: BankQuestion[];
  sets: BankSet[];
  challenges: BankChallenge[];
  companies: BankCompany[];
}

function issueText(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((i) => `${i.path.length ? `'${i.path.join(".")}'` : "record"} ${i.message}`);
}

function keyOf(value: unknown, fallback: string): string {
  const slug = (value as { slug?: unknown } | null)?.slug;
  return typeof slug === "string" && slug ? slug : fallback;
}

function titleOf(value: unknown): string {
  const t = (value as { title?: unknown } | null)?.title;
  return typeof t === "string" ? t : "";
}

/** Compares records ignoring keys the record leaves out (defaults stand for "as stored"). */
function sameAs(record: object, stored: object): boolean {
  const s = stored as Record<string, unknown>;
  return Object.entries(record).every(([k, v]) => v === undefined || JSON.stringify(v) === JSON.stringify(s[k]));
}

/** Validates every record and decides what each would do. */
export function planBankImport(options: PlanBankImportOptions): BankImportPlan {
  const { existing } = options;
  const items: ImportPreviewItem[] = [];
  const plan: BankImportPlan = { preview: { format: options.format, items, counts: { add: 0, merge: 0, unchanged: 0, reject: 0 }, canCommit: false }, questions: [], sets: [], challenges: [], companies: [] };
  for (const u of options.unreadable ?? []) items.push({ entity: u.entity, key: u.key, title: "", action: "reject", reasons: [u.reason], warnings: [] });

  for (const c of options.companies ?? []) {
    const parsed = BankCompanySchema.safeParse(c.value);
    if (parsed.success) plan.companies.push(parsed.data);
  }

  const existingQ = new Map(existing.questions.map((q) => [q.slug, q]));
  const incomingText = (options.questions ?? []).map((r) => {
    const v = r.value as { title?: unknown; summary?: unknown; answerMd?: unknown } | null;
    return [v?.title, v?.summary, v?.answerMd].filter((x) => typeof x === "string").join(" ");
  });
  const finder = new DuplicateFinder<BankQuestion>([...existing.questions.map((q) => `${q.title} ${q.summary} ${q.answerMd}`), ...incomingText]);
  for (const q of existing.questions) finder.add(q, q.title, `${q.summary} ${q.answerMd}`, null);
  const seen = new Set<string>();
  const incomingSlugs = new Set<string>();
  for (const r of options.questions ?? []) {
    const key = keyOf(r.value, r.origin);
    const parsed = BankQuestionSchema.safeParse(r.value);
    if (!parsed.success) {
      items.push({ entity: "question", key, title: titleOf(r.value), action: "reject", reasons: issueText(parsed.error).map((m) => `${r.origin}: ${m}`), warnings: [] });
      continue;
    }
    const q = parsed.data;
    if (seen.has(q.slug)) {
      items.push({ entity: "question", key, title: q.title, action: "reject", reasons: [`${r.origin}: slug '${q.slug}' appears twice in this import`], warnings: [] });
      continue;
    }
    seen.add(q.slug);
    incomingSlugs.add(q.slug);
    const prev = existingQ.get(q.slug);
    const warnings: string[] = [];
    if (!prev) {
      const dup = finder.find(q.title, `${q.summary} ${q.answerMd}`, null);
      if (dup) warnings.push(`${dup.kind === "exact" ? "Same title as" : "Close to"} '${dup.item.slug}' (${dup.item.title})`);
    }
    const action: ImportAction = !prev ? "add" : sameAs(q, prev) ? "unchanged" : "merge";
    items.push({ entity: "question", key: q.slug, title: q.title, action, reasons: [], warnings });
    if (action !== "unchanged") plan.questions.push(q);
  }
  const known = (slug: string) => incomingSlugs.has(slug) || existingQ.has(slug);
  for (const item of items) {
    if (item.entity !== "question" || item.action === "reject") continue;
    const q = plan.questions.find((x) => x.slug === item.key);
    const unknown = q?.related.filter((s) => !known(s)) ?? [];
    if (unknown.length) item.warnings.push(`related questions not in the bank are dropped: ${unknown.join(", ")}`);
  }

  const existingS = new Map(existing.sets.map((s) => [s.slug, s]));
  for (const r of options.sets ?? []) {
    const key = keyOf(r.value, r.origin);
    const parsed = BankSetSchema.safeParse(r.value);
    if (!parsed.success) {
      items.push({ entity: "set", key, title: titleOf(r.value), action: "reject", reasons: issueText(parsed.error).map((m) => `${r.origin}: ${m}`), warnings: [] });
      continue;
    }
    const s = parsed.data;
    const missing = s.questions.filter((slug) => !known(slug));
    const twice = s.questions.filter((slug, i) => s.questions.indexOf(slug) !== i);
    const reasons = [...(missing.length ? [`lists questions that exist neither in the bank nor in this import: ${missing.join(", ")}`] : []), ...(twice.length ? [`lists a question twice: ${twice.join(", ")}`] : [])];
    const prev = existingS.get(s.slug);
    const action: ImportAction = reasons.length ? "reject" : !prev ? "add" : sameAs(s, prev) ? "unchanged" : "merge";
    items.push({ entity: "set", key: s.slug, title: s.title, action, reasons, warnings: [] });
    if (action === "add" || action === "merge") plan.sets.push(s);
  }

  const existingC = new Map(existing.challenges.map((c) => [c.slug, c]));
  const seenC = new Set<string>();
  for (const r of options.challenges ?? []) {
    const key = keyOf(r.value, r.origin);
    const parsed = BankChallengeSchema.safeParse(r.value);
    if (!parsed.success) {
      items.push({ entity: "challenge", key, title: titleOf(r.value), action: "reject", reasons: issueText(parsed.error).map((m) => `${r.origin}: ${m}`), warnings: [] });
      continue;
    }
    const c = parsed.data;
    if (seenC.has(c.slug)) {
      items.push({ entity: "challenge", key, title: c.title, action: "reject", reasons: [`${r.origin}: slug '${c.slug}' appears twice in this import`], warnings: [] });
      continue;
    }
    seenC.add(c.slug);
    const prev = existingC.get(c.slug);
    const action: ImportAction = !prev ? "add" : sameAs(c, prev) ? "unchanged" : "merge";
    items.push({ entity: "challenge", key: c.slug, title: c.title, action, reasons: [], warnings: [] });
    if (action !== "unchanged") plan.challenges.push(c);
  }

  for (const i of items) plan.preview.counts[i.action]++;
  const { counts } = plan.preview;
  plan.preview.canCommit = counts.reject === 0 && counts.add + counts.merge > 0;
  return plan;
}
