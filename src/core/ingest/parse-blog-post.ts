/**
 * Parser for "blog post" seed pages: an article with numbered questions under level sections.
 *
 *     Python Basic Interview Questions                ← level section heading ("Basic", "Intermediate", "Advance")
 *
 *     The beginner section is … divided into 3 key areas:
 *       • Python Basics                               ← the section's areas, if it lists them
 *       • Control Flow and Loops
 *
 *     1. What is Python and what are its key features?
 *
 *     Answer:                                         ← or "Answer: text…" on one line
 *     Paragraphs, "  • " bullets, code (a "python" line then code, or code with no language
 *     line at all), tables flattened to one cell per paragraph.
 *
 * The questions end at a heading that names no level ("Online Courses That Help In Python
 * Interview Questions") or at a closing heading ("Conclusion").
 */
import { AppError } from "../errors";
import { mapLevelLabel, type Level } from "../bank/levels";
import { isBlank, nextNonBlank, splitSourceLines, toMarkdown, type SourceLine } from "./seed-markdown";
import type { ParsedPage, ParsedSeedQuestion } from "./types";

const NUMBERED = /^(\d+)\.\s+(\S.*)$/;
const ANSWER = /^Answer:\s*(.*)$/;
const LEVEL_WORD = /\b(Basic|Beginner|Intermediate|Advanced|Advance|Expert|Senior|Junior|Entry|Mid|Easy|Medium|Hard)\b/i;
const CLOSING_HEADING = /^(Conclusion|Final Thoughts|Latest Articles|Related Articles|Browse Articles|FAQs?|Frequently Asked Questions)$/i;

function fail(file: string, line: number, message: string): never {
  throw new AppError("PARSE_ERROR", `${file}:${line}: ${message}`);
}

/** A standalone line (blank lines around it) that reads as a heading: short, no final punctuation. */
function isStandalone(lines: SourceLine[], i: number): boolean {
  const l = lines[i];
  if (!l || isBlank(l) || /^\s/.test(l.text)) return false;
  const t = l.text.trim();
  return isBlank(lines[i - 1]) && isBlank(lines[i + 1]) && t.length <= 100 && !/[.:;,?!]$/.test(t);
}

interface Heading {
  index: number;
  /** The level word as the page shows it ("Basic"), or null for a heading that names none. */
  levelLabel: string | null;
  level: Level | null;
}

interface Section {
  heading: Heading;
  /** The areas the section's intro lists ("Python Basics", …). */
  areas: string[];
  questions: ParsedSeedQuestion[];
}

/**
 * Words of an area name that can point to it from a question title ("Control Flow and Loops" →
 * control, flow, loops), reduced to a rough stem. Words every area shares are left out.
 */
const AREA_STOPWORDS = new Set(["python", "and", "the", "of", "for", "in", "with", "data", "programming", "handling", "level", "key", "core"]);
function stem(word: string): string {
  return word.replace(/ies$/, "y").replace(/(?<=[a-z]{3}[^s])s$/, "");
}
function cueWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !AREA_STOPWORDS.has(w))
    .map(stem);
}

/**
 * Assigns a section's listed areas to its questions, or leaves every question without one.
 *
 * The page gives no per-question area markers: a section's intro lists its areas ("Python
 * Basics", "Control Flow and Loops", "Functions and Modules") and the questions follow in that
 * order with nothing marking where one area ends and the next begins. So areas are assigned only
 * where the page itself makes the boundaries certain: a question whose title names exactly one
 * area in words of its name ("…types of loops…" → Control Flow and Loops) anchors it; the
 * anchors must follow the intro's order; a question between two anchors of the same area, or
 * before the first anchor when that is the first area, or after the last when that is the last
 * area, belongs to it; a question naming several areas is placed when the anchors around it leave
 * one. If any question of the section stays undecided, the whole section is left with empty
 * `pageTopics` (a partial assignment would be a guess dressed up as data), and topics are then
 * classified from the text downstream.
 *
 * On the one blog seed (001) this gives the Basic section's three areas to all 14 questions (Q1–5
 * Python Basics, Q6–9 Control Flow and Loops, Q10–14 Functions and Modules, which is also how a
 * reader splits them). The Intermediate section stays empty: its titles do not place Q16–21
 * (inheritance … recursion) or Q24–25/27 (itertools, re, virtual environments) between its four
 * areas, and by reading Q23–25 (collections, itertools, re) could be "Data Structures &
 * Algorithms" or "Python Libraries & Tools". The Advance section lists no areas.
 */
function assignAreas(section: Section): void {
  const { areas, questions } = section;
  if (areas.length === 0 || questions.length === 0) return;
  const areaCues = areas.map((a) => new Set(cueWords(a)));
  const candidates = questions.map((q) => {
    const words = cueWords(q.title);
    return areaCues.map((cues, k) => (words.some((w) => cues.has(w)) ? k : -1)).filter((k) => k >= 0);
  });
  const anchors = candidates.map((c) => (c.length === 1 ? (c[0] ?? null) : null));
  let last = -1;
  for (const a of anchors) {
    if (a === null) continue;
    if (a < last) return; // the titles do not follow the intro's order: nothing is certain
    last = a;
  }
  const assigned: (number | null)[] = anchors.map((a, i) => {
    if (a !== null) return a;
    let before: number | null = null;
    for (let j = i - 1; j >= 0 && before === null; j--) before = anchors[j] ?? null;
    let after: number | null = null;
    for (let j = i + 1; j < anchors.length && after === null; j++) after = anchors[j] ?? null;
    const lo = before ?? 0;
    const hi = after ?? areas.length - 1;
    const cand = candidates[i] ?? [];
    const within = (cand.length > 0 ? cand : Array.from({ length: areas.length }, (_, k) => k)).filter((k) => k >= lo && k <= hi);
    if (before === null && after === 0) return 0;
    if (after === null && before === areas.length - 1) return before;
    if (before !== null && before === after) return before;
    return within.length === 1 ? (within[0] ?? null) : null;
  });
  if (assigned.some((a) => a === null)) return;
  questions.forEach((q, i) => {
    const a = assigned[i];
    const name = a === null || a === undefined ? undefined : areas[a];
    if (name) q.pageTopics = [name];
  });
}

