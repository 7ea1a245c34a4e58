import { eq, sql } from "drizzle-orm";
import { AppError } from "../../core/errors";
import { isTimeZone } from "../../core/practice/stats";
import type { Db } from "../client";
import { practiceSettings } from "../schema";

/** An owner's practice settings. */
export interface PracticeSettings {
  /** New cards introduced per local day, 0–500. */
  newPerDay: number;
  /** FSRS target retention, 0.7–0.97. */
  requestRetention: number;
  /** IANA time zone that decides when "today" starts. */
  timeZone: string;
}

export const DEFAULT_SETTINGS: PracticeSettings = { newPerDay: 20, requestRetention: 0.9, timeZone: "UTC" };

/** The owner's settings, or the defaults. */
export async function getSettings(db: Db, owner: string): Promise<PracticeSettings> {
  const [row] = await db.select().from(practiceSettings).where(eq(practiceSettings.owner, owner));
  return row ? { newPerDay: row.newPerDay, requestRetention: row.requestRetention, timeZone: row.timeZone } : { ...DEFAULT_SETTINGS };
}

/**
 * Changes some settings.
 * @throws AppError INVALID_INPUT naming the setting that is out of range or unknown
 */
export async function updateSettings(db: Db, owner: string, patch: Partial<PracticeSettings>): Promise<PracticeSettings> {
  if (patch.newPerDay !== undefined && !(Number.isInteger(patch.newPerDay) && patch.newPerDay >= 0 && patch.newPerDay <= 500)) {
    throw new AppError("INVALID_INPUT", "newPerDay must be a whole number from 0 to 500", { parameter: "newPerDay" });
  }
  if (patch.requestRetention !== undefined && !(patch.requestRetention >= 0.7 && patch.requestRetention <= 0.97)) {
    throw new AppError("INVALID_INPUT", "requestRetention must be between 0.7 and 0.97", { parameter: "requestRetention" });
  }
  if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
    throw new AppError("INVALID_INPUT", `timeZone "${patch.timeZone}" is not a known IANA time zone`, { parameter: "timeZone" });
  }
  const next = { ...(await getSettings(db, owner)), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  await db
    .insert(practiceSettings)
    .values({ owner, ...next })
    .onConflictDoUpdate({ target: practiceSettings.owner, set: { ...next, updatedAt: sql`now()` } });
  return next;
}
