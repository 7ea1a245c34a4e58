/**
 * Parser for "Q&A card" seed pages (one Q&A site: level pages such as "Mid Python Interview
 * Questions", company pages such as "Amazon Interview Python Interview Questions").
 *
 * A page is a header ("<title>", "… N questions available.", "N questions") followed by cards:
 *
 *     Q7:
 *
 *     How do you profile Python code?
 *
 *     Mid
 *
 *     Answer
 *
 *     Use cProfile, profile, or timeit.          ← answer lines ("• x" bullets possible)
 *     Use line_profiler for detailed …
 *     Quick Summary: Python profiling: …         ← optional; may run over several lines
 *     Q8:
 *
 * After the last card comes the page footer ("Curated Sets for Python", …), separated by a blank
 * line: the last card ends at its first blank line outside a code block.
 */
import { AppError } from "../errors";
import { LEVELS, mapLevelLabel, parseLevel } from "../bank/levels";
import { endOfTrailingContent, isBlank, nextNonBlank, splitSourceLines, toMarkdown, type SourceLine } from "./seed-markdown";
import type { ParsedPage, ParsedSeedQuestion, SeedPageKind } from "./types";

const CARD_MARKER = /^Q(\d+):$/;
const SUMMARY = /^Quick Summary:\s*(.*)$/;

function fail(file: string, line: number, message: string): never {
  throw new AppError("PARSE_ERROR", `${file}:${line}: ${message}`);
}

/** "Mid Python Interview Questions" → level; "Amazon Interview Python Interview Questions" → company. */
function scopeOf(title: string): SeedPageKind {
  const m = /^(.+?)\s+Python Interview Questions$/i.exec(title.trim());
  if (!m?.[1]) return { kind: "article" };
  const prefix = m[1].trim();
  const level = parseLevel(prefix);
  if (level) return { kind: "level", level };
  const company = prefix.replace(/\s+Interview$/i, "").trim();
  return company ? { kind: "company", company } : { kind: "article" };
}

/**
 * Parses a Q&A-card page.
 *
 * @param file The file's base name, used in error messages and copied to `ParsedPage.file`.
 * @param text The page's full text.
 * @returns The page: `format: "qa-cards"`, its title, scope (a level page, or a company page for
 *   "<Company> Interview Python Interview Questions"), the count it declares ("38 questions
 *   available", else "38 questions", else null) and its cards in order. Each card's `position`
 *   is its Q-number, `line` the line of its title, `pageTopics` is empty (these pages show no
 *   topics), `quickSummary` the text after "Quick Summary:" (null when the card has none).
 * @throws AppError("PARSE_ERROR", "<file>:<line>: …") when the page has no "Q1:" card, or a card
 *   is malformed: numbers out of sequence, no title, no level line (Entry, Junior, Mid, Senior,
 *   Expert), no "Answer" line, or no answer text.
 */
export function parseQaCards(file: string, text: string): ParsedPage {
  const lines = splitSourceLines(text);
  const markers: { index: number; number: number }[] = [];
  lines.forEach((l, index) => {
    const m = CARD_MARKER.exec(l.text.trim());
    if (m) markers.push({ index, number: Number(m[1]) });
  });
  const first = markers[0];
  if (!first) fail(file, 1, 'expected Q&A cards starting with a "Q1:" line');

  const header = lines.slice(0, first.index);
  const titleLine = header.find((l) => /interview questions/i.test(l.text) && !/[.:]$/.test(l.text.trim())) ?? header.find((l) => !isBlank(l) && l.text.trim() !== "Skip to main content");
  const title = titleLine?.text.trim() ?? "";
  const headerText = header.map((l) => l.text).join("\n");
  const declared = /(\d+)\s+questions available/i.exec(headerText) ?? /^(\d+)\s+questions$/im.exec(headerText);

  const questions: ParsedSeedQuestion[] = markers.map((marker, k) => {
    const expected = k + 1;
    const markerLine = marker.index + 1;
    if (marker.number !== expected) fail(file, markerLine, `expected card Q${expected}:, found Q${marker.number}:`);
    const isLast = k === markers.length - 1;
    const end = markers[k + 1]?.index ?? lines.length;
    const at = (i: number): SourceLine | undefined => (i < end ? lines[i] : undefined);
    const lineNo = (i: number) => (i < end ? i + 1 : end);

    const ti = nextNonBlank(lines, marker.index + 1, end);
    const titleText = at(ti)?.text.trim() ?? "";
    if (!titleText || titleText === "Answer" || mapLevelLabel(titleText) || SUMMARY.test(titleText)) {
      fail(file, lineNo(ti), `expected the question title of Q${marker.number} after "Q${marker.number}:"`);
    }

    const li = nextNonBlank(lines, ti + 1, end);
    const levelLabel = at(li)?.text.trim() ?? "";
    const level = parseLevel(levelLabel);
    if (!level) {
      fail(file, lineNo(li), `expected a level line (${LEVELS.join(", ")}) after the title of Q${marker.number}${levelLabel ? `, found "${levelLabel}"` : ""}`);
    }

    const ai = nextNonBlank(lines, li + 1, end);
    if (at(ai)?.text.trim() !== "Answer") fail(file, lineNo(ai), `expected "Answer" after the level line of Q${marker.number}`);

    // The card's body: answer lines, then an optional Quick Summary, up to the next card (the
    // last card: up to its first blank line outside code, which separates it from the footer).
    let bodyEnd = end;
    const summaryAt = lines.findIndex((l, i) => i > ai && i < end && SUMMARY.test(l.text.trim()));
    if (isLast) bodyEnd = summaryAt >= 0 ? endOfTrailingContent(lines, summaryAt, end) : endOfTrailingContent(lines, nextNonBlank(lines, ai + 1, end), end);
    const answerEnd = summaryAt >= 0 && summaryAt < bodyEnd ? summaryAt : bodyEnd;
    const answerLines = lines.slice(ai + 1, answerEnd);
    const { markdown, codeBlocks } = toMarkdown(answerLines);
    if (!markdown) fail(file, lineNo(nextNonBlank(lines, ai + 1, end)), `expected the answer text of Q${marker.number} after "Answer"`);

    let quickSummary: string | null = null;
    if (summaryAt >= 0 && summaryAt < bodyEnd) {
      // The summary runs to the end of the card; paragraphs after a blank line stay paragraphs.
      const parts: string[][] = [[(SUMMARY.exec(lines[summaryAt]?.text.trim() ?? "")?.[1] ?? "").trim()]];
      for (const l of lines.slice(summaryAt + 1, bodyEnd)) {
        if (isBlank(l)) parts.push([]);
        else parts[parts.length - 1]?.push(l.text.trim());
      }
      quickSummary = parts
        .map((p) => p.filter((s) => s !== "").join("\n"))
        .filter((p) => p !== "")
        .join("\n\n");
      if (!quickSummary) quickSummary = null;
    }

    return {
      position: marker.number,
      line: ti + 1,
      title: titleText,
      level,
      levelLabel,
      pageTopics: [],
      answerMd: markdown,
      quickSummary,
      codeBlocks,
    };
  });

  return {
    format: "qa-cards",
    file,
    title,
    scope: scopeOf(title),
    declaredCount: declared?.[1] ? Number(declared[1]) : null,
    questions,
  };
}