/**
 * Parses a blog-post page.
 *
 * @param file The file's base name, used in error messages and copied to `ParsedPage.file`.
 * @param text The page's full text.
 * @returns The page: `format: "blog-post"`, its title (the first heading naming "Interview
 *   Questions"), `scope: { kind: "article" }`, `declaredCount: null` (a blog announces "45+",
 *   not a count) and its questions in order. `position` is the item number, `line` the line of
 *   the numbered title, `levelLabel` the section's level word ("Basic", "Intermediate",
 *   "Advance") mapped with mapLevelLabel, `pageTopics` the section's area when it can be told for
 *   certain (see assignAreas), `quickSummary` null (blogs have none). Code without a language
 *   line gets the language "text".
 * @throws AppError("PARSE_ERROR", "<file>:<line>: …") when the page has no numbered question with
 *   "Answer:", a numbered question (title ending in "?") has no "Answer:", the numbers are out of
 *   sequence, a question is not under a level heading, or an answer is empty.
 */
export function parseBlogPost(file: string, text: string): ParsedPage {
  const lines = splitSourceLines(text);

  // Questions: "N. Title" followed by "Answer:".
  const questionAt = new Map<number, { number: number; title: string }>();
  lines.forEach((l, i) => {
    const m = NUMBERED.exec(l.text);
    if (!m) return;
    const next = lines[nextNonBlank(lines, i + 1)];
    if (next && ANSWER.test(next.text.trim())) questionAt.set(i, { number: Number(m[1]), title: (m[2] ?? "").trim() });
  });
  if (questionAt.size === 0) fail(file, 1, 'expected numbered questions ("1. …") each followed by "Answer:"');
  const firstIndex = Math.min(...questionAt.keys());

  // Headings: level sections, and the headings that close the question list.
  const headings = new Map<number, Heading>();
  lines.forEach((l, i) => {
    if (questionAt.has(i) || !isStandalone(lines, i)) return;
    const t = l.text.trim();
    if (/interview questions?\b/i.test(t)) {
      const label = LEVEL_WORD.exec(t)?.[1] ?? null;
      const level = label ? mapLevelLabel(label) : null;
      headings.set(i, { index: i, levelLabel: level ? label : null, level });
    } else if (CLOSING_HEADING.test(t)) {
      headings.set(i, { index: i, levelLabel: null, level: null });
    }
  });
  const titleIndex = [...headings.keys()].find((i) => i < firstIndex);
  const pageTitle = titleIndex !== undefined ? (lines[titleIndex]?.text.trim() ?? "") : (lines[nextNonBlank(lines, 0)]?.text.trim() ?? "");

  const sections: Section[] = [];
  let section: Section | null = null;
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) break;
    const heading = headings.get(i);
    if (heading) {
      section = heading.level ? { heading, areas: [], questions: [] } : null;
      if (section) sections.push(section);
      continue;
    }
    const q = questionAt.get(i);
    if (!q) {
      const m = NUMBERED.exec(l.text);
      if (m && Number(m[1]) === expected && /\?$/.test(l.text)) fail(file, i + 1, `expected "Answer:" after question ${expected}`);
      // A section's area list: bullets of its intro, before its first question.
      const bullet = /^\s*•\s*(.+)$/.exec(l.text);
      if (bullet?.[1] && section && section.questions.length === 0) section.areas.push(bullet[1].trim());
      continue;
    }
    if (q.number !== expected) fail(file, i + 1, `expected question ${expected}, found question ${q.number}`);
    expected++;
    if (!section) fail(file, i + 1, `expected a level section heading (such as "Python Basic Interview Questions") before question ${q.number}`);

    // The answer: from "Answer:" to the next question or heading.
    const ai = nextNonBlank(lines, i + 1);
    let end = ai + 1;
    while (end < lines.length && !questionAt.has(end) && !headings.has(end)) {
      // The next question's number on a line ending with "?" but with no "Answer:" after it.
      const m = NUMBERED.exec(lines[end]?.text ?? "");
      if (m && Number(m[1]) === expected && /\?$/.test(m[2] ?? "")) fail(file, end + 1, `expected "Answer:" after question ${expected}`);
      end++;
    }
    const first = lines[ai];
    const inline = first ? (ANSWER.exec(first.text.trim())?.[1] ?? "") : "";
    const body: SourceLine[] = [...(inline ? [{ text: inline, line: ai + 1, spacer: false }] : []), ...lines.slice(ai + 1, end)];
    const { markdown, codeBlocks } = toMarkdown(body, { detectUnmarkedCode: true, detectTables: true, tableContext: q.title });
    if (!markdown) fail(file, ai + 1, `expected the answer text of question ${q.number} after "Answer:"`);
    const levelLabel = section.heading.levelLabel ?? "";
    section.questions.push({
      position: q.number,
      line: i + 1,
      title: q.title,
      level: section.heading.level as Level,
      levelLabel,
      pageTopics: [],
      answerMd: markdown,
      quickSummary: null,
      codeBlocks,
    });
    i = end - 1;
  }

  for (const s of sections) assignAreas(s);
  return {
    format: "blog-post",
    file,
    title: pageTitle,
    scope: { kind: "article" },
    declaredCount: null,
    questions: sections.flatMap((s) => s.questions),
  };
}
