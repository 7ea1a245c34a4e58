import { createHash } from "node:crypto";
import { classifyTopics } from "../bank/classify-topics";
import { defaultBandsForLevel, type ExperienceBand, type Level } from "../bank/levels";
import { DuplicateFinder } from "../bank/near-duplicates";
import { slugify, uniqueSlug } from "../bank/slugify";
import { topicForLabel } from "../bank/topics";
import type { CodeExample } from "../bank/types";
import type { ParsedPage, ParsedSeedQuestion } from "./types";

/** A question already in the bank, as the planner needs to see it. */
export interface ExistingQuestion {
  id: number;
  slug: string;
  title: string;
  level: Level;
  quickSummary: string;
  answerMd: string;
  codeExamples: CodeExample[];
  topics: string[];
  companies: string[];
  bands: ExperienceBand[];
  /** `${page}#${position}` of every source already recorded. */
  sourceKeys: string[];
  /** The title each source page used, with its page, for duplicate matching. */
  sourceTitles: { page: string; title: string; body: string }[];
}

/** A page already imported: its file name and content hash. */
export interface ExistingPage {
  file: string;
  contentHash: string;
}

/** A source record to store for a question. */
export interface PlannedSource {
  page: string;
  pageTitle: string;
  position: number;
  line: number;
  originalTitle: string;
  levelLabel: string;
  answerMd: string;
  quickSummary: string | null;
}

/** A question after planning: new (id null) or existing and changed. */
export interface PlannedQuestion {
  /** Existing id, or null for a question to create. */
  id: number | null;
  /** Stable key within the plan, used by set items. */
  key: string;
  slug: string;
  title: string;
  level: Level;
  quickSummary: string;
  answerMd: string;
  codeExamples: CodeExample[];
  topics: string[];
  companies: string[];
  bands: ExperienceBand[];
  /** Sources to add (or refresh, when the page changed). */
  newSources: PlannedSource[];
}

export interface PlannedSet {
  slug: string;
  title: string;
  description: string;
  kind: "company" | "page";
  companySlug: string | null;
  /** Keys of PlannedQuestion (or `id:<n>` of untouched existing questions), in the page's order. */
  itemKeys: string[];
}

/** What one file contributed. `merged = exact + near`. */
export interface FileImportReport {
  file: string;
  title: string;
  read: number;
  /** Merged into a question with the same title (case and punctuation aside). */
  exact: number;
  /** Merged into the same question in other words. */
  near: number;
  /** New questions stored. */
  stored: number;
  /** Already imported from this very page: nothing to do. */
  unchanged: number;
}

export interface SeedImportPlan {
  questions: PlannedQuestion[];
  sets: PlannedSet[];
  pages: { file: string; title: string; format: string; contentHash: string; questionCount: number }[];
  companies: { slug: string; name: string }[];
  reports: FileImportReport[];
  /** Human-readable merge decisions: "002#14 → 'what-is-gil' (near, 0.86)". */
  merges: string[];
}

export interface PlanSeedImportOptions {
  pages: { page: ParsedPage; text: string }[];
  existing: ExistingQuestion[];
  existingPages: ExistingPage[];
}

/** SHA-256 of a text, hex. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

interface PoolItem extends PlannedQuestion {
  sourceKeys: Set<string>;
  changed: boolean;
}

function companySlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function pageTopicSlugs(q: ParsedSeedQuestion): string[] {
  return q.pageTopics.map((l) => topicForLabel(l)?.slug).filter((s): s is string => !!s);
}

/**
 * Plans a seed-page import against the current bank, without touching it: which questions are
 * new, which merge into existing ones (exact or near duplicates, keeping every source and
 * answer), which company sets to write. Pages whose content hash is already recorded are
 * skipped (re-importing the same files changes nothing). Pure and deterministic.
 */
