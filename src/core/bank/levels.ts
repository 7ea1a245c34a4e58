/**
 * Levels and experience bands, and how other sites' labels map onto them.
 * The mapping is written down in docs/decisions/002-levels-and-bands.md; keep the two in step.
 */
export const LEVELS = ["Entry", "Junior", "Mid", "Senior", "Expert"] as const;
export type Level = (typeof LEVELS)[number];

export const EXPERIENCE_BANDS = ["0-1", "2-5", "5+"] as const;
export type ExperienceBand = (typeof EXPERIENCE_BANDS)[number];

/** Human labels for the bands, as shown in the UI. */
export const EXPERIENCE_BAND_LABELS: Record<ExperienceBand, string> = {
  "0-1": "0–1 years",
  "2-5": "2–5 years",
  "5+": "5+ years",
};

/** Rank of a level, 0 (Entry) to 4 (Expert); used for sorting and adaptive selection. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The URL slug of a level ("mid" for Mid). */
export function levelSlug(level: Level): string {
  return level.toLowerCase();
}

/** Parses a level from a slug or label, case-insensitively; null when it is not one of ours. */
export function parseLevel(value: string): Level | null {
  const v = value.trim().toLowerCase();
  return LEVELS.find((l) => l.toLowerCase() === v) ?? null;
}

/**
 * Maps a difficulty label from another site onto our levels.
 * Easy → Junior, Medium → Mid, Hard → Senior; Basic/Beginner → Entry, Intermediate → Mid,
 * Advanced/Advance → Senior. Our own labels map to themselves. Returns null for anything else.
 */
export function mapLevelLabel(label: string): Level | null {
  const own = parseLevel(label);
  if (own) return own;
  const v = label.trim().toLowerCase();
  const map: Record<string, Level> = {
    easy: "Junior",
    medium: "Mid",
    hard: "Senior",
    basic: "Entry",
    beginner: "Entry",
    intermediate: "Mid",
    advanced: "Senior",
    advance: "Senior",
  };
  return map[v] ?? null;
}

/**
 * Default experience bands of a level, used when a page does not say: Entry and Junior → 0–1,
 * Mid → 2–5, Senior and Expert → 5+.
 */
export function defaultBandsForLevel(level: Level): ExperienceBand[] {
  switch (level) {
    case "Entry":
    case "Junior":
      return ["0-1"];
    case "Mid":
      return ["2-5"];
    case "Senior":
    case "Expert":
      return ["5+"];
  }
}

/** Parses a band from "0-1", "0–1", "2-5", "5+" (with or without "years"); null otherwise. */
export function parseExperienceBand(value: string): ExperienceBand | null {
  const v = value.trim().toLowerCase().replace(/[–—]/g, "-").replace(/\s*years?$/, "").replace(/\s+/g, "");
  return (EXPERIENCE_BANDS as readonly string[]).includes(v) ? (v as ExperienceBand) : null;
}
