/**
 * Entry point for reading a seed page: tells which of the three page formats a text is in and
 * hands it to that format's parser.
 */
import { labelCodeBlocks } from "./guess-code-language";
import { AppError } from "../errors";
import { parseAccordionPage } from "./parse-accordion-page";
import { parseBlogPost } from "./parse-blog-post";
import { parseQaCards } from "./parse-qa-cards";
import type { ParsedPage, SeedPageFormat } from "./types";

/**
 * Tells a seed page's format from its text.
 *
 * @param text The page's full text.
 * @returns "qa-cards" when a line reads "Q1:" and another "Answer"; "accordion" when a line
 *   reads "expand_more"; "blog-post" when a line starts "1. " and another starts "Answer:";
 *   checked in that order. null when none applies.
 */
export function detectSeedFormat(text: string): SeedPageFormat | null {
  if (/^Q1:[ \t]*$/m.test(text) && /^Answer[ \t]*$/m.test(text)) return "qa-cards";
  if (/^[ \t]*expand_more[ \t]*$/m.test(text)) return "accordion";
  if (/^1\.[ \t]+\S/m.test(text) && /^Answer:/m.test(text)) return "blog-post";
  return null;
}

/**
 * Parses a seed page in whichever format it is in (see detectSeedFormat).
 *
 * @param file The file's base name ("002_8c51bf82b7a7cefd.txt"), used in error messages and
 *   copied to `ParsedPage.file`.
 * @param text The page's full text.
 * @returns The parsed page (see parseQaCards, parseBlogPost, parseAccordionPage).
 * @throws AppError("PARSE_ERROR", "<file>:1: not a seed page we can read; …") when the format is
 *   none of the three, and the format parser's PARSE_ERROR ("<file>:<line>: …") when a question in
 *   it is malformed.
 */
export function parseSeedPage(file: string, text: string): ParsedPage {
  switch (detectSeedFormat(text)) {
    case "qa-cards":
      return labelCodeBlocks(parseQaCards(file, text));
    case "accordion":
      return labelCodeBlocks(parseAccordionPage(file, text));
    case "blog-post":
      return labelCodeBlocks(parseBlogPost(file, text));
    case null:
      throw new AppError(
        "PARSE_ERROR",
        `${file}:1: not a seed page we can read; expected Q&A cards ("Q1:"), a numbered blog post ("1. ..." with "Answer:"), or an accordion page ("expand_more")`,
      );
  }
}