export function planSeedImport({ pages, existing, existingPages }: PlanSeedImportOptions): SeedImportPlan {
  const taken = new Set(existing.map((q) => q.slug));
  const pool: PoolItem[] = existing.map((q) => ({
    id: q.id,
    key: `id:${q.id}`,
    slug: q.slug,
    title: q.title,
    level: q.level,
    quickSummary: q.quickSummary,
    answerMd: q.answerMd,
    codeExamples: q.codeExamples,
    topics: [...q.topics],
    companies: [...q.companies],
    bands: [...q.bands],
    newSources: [],
    sourceKeys: new Set(q.sourceKeys),
    changed: false,
  }));
  const corpus = [
    ...existing.map((q) => `${q.title} ${q.quickSummary} ${q.answerMd}`),
    ...pages.flatMap(({ page }) => page.questions.map((q) => `${q.title} ${q.quickSummary ?? ""} ${q.answerMd}`)),
  ];
  const finder = new DuplicateFinder<PoolItem>(corpus);
  pool.forEach((item, i) => {
    const q = existing[i]!;
    finder.add(item, q.title, `${q.quickSummary} ${q.answerMd}`, null);
    for (const s of q.sourceTitles) finder.add(item, s.title, s.body, s.page);
  });
  const known = new Map(existingPages.map((p) => [p.file, p.contentHash]));
  const plan: SeedImportPlan = { questions: [], sets: [], pages: [], companies: [], reports: [], merges: [] };
  let created = 0;

  for (const { page, text } of pages) {
    const hash = contentHash(text);
    const report: FileImportReport = { file: page.file, title: page.title, read: page.questions.length, exact: 0, near: 0, stored: 0, unchanged: 0 };
    plan.reports.push(report);
    if (known.get(page.file) === hash) {
      report.unchanged = page.questions.length;
      continue;
    }
    plan.pages.push({ file: page.file, title: page.title, format: page.format, contentHash: hash, questionCount: page.questions.length });
    const company = page.scope.kind === "company" ? { slug: companySlug(page.scope.company), name: page.scope.company } : null;
    if (company && !plan.companies.some((c) => c.slug === company.slug)) plan.companies.push(company);
    const setKeys: string[] = [];
    const pageTitles = page.questions.map((x) => x.title);

    for (const q of page.questions) {
      const source: PlannedSource = {
        page: page.file,
        pageTitle: page.title,
        position: q.position,
        line: q.line,
        originalTitle: q.title,
        levelLabel: q.levelLabel,
        answerMd: q.answerMd,
        quickSummary: q.quickSummary,
      };
      const sourceKey = `${page.file}#${q.position}`;
      const bands: ExperienceBand[] = page.scope.kind === "experience" ? [page.scope.band] : defaultBandsForLevel(q.level);
      const codeExamples: CodeExample[] = q.codeBlocks.map((b) => ({ language: b.language, code: b.code, expectedOutput: null }));

      // A source already recorded (the page changed elsewhere): refresh it in place.
      const owner = pool.find((p) => p.sourceKeys.has(sourceKey));
      const body = `${q.quickSummary ?? ""} ${q.answerMd}`;
      const dup = owner ? { item: owner, kind: "exact" as const, score: 2 } : finder.find(q.title, body, page.file, pageTitles);
      if (dup) {
        const item = dup.item;
        if (owner) report.unchanged++;
        else if (dup.kind === "exact") report.exact++;
        else report.near++;
        if (!owner) {
          plan.merges.push(`${page.file}#${q.position} '${q.title}' → '${item.slug}' (${dup.kind}, score ${dup.score.toFixed(2)})`);
          finder.add(item, q.title, body, page.file);
        }
        item.newSources.push(source);
        item.sourceKeys.add(sourceKey);
        for (const t of pageTopicSlugs(q)) if (!item.topics.includes(t) && item.topics.length < 4) item.topics.push(t);
        if (company && !item.companies.includes(company.slug)) item.companies.push(company.slug);
        for (const b of bands) if (!item.bands.includes(b)) item.bands.push(b);
        if (!item.quickSummary && q.quickSummary) item.quickSummary = q.quickSummary;
        if (item.codeExamples.length === 0 && codeExamples.length > 0) item.codeExamples = codeExamples;
        item.changed = true;
        setKeys.push(item.key);
        continue;
      }
      const slug = uniqueSlug(slugify(q.title), taken);
      taken.add(slug);
      const item: PoolItem = {
        id: null,
        key: `new:${created++}`,
        slug,
        title: q.title,
        level: q.level,
        quickSummary: q.quickSummary ?? "",
        answerMd: q.answerMd,
        codeExamples,
        topics: classifyTopics({ title: q.title, body: `${q.quickSummary ?? ""}\n${q.answerMd}`, pageTopics: q.pageTopics }),
        companies: company ? [company.slug] : [],
        bands: [...bands],
        newSources: [source],
        sourceKeys: new Set([sourceKey]),
        changed: true,
      };
      pool.push(item);
      finder.add(item, q.title, body, page.file);
      report.stored++;
      setKeys.push(item.key);
    }
    if (company) {
      plan.sets.push({
        slug: `${company.slug}-interview`,
        title: `${company.name} interview`,
        description: `Questions reported from ${company.name} Python interviews, in the order the source page lists them.`,
        kind: "company",
        companySlug: company.slug,
        itemKeys: [...new Set(setKeys)],
      });
    }
  }
  for (const p of pool) if (p.changed) plan.questions.push(stripPool(p));
  return plan;
}

function stripPool(p: PoolItem): PlannedQuestion {
  const { sourceKeys: _s, changed: _c, ...rest } = p;
  return rest;
}
