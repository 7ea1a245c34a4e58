import type { ExperienceBand, Level } from "../bank/levels";

/** A code block found in a page, in the order it appears. */
export interface ParsedCodeBlock {
  /** Language tag as the page gives it ("python"), or "text" when the page gives none. */
  language: string;
  code: string;
}

/** One question as read from a seed page, before merging with other pages. */
export interface ParsedSeedQuestion {
  /** 1-based position in the page: the Q-number on card pages, the item number in the blog, the order on accordion pages. */
  position: number;
  /** 1-based line in the file where the question's title is. */
  line: number;
  title: string;
  /** Our level, mapped from `levelLabel` with mapLevelLabel(). */
  level: Level;
  /** The label exactly as the page shows it ("Mid", "Medium", "Basic"). */
  levelLabel: string;
  /** Topic labels as the page shows them ("Basics", "Large Application Design"); may be empty (card pages show none). */
  pageTopics: string[];
  /** The answer as Markdown: paragraphs, "- " lists, fenced code blocks (```python), GFM tables. */
  answerMd: string;
  /** The page's "Quick Summary", when it has one. */
  quickSummary: string | null;
  codeBlocks: ParsedCodeBlock[];
}

export type SeedPageFormat = "qa-cards" | "blog-post" | "accordion";

/** What a page is about, as a whole: a level page, a company set, an experience band, or a general article. */
export type SeedPageKind =
  | { kind: "level"; level: Level }
  | { kind: "company"; company: string }
  | { kind: "experience"; band: ExperienceBand }
  | { kind: "article" };

/** A parsed seed page. */
export interface ParsedPage {
  format: SeedPageFormat;
  /** The file's base name ("002_8c51bf82b7a7cefd.txt"). */
  file: string;
  /** The page's main heading. */
  title: string;
  scope: SeedPageKind;
  /** The count the page itself announces ("38 questions available"), or null. */
  declaredCount: number | null;
  questions: ParsedSeedQuestion[];
}
