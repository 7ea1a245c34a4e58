import type { ParsedPage } from "./types";

const PYTHON_LINE =
  /^\s*(?:def |class |import \w|from [\w.]+ import |print\(|for .+ in .+:|if .+:|elif .+:|else:|while .+:|return\b|with .+:|@\w|async def |await |try:|except\b|finally:|raise |yield\b|lambda\b|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*[+\-*/]?=\s*\S)/;
const SHELL_LINE = /^\s*(?:\$ |pip |python -m |npm |curl |docker |source |export \w+=)/;

/**
 * Guesses the language of an unlabelled code block: "python" when most of its non-blank lines
 * look like Python statements, "bash" when they look like shell commands, else "text" (for
 * example printed output). Seed pages label only some of their blocks.
 */
export function guessCodeLanguage(code: string): "python" | "bash" | "text" {
  const lines = code.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"));
  if (lines.length === 0) return "text";
  if (lines.filter((l) => SHELL_LINE.test(l)).length * 2 > lines.length) return "bash";
  const py = lines.filter((l) => PYTHON_LINE.test(l)).length;
  return py > 0 && py * 3 >= lines.length ? "python" : "text";
}

/** Labels a page's "text" code blocks with their guessed language, in codeBlocks and in the answer's fences. */
export function labelCodeBlocks(page: ParsedPage): ParsedPage {
  return {
    ...page,
    questions: page.questions.map((q) => {
      let answerMd = q.answerMd;
      const codeBlocks = q.codeBlocks.map((b) => {
        if (b.language !== "text") return b;
        const language = guessCodeLanguage(b.code);
        if (language === "text") return b;
        answerMd = answerMd.replace("```text\n" + b.code, "```" + language + "\n" + b.code);
        return { ...b, language };
      });
      return { ...q, answerMd, codeBlocks };
    }),
  };
}
