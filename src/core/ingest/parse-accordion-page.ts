/**
 * Parser for "accordion" seed pages (PrepEdge: "Python Interview Questions for 2–5 Years
 * Experience"). The page opens with its count ("50 Questions") and title, then topic sections:
 *
 *     Basics                                   ← section heading
 *
 *     17 Questions                             ← its count
 *
 *     What is Python and what are its key features?
 *
 *     expand_more                              ← the accordion's icon
 *     EasyBasics                               ← difficulty glued to the topic
 *     Python is an interpreted, …              ← the answer ("python" + code lines possible)
 *
 * After the last question comes the page's footer ("Questions for Other Experience Levels", …),
 * separated by a blank line: the last answer ends at its first blank line outside a code block.
 */
import { AppError } from "../errors";
import { mapLevelLabel, parseExperienceBand } from "../bank/levels";
import { endOfTrailingContent, nextNonBlank, prevNonBlank, splitSourceLines, toMarkdown } from "./seed-markdown";
import type { ParsedPage, ParsedSeedQuestion, SeedPageKind } from "./types";

const ICON = "expand_more";
const COUNT = /^(\d+)\s+Questions?$/i;
/** The difficulty at the start of the "EasyBasics" line; longer words first so "Advanced" wins over "Advance". */
const DIFFICULTY = /^(Easy|Medium|Hard|Beginner|Intermediate|Advanced|Advance|Basic|Entry|Junior|Mid|Senior|Expert)(.*)$/;

function fail(file: string, line: number, message: string): never {
  throw new AppError("PARSE_ERROR", `${file}:${line}: ${message}`);
}

/** "… for 2–5 Years Experience" → the 2-5 band; "… 5+ Years" → 5+; otherwise an article. */
function scopeOf(title: string): SeedPageKind {
  const range = /(\d+)\s*[-–—]\s*(\d+)\s*\+?\s*years?/i.exec(title);
  const plus = /(\d+)\s*\+\s*years?/i.exec(title);
  const band = range ? parseExperienceBand(`${range[1]}-${range[2]}`) : plus ? parseExperienceBand(`${plus[1]}+`) : null;
  return band ? { kind: "experience", band } : { kind: "article" };
}

/**
 * Parses an accordion page.
 *
 * @param file The file's base name, used in error messages and copied to `ParsedPage.file`.
 * @param text The page's full text.
 * @returns The page: `format: "accordion"`, its title (the first line naming "Interview
 *   Questions"), scope (`{ kind: "experience", band: "2-5" }` for "2–5 Years" in the title,
 *   else an article), the count on its first line ("50 Questions", else null) and the questions
 *   in page order (`position` 1…n across sections). `levelLabel` is the difficulty ("Easy",
 *   "Medium", "Hard") mapped with mapLevelLabel; `pageTopics` is the topic glued to it ("Large
 *   Application Design"), or the section heading when none is glued; `quickSummary` is null.
 * @throws AppError("PARSE_ERROR", "<file>:<line>: …") when the page has no "expand_more" item, an
 *   item has no title, no difficulty line such as "EasyBasics", or no answer.
 */
export function parseAccordionPage(file: string, text: string): ParsedPage {
  const lines = splitSourceLines(text);
  const icons = lines.flatMap((l, i) => (l.text.trim() === ICON ? [i] : []));
  if (icons.length === 0) fail(file, 1, `expected accordion questions (a title, then "${ICON}")`);

  const firstLine = nextNonBlank(lines, 0);
  const declared = COUNT.exec(lines[firstLine]?.text.trim() ?? "");
  const title = lines.find((l, i) => i < (icons[0] ?? 0) && /interview questions/i.test(l.text) && !/[.:]$/.test(l.text.trim()))?.text.trim() ?? lines[firstLine]?.text.trim() ?? "";

  // Sections: a heading followed by its "N Questions" line (the page's own count line excepted).
  const sections: { name: string; index: number }[] = [];
  lines.forEach((l, i) => {
    if (i === firstLine || !COUNT.test(l.text.trim())) return;
    const h = prevNonBlank(lines, i);
    const name = lines[h]?.text.trim();
    if (h >= 0 && name) sections.push({ name, index: h });
  });
  const boundaries = new Set(sections.map((s) => s.index));

  const titles = icons.map((icon) => prevNonBlank(lines, icon));
  const questions: ParsedSeedQuestion[] = icons.map((icon, k) => {
    const ti = titles[k] ?? -1;
    const titleText = ti >= 0 ? (lines[ti]?.text.trim() ?? "") : "";
    if (!titleText || COUNT.test(titleText) || titleText === ICON || boundaries.has(ti) || (k > 0 && ti <= (icons[k - 1] ?? 0) + 1)) {
      fail(file, icon + 1, `expected a question title before "${ICON}"`);
    }

    const difficultyLine = lines[icon + 1]?.text.trim() ?? "";
    const m = DIFFICULTY.exec(difficultyLine);
    const levelLabel = m?.[1] ?? "";
    const level = mapLevelLabel(levelLabel);
    if (!m || !level) fail(file, icon + 2, `expected a difficulty and topic line such as "EasyBasics" after "${ICON}"`);
    const section = [...sections].reverse().find((s) => s.index < ti);
    const topic = (m[2] ?? "").trim() || section?.name || "";

    // The answer: up to the next question's title or section heading; the last one up to its
    // first blank line outside code (the page footer follows).
    const start = icon + 2;
    let end = titles[k + 1] ?? lines.length;
    for (const s of sections) if (s.index > icon && s.index < end) end = s.index;
    if (k === icons.length - 1) end = endOfTrailingContent(lines, nextNonBlank(lines, start, end), end);
    const { markdown, codeBlocks } = toMarkdown(lines.slice(start, end));
    if (!markdown) fail(file, start + 1, `expected the answer of "${titleText}" after its difficulty line`);

    return {
      position: k + 1,
      line: ti + 1,
      title: titleText,
      level,
      levelLabel,
      pageTopics: topic ? [topic] : [],
      answerMd: markdown,
      quickSummary: null,
      codeBlocks,
    };
  });

  return {
    format: "accordion",
    file,
    title,
    scope: scopeOf(title),
    declaredCount: declared?.[1] ? Number(declared[1]) : null,
    questions,
  };
}
