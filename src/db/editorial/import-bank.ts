/**
 * The admin import: preview what a batch of files would add, merge and reject, then commit it
 * in one transaction (all or nothing). Seed pages go through the seed planner and importer;
 * every other format through planBankImport and applyBankImport.
 */
import { sql } from "drizzle-orm";
import { AppError, isAppError } from "../../core/errors";
import { planBankImport, type ImportPreview, type ImportPreviewItem } from "../../core/editorial/plan-bank-import";
import { IMPORT_FORMAT_LABELS, readImportFiles, type ImportFormat, type UploadedFile } from "../../core/editorial/read-import-files";
import { planSeedImport } from "../../core/ingest/plan-seed-import";
import { parseSeedPage } from "../../core/ingest/parse-seed-page";
import type { ParsedPage } from "../../core/ingest/types";
import type { Db } from "../client";
import { importSeedPages, loadExisting } from "../import-seed-pages";
import { importedPages } from "../schema";
import { recordAudit, type EditorialActor } from "./audit";
import { applyBankImport, exportBank } from "./bank";

export interface ImportRequest {
  format: ImportFormat;
  files: UploadedFile[];
}

function parseSeedFiles(files: readonly UploadedFile[]): { pages: { page: ParsedPage; text: string }[]; rejected: ImportPreviewItem[] } {
  const pages: { page: ParsedPage; text: string }[] = [];
  const rejected: ImportPreviewItem[] = [];
  for (const f of files) {
    try {
      pages.push({ page: parseSeedPage(f.name, f.text), text: f.text });
    } catch (e) {
      rejected.push({ entity: "question", key: f.name, title: "", action: "reject", reasons: [isAppError(e) || e instanceof Error ? e.message : String(e)], warnings: [] });
    }
  }
  return { pages, rejected };
}

async function previewSeed(db: Db, files: readonly UploadedFile[]): Promise<{ preview: ImportPreview; pages: { page: ParsedPage; text: string }[] }> {
  const { pages, rejected } = parseSeedFiles(files);
  const plan = planSeedImport({ pages, existing: await loadExisting(db), existingPages: await db.select({ file: importedPages.file, contentHash: importedPages.contentHash }).from(importedPages) });
  const items: ImportPreviewItem[] = [...rejected];
  for (const q of plan.questions) {
    const merges = plan.merges.filter((m) => m.includes(`→ '${q.slug}'`));
    items.push({ entity: "question", key: q.slug, title: q.title, action: q.id === null ? "add" : "merge", reasons: [], warnings: merges });
  }
  for (const r of plan.reports) if (r.unchanged === r.read && r.read > 0) items.push({ entity: "question", key: r.file, title: r.title, action: "unchanged", reasons: [], warnings: [`${r.read} questions already imported from this page`] });
  for (const s of plan.sets) items.push({ entity: "set", key: s.slug, title: s.title, action: "add", reasons: [], warnings: [] });
  const counts = { add: 0, merge: 0, unchanged: 0, reject: 0 };
  for (const i of items) counts[i.action]++;
  return { preview: { format: IMPORT_FORMAT_LABELS.seed, items, counts, canCommit: counts.reject === 0 && counts.add + counts.merge > 0 }, pages };
}

async function planOther(db: Db, format: Exclude<ImportFormat, "seed">, files: readonly UploadedFile[]) {
  const read = readImportFiles(format, files);
  const existing = await exportBank(db);
  return planBankImport({ format: IMPORT_FORMAT_LABELS[format], ...read, existing });
}

/** What an import would do, without writing anything. */
export async function previewImport(db: Db, { format, files }: ImportRequest): Promise<ImportPreview> {
  if (format === "seed") return (await previewSeed(db, files)).preview;
  return (await planOther(db, format, files)).preview;
}

/**
 * Commits an import: re-plans against the bank as it is now, refuses when anything is rejected,
 * and writes everything in one transaction.
 * @throws AppError INVALID_INPUT when a record is rejected (nothing is written)
 */
export async function commitImport(db: Db, actor: EditorialActor, { format, files }: ImportRequest): Promise<ImportPreview> {
  const source = files.map((f) => f.name).join(", ").slice(0, 200) || "upload";
  if (format === "seed") {
    const { preview, pages } = await previewSeed(db, files);
    if (preview.counts.reject > 0) throw new AppError("INVALID_INPUT", `${preview.counts.reject} file(s) are rejected: fix them and import again (nothing was imported)`, { preview });
    await importSeedPages(db, { pages });
    await recordAudit(db, actor, "import.commit", "bank", source, { format: preview.format, counts: preview.counts });
    return preview;
  }
  const plan = await planOther(db, format, files);
  if (plan.preview.counts.reject > 0) throw new AppError("INVALID_INPUT", `${plan.preview.counts.reject} record(s) are rejected: fix them and import again (nothing was imported)`, { preview: plan.preview });
  await applyBankImport(db, actor, plan, source);
  return plan.preview;
}

/** Number of questions in the bank (any status). */
export async function countQuestions(db: Db): Promise<number> {
  const r = (await db.execute(sql`SELECT count(*)::int AS n FROM questions`)) as unknown as { rows: { n: number }[] };
  return r.rows[0]?.n ?? 0;
}
