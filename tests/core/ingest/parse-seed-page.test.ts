import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../../src/core/errors";
import { parseAccordionPage } from "../../../src/core/ingest/parse-accordion-page";
import { parseBlogPost } from "../../../src/core/ingest/parse-blog-post";
import { parseQaCards } from "../../../src/core/ingest/parse-qa-cards";
import { detectSeedFormat, parseSeedPage } from "../../../src/core/ingest/parse-seed-page";
import type { ParsedPage } from "../../../src/core/ingest/types";

// The seeds live in shared/ beside the repository (../shared/seeds from the repo root).
const repoRoot = path.resolve(__dirname, "../../..");
const seedsDir = path.resolve(repoRoot, "../shared/seeds");

const FILES = {
  mid: "000_2c08a6ab274e36a9.txt",
  blog: "001_22be4f783fbad522.txt",
  amazon: "002_8c51bf82b7a7cefd.txt",
  expert: "003_289092d0a194b3a0.txt",
  prepedge: "004_12aa254bd8f713b9.txt",
} as const;

function read(file: string): string {
  return fs.readFileSync(path.join(seedsDir, file), "utf8");
}

const cache = new Map<string, ParsedPage>();
function parsed(file: string): ParsedPage {
  let page = cache.get(file);
  if (!page) {
    page = parseSeedPage(file, read(file));
    cache.set(file, page);
  }
  return page;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function question(file: string, position: number) {
  const q = parsed(file).questions.find((x) => x.position === position);
  if (!q) throw new Error(`no question ${position} in ${file}`);
  return q;
}

/** Runs fn, expecting a PARSE_ERROR AppError; returns its message. */
function parseError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(isAppError(e)).toBe(true);
    expect((e as { code: string }).code).toBe("PARSE_ERROR");
    return (e as Error).message;
  }
  throw new Error("expected a PARSE_ERROR, but nothing was thrown");
}

describe("detectSeedFormat", () => {
  it("recognises the three Q&A card pages as qa-cards", () => {
    expect(detectSeedFormat(read(FILES.mid))).toBe("qa-cards");
    expect(detectSeedFormat(read(FILES.amazon))).toBe("qa-cards");
    expect(detectSeedFormat(read(FILES.expert))).toBe("qa-cards");
  });

  it("recognises the numbered article as a blog-post", () => {
    expect(detectSeedFormat(read(FILES.blog))).toBe("blog-post");
  });

  it("recognises the PrepEdge page as an accordion", () => {
    expect(detectSeedFormat(read(FILES.prepedge))).toBe("accordion");
  });

  it("returns null for text in none of the formats", () => {
    expect(detectSeedFormat("Just a page\n\nwith some text.\n")).toBeNull();
  });
});

describe("parseSeedPage on the Mid level page (000)", () => {
  const file = FILES.mid;

  it("reads the header: title, level scope and the declared count", () => {
    const page = parsed(file);
    expect(page.format).toBe("qa-cards");
    expect(page.file).toBe(file);
    expect(page.title).toBe("Mid Python Interview Questions");
    expect(page.scope).toEqual({ kind: "level", level: "Mid" });
    expect(page.declaredCount).toBe(38);
  });

  it("finds all 38 cards, as the page declares, all of them Mid", () => {
    const page = parsed(file);
    expect(page.questions).toHaveLength(38);
    expect(page.questions).toHaveLength(page.declaredCount ?? -1);
    expect(countBy(page.questions, (q) => q.level)).toEqual({ Mid: 38 });
    expect(page.questions.map((q) => q.position)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it("reads the first and last titles and the line of each title", () => {
    const qs = parsed(file).questions;
    expect(qs[0]?.title).toBe("What are Python descriptors and how are they used?");
    expect(qs[0]?.line).toBe(31);
    expect(qs[0]?.levelLabel).toBe("Mid");
    expect(qs[37]?.title).toBe("How do you deploy Python ML models?");
    expect(qs[37]?.line).toBe(474);
  });

  it("gives every card its quick summary and no page topics", () => {
    for (const q of parsed(file).questions) {
      expect(q.quickSummary).toMatch(/\S{10,}/);
      expect(q.quickSummary).not.toMatch(/^Quick Summary/);
      expect(q.pageTopics).toEqual([]);
      expect(q.codeBlocks).toEqual([]);
    }
    expect(question(file, 1).quickSummary).toMatch(/^Descriptors implement __get__, __set__, __delete__ to control attribute access/);
  });

  it("escapes dunder names so the Markdown keeps them as written", () => {
    expect(question(file, 1).answerMd).toBe(
      [
        "Descriptors define \\_\\_get\\_\\_, \\_\\_set\\_\\_, and \\_\\_delete\\_\\_ methods.",
        "Used for managing attribute access, validation, computed attributes, and reusable logic.",
        "They power @property functionality in Python.",
      ].join("\n\n"),
    );
  });

  it("keeps a line ending with a comma in the same paragraph as the next", () => {
    expect(question(file, 19).answerMd).toBe(
      "NumPy for numerical computation,\npandas for DataFrame-based manipulation,\nSciPy for scientific computing,\nMatplotlib and Seaborn for visualization.",
    );
  });

  it("does not swallow the page footer into the last card", () => {
    const last = question(file, 38);
    expect(last.answerMd).not.toContain("Curated Sets");
    expect(last.quickSummary).toMatch(/Batch prediction jobs for non-real-time use cases\.$/);
    expect(last.quickSummary).not.toContain("Curated Sets");
  });
});

describe("parseSeedPage on the Amazon company page (002)", () => {
  const file = FILES.amazon;

  it("reads a company scope from '<Company> Interview Python Interview Questions'", () => {
    const page = parsed(file);
    expect(page.title).toBe("Amazon Interview Python Interview Questions");
    expect(page.scope).toEqual({ kind: "company", company: "Amazon" });
    expect(page.declaredCount).toBe(117);
  });

  it("finds all 117 cards with the page's levels: 20 Entry, 20 Junior, 38 Mid, 20 Senior, 19 Expert", () => {
    const page = parsed(file);
    expect(page.questions).toHaveLength(117);
    expect(page.questions).toHaveLength(page.declaredCount ?? -1);
    expect(countBy(page.questions, (q) => q.level)).toEqual({ Entry: 20, Junior: 20, Mid: 38, Senior: 20, Expert: 19 });
    expect(question(file, 20).level).toBe("Entry");
    expect(question(file, 21).level).toBe("Junior");
    expect(question(file, 41).level).toBe("Mid");
    expect(question(file, 79).level).toBe("Senior");
    expect(question(file, 99).level).toBe("Expert");
  });

  it("reads the first and last titles", () => {
    const qs = parsed(file).questions;
    expect(qs[0]?.title).toBe("What are Python's key features?");
    expect(qs[116]?.title).toBe("How do you integrate Python with external libraries efficiently?");
    expect(qs[116]?.line).toBe(1446);
  });

  it("gives every card a quick summary", () => {
    expect(parsed(file).questions.every((q) => typeof q.quickSummary === "string" && q.quickSummary.length > 50)).toBe(true);
  });

  it("turns '•' bullet lines into a Markdown list and ends the list before the next line", () => {
    expect(question(file, 4).answerMd).toBe("Scopes:\n\n- Local\n- Enclosing\n- Global\n- Built-in\n\nUse global and nonlocal to modify outer variables.");
  });

  it("escapes asterisks of *args and **kwargs", () => {
    expect(question(file, 14).answerMd).toBe("\\*args: variable positional args.\n\n\\*\\*kwargs: variable keyword args.\n\nUseful for flexible function definitions.");
  });
});

describe("parseSeedPage on the Expert level page (003)", () => {
  const file = FILES.expert;

  it("finds all 19 Expert cards, as the page declares", () => {
    const page = parsed(file);
    expect(page.title).toBe("Expert Python Interview Questions");
    expect(page.scope).toEqual({ kind: "level", level: "Expert" });
    expect(page.declaredCount).toBe(19);
    expect(page.questions).toHaveLength(19);
    expect(countBy(page.questions, (q) => q.level)).toEqual({ Expert: 19 });
  });

  it("reads the first and last titles, and the same cards as the Amazon page's Expert block", () => {
    const qs = parsed(file).questions;
    expect(qs[0]?.title).toBe("How do you implement asynchronous programming with asyncio?");
    expect(qs[18]?.title).toBe("How do you integrate Python with external libraries efficiently?");
    const amazonExpert = parsed(FILES.amazon).questions.filter((q) => q.level === "Expert");
    expect(qs.map((q) => q.title)).toEqual(amazonExpert.map((q) => q.title));
  });

  it("ends the last card at its quick summary, before the footer", () => {
    const last = question(file, 19);
    expect(last.quickSummary).toMatch(/^Integrating Python with external libraries: pip install and import\./);
    expect(last.quickSummary).not.toContain("Ready to level up");
  });
});

describe("parseSeedPage on the blog post (001)", () => {
  const file = FILES.blog;

  it("reads an article scope and no declared count (the page only says '45+')", () => {
    const page = parsed(file);
    expect(page.format).toBe("blog-post");
    expect(page.title).toBe("45+ Python Interview Questions to Ace Your Next Interview");
    expect(page.scope).toEqual({ kind: "article" });
    expect(page.declaredCount).toBeNull();
  });

  it("finds all 47 numbered questions (the title's '45+' is a lower bound)", () => {
    const qs = parsed(file).questions;
    expect(qs).toHaveLength(47);
    expect(qs.map((q) => q.position)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(qs[0]?.title).toBe("What is Python and what are its key features?");
    expect(qs[0]?.line).toBe(19);
    expect(qs[46]?.title).toBe("Explain how to parse JSON data efficiently in Python.");
    expect(qs[46]?.line).toBe(1174);
  });

  it("takes each question's level from its section: 14 Basic, 18 Intermediate, 15 Advance", () => {
    const qs = parsed(file).questions;
    expect(countBy(qs, (q) => q.levelLabel)).toEqual({ Basic: 14, Intermediate: 18, Advance: 15 });
    expect(countBy(qs, (q) => q.level)).toEqual({ Entry: 14, Mid: 18, Senior: 15 });
    expect(question(file, 14).levelLabel).toBe("Basic");
    expect(question(file, 15).levelLabel).toBe("Intermediate");
    expect(question(file, 32).levelLabel).toBe("Intermediate");
    expect(question(file, 33).levelLabel).toBe("Advance");
  });

  it("gives the Basic section's areas and leaves the others without page topics", () => {
    const qs = parsed(file).questions;
    const topics = (from: number, to: number) => qs.slice(from - 1, to).map((q) => q.pageTopics);
    expect(topics(1, 5)).toEqual(Array(5).fill(["Python Basics"]));
    expect(topics(6, 9)).toEqual(Array(4).fill(["Control Flow and Loops"]));
    expect(topics(10, 14)).toEqual(Array(5).fill(["Functions and Modules"]));
    // Intermediate: four areas but no markers of where each starts; Advance: no area list.
    expect(topics(15, 47).every((t) => t.length === 0)).toBe(true);
  });

  it("has no quick summaries", () => {
    expect(parsed(file).questions.every((q) => q.quickSummary === null)).toBe(true);
  });

  it("reads an answer given on the 'Answer:' line itself", () => {
    expect(question(file, 2).answerMd).toMatch(/^In Python, variables are created by simply assigning a value/);
  });

  it("extracts a code block the page marks with a 'python' line, spacing intact", () => {
    const q = question(file, 2);
    expect(q.codeBlocks).toEqual([
      { language: "python", code: 'x = 10         # Integer\nname = "Alice" # String\npi = 3.14      # Float\nis_active = True  # Boolean' },
    ]);
    expect(q.answerMd).toContain('Example:\n\n```python\nx = 10         # Integer\nname = "Alice" # String\npi = 3.14      # Float\nis_active = True  # Boolean\n```\n\nBasic Data Types:\n\n- int: Integer numbers');
  });

  it("extracts unmarked code across its blank lines, labelled python by its look", () => {
    expect(question(file, 35).codeBlocks).toEqual([
      {
        language: "python",
        code: [
          "class Singleton:",
          "    _instance = None",
          "",
          "    def __new__(cls, *args, **kwargs):",
          "        if not cls._instance:",
          "            cls._instance = super().__new__(cls)",
          "        return cls._instance",
          "",
          "s1 = Singleton()",
          "s2 = Singleton()",
          "print(s1 is s2)  # True",
        ].join("\n"),
      },
    ]);
  });

  it("ends a code block at the prose line right after it, with no blank line between", () => {
    const q26 = question(file, 26);
    expect(q26.codeBlocks.map((b) => b.code)).toEqual([
      "import numpy as np\narr = np.array([1, 2, 3])\nprint(arr.mean())  # 2.0",
      "import pandas as pd\ndf = pd.DataFrame({'A': [1, 2], 'B': [3, 4]})\nprint(df.describe())",
    ]);
    expect(q26.answerMd).toContain("print(df.describe())\n```\n\nMatplotlib / Seaborn: Libraries");
    expect(question(file, 29).codeBlocks.map((b) => b.code)).toEqual(["with open('output.txt', 'w') as file:\n    file.write('Hello, World!\\n')"]);
    expect(question(file, 44).codeBlocks[0]?.code.endsWith("print(list(results))  # [2, 4, 6, 8]")).toBe(true);
    expect(question(file, 44).answerMd).toContain("```\n\nexecutor.submit() schedules individual calls");
  });

  it("keeps two blocks separated by the page's spacer line apart", () => {
    const blocks = question(file, 6).codeBlocks;
    expect(blocks).toHaveLength(3);
    expect(blocks[1]?.code).toBe("count = 0\nwhile count < 5:\n    print(count)\n    count += 1");
    expect(blocks[2]?.code).toBe(blocks[1]?.code);
  });

  it("keeps printed output under the page's own label and drops the copy button", () => {
    const blocks = question(file, 33).codeBlocks;
    expect(blocks.map((b) => b.language)).toEqual(["python", "pgsql"]);
    expect(blocks[1]?.code).toBe("Before the function call\nHello\nAfter the function call");
    expect(question(file, 34).codeBlocks[0]?.code).toMatch(/^class Meta\(type\):/);
  });

  it("finds every code block of the page", () => {
    const counts = parsed(file).questions.map((q) => q.codeBlocks.length);
    // Counted by hand, question by question: 25 in Basic, 23 in Intermediate, 14 in Advance.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(62);
    expect(counts.slice(0, 14).reduce((a, b) => a + b, 0)).toBe(25);
    expect(counts.slice(14, 32).reduce((a, b) => a + b, 0)).toBe(23);
    // Seven blocks carry a "python" line, one "pgsql"; the other 54 name no language.
    expect(countBy(parsed(file).questions.flatMap((q) => q.codeBlocks), (b) => b.language)).toEqual({ python: 59, pgsql: 1, bash: 1, text: 1 });
  });

  it("rebuilds the flattened comparison tables as GFM tables", () => {
    expect(question(file, 3).answerMd).toContain(
      [
        "Key Differences:",
        "",
        "| Feature | Lists | Tuples | Dictionaries |",
        "| --- | --- | --- | --- |",
        "| Mutability | Mutable | Immutable | Mutable |",
        "| Ordering | Maintains order | Maintains order | Maintains insertion order (Python 3.7+) |",
        "| Access | Integer indexes | Integer indexes | Keys |",
      ].join("\n"),
    );
    expect(question(file, 41).answerMd.split("\n")).toHaveLength(8);
    expect(question(file, 41).answerMd).toMatch(/^\| Feature \| Threading \| Multiprocessing \| Asyncio \|\n/);
    expect(question(file, 46).answerMd).toMatch(/\| Aspect \| Flask \| Django \|\n\| --- \| --- \| --- \|\n\| Size \| Lightweight, minimal \| Large, comprehensive \|/);
  });

  it("keeps operator lists as escaped prose and bullets as a list", () => {
    const md = question(file, 5).answerMd;
    expect(md).toContain("\\+ (Addition), - (Subtraction), \\* (Multiplication), / (Division), % (Modulus), \\*\\* (Exponentiation), // (Floor division).");
    expect(md).toContain("- Comparison Operators: Used to compare values, returning Boolean results.\n\n==, !=, <, >, <=, >=");
  });

  it("stops at the closing sections instead of swallowing them into the last answer", () => {
    const last = question(file, 47);
    expect(last.answerMd).toMatch(/Handling JSON efficiently enables seamless integration with APIs and configuration files\.$/);
    expect(last.answerMd).not.toContain("Online Courses");
    expect(question(file, 14).answerMd).not.toContain("Intermediate Level");
  });
});

describe("parseSeedPage on the PrepEdge accordion page (004)", () => {
  const file = FILES.prepedge;

  it("reads the title, the 2-5 experience band and the declared count", () => {
    const page = parsed(file);
    expect(page.format).toBe("accordion");
    expect(page.title).toBe("Python Interview Questions for 2–5 Years Experience (2026)");
    expect(page.scope).toEqual({ kind: "experience", band: "2-5" });
    expect(page.declaredCount).toBe(50);
  });

  it("finds all 50 questions, as the page declares, with their difficulties: 17 Easy, 16 Medium, 17 Hard", () => {
    const qs = parsed(file).questions;
    expect(qs).toHaveLength(50);
    expect(qs.map((q) => q.position)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(countBy(qs, (q) => q.levelLabel)).toEqual({ Easy: 17, Medium: 16, Hard: 17 });
    expect(countBy(qs, (q) => q.level)).toEqual({ Junior: 17, Mid: 16, Senior: 17 });
  });

  it("reads each section's topic with the count the section declares", () => {
    const qs = parsed(file).questions;
    const order = [...new Set(qs.map((q) => q.pageTopics[0]))];
    expect(order).toEqual(["Basics", "Performance", "Architecture", "Testing", "Scalability", "Large Application Design"]);
    expect(countBy(qs, (q) => q.pageTopics.join("|"))).toEqual({
      Basics: 17,
      Performance: 5,
      Architecture: 7,
      Testing: 5,
      Scalability: 9,
      "Large Application Design": 7,
    });
    // Testing mixes difficulties: four Medium and one Hard.
    expect(countBy(qs.filter((q) => q.pageTopics[0] === "Testing"), (q) => q.levelLabel)).toEqual({ Medium: 4, Hard: 1 });
  });

  it("reads the first and last titles", () => {
    const qs = parsed(file).questions;
    expect(qs[0]?.title).toBe("What is Python and what are its key features?");
    expect(qs[0]?.line).toBe(83);
    expect(qs[49]?.title).toBe("How do you build a custom router engine using Radix trees in Python?");
    expect(qs[49]?.line).toBe(403);
  });

  it("extracts the decorator example as a python code block", () => {
    const q = question(file, 6);
    expect(q.title).toBe("What are decorators in Python and how do you write a basic one?");
    expect(q.codeBlocks).toEqual([
      {
        language: "python",
        code: 'def log(func):\n    def wrapper(*args, **kwargs):\n        print("Running...")\n        return func(*args, **kwargs)\n    return wrapper',
      },
    ]);
    expect(q.answerMd).toMatch(/using the @decorator syntax:\n\n```python\ndef log\(func\):\n/);
    expect(parsed(file).questions.flatMap((x) => x.codeBlocks)).toHaveLength(1);
  });

  it("splits an inline ' - ' list into list items", () => {
    expect(question(file, 3).answerMd).toBe(
      "- Lists: Mutable arrays ([1, 2, 3]). You can modify, append, or delete elements. They have higher memory overhead.\n- Tuples: Immutable sequences ((1, 2, 3)). They cannot be modified after creation, compile to smaller memory footprints, and can be used as dictionary keys.",
    );
  });

  it("keeps section headings and the footer out of the answers", () => {
    expect(question(file, 17).answerMd).not.toContain("Performance");
    expect(question(file, 50).answerMd).toBe(
      "Implement a Radix tree structure in Python classes. Match path segments recursively, capturing variables (e.g. /{id}) dynamically to map paths to handlers.",
    );
    expect(parsed(file).questions.every((q) => q.quickSummary === null)).toBe(true);
  });
});

describe("malformed input", () => {
  const card = (n: number, title: string, level: string | null, answer = "Answer") =>
    [`Q${n}:`, "", title, "", ...(level === null ? [] : [level, ""]), answer, "", "Some answer.", "Quick Summary: A summary."];
  const header = ["Mid Python Interview Questions", "", "2 questions available.", ""];

  it("reads a well-formed inline page", () => {
    const page = parseQaCards("fixture.txt", [...header, ...card(1, "First?", "Mid"), ...card(2, "Second?", "Senior")].join("\n"));
    expect(page.questions.map((q) => [q.position, q.line, q.title, q.level])).toEqual([
      [1, 7, "First?", "Mid"],
      [2, 17, "Second?", "Senior"],
    ]);
  });

  it("reads card variations: code in an answer, a two-line summary, a last card with no summary before the footer", () => {
    const text = [
      "Junior Python Interview Questions", "", "Q1:", "", "T1?", "", "Junior", "", "Answer", "",
      "Line.", "python", "def f():", "", "    return 1", "Quick Summary: one", "two",
      "Q2:", "", "T2?", "", "Senior", "", "Answer", "", "Only answer.", "", "Footer text", "",
    ].join("\n");
    const [q1, q2] = parseQaCards("x.txt", text).questions;
    expect(q1?.answerMd).toBe("Line.\n\n```python\ndef f():\n\n    return 1\n```");
    expect(q1?.codeBlocks).toEqual([{ language: "python", code: "def f():\n\n    return 1" }]);
    expect(q1?.quickSummary).toBe("one\ntwo");
    expect(q2?.line).toBe(20);
    expect(q2?.answerMd).toBe("Only answer.");
    expect(q2?.quickSummary).toBeNull();
  });

  it("throws with file:line when a card has no level line", () => {
    const text = [...header, ...card(1, "First?", "Mid"), ...card(2, "Second?", null)].join("\n");
    // Q2's title is on line 17; where its level should be, line 19 reads "Answer".
    const message = parseError(() => parseSeedPage("fixture.txt", text));
    expect(message).toMatch(/^fixture\.txt:19: expected a level line \(Entry, Junior, Mid, Senior, Expert\) after the title of Q2, found "Answer"$/);
  });

  it("throws with file:line when a card has no 'Answer' line", () => {
    const text = [...header, ...card(1, "First?", "Mid", "Response")].join("\n");
    expect(parseError(() => parseQaCards("fixture.txt", text))).toBe('fixture.txt:11: expected "Answer" after the level line of Q1');
  });

  it("throws when the cards are numbered out of sequence", () => {
    const text = [...header, ...card(1, "First?", "Mid"), ...card(3, "Third?", "Mid")].join("\n");
    expect(parseError(() => parseQaCards("fixture.txt", text))).toBe("fixture.txt:15: expected card Q2:, found Q3:");
  });

  it("throws with file:line when a blog question has no 'Answer:'", () => {
    const text = ["Python Basic Interview Questions", "", "1. What is Python?", "", "Answer: A language.", "", "2. What is a list?", "", "A sequence.", ""].join("\n");
    expect(parseError(() => parseBlogPost("blog.txt", text))).toBe('blog.txt:7: expected "Answer:" after question 2');
  });

  it("throws with file:line when a blog question is under no level heading", () => {
    const text = ["Some Python Interview Questions", "", "1. What is Python?", "", "Answer: A language.", ""].join("\n");
    expect(parseError(() => parseBlogPost("blog.txt", text))).toMatch(/^blog\.txt:3: expected a level section heading/);
  });

  it("throws with file:line when an accordion item has no difficulty line", () => {
    const text = ["2 Questions", "", "Python Interview Questions for 2–5 Years Experience", "", "Basics", "", "2 Questions", "", "What is Python?", "", "expand_more", "EasyBasics", "A language.", "", "What is a list?", "", "expand_more", "A sequence.", ""].join("\n");
    expect(parseError(() => parseAccordionPage("acc.txt", text))).toBe('acc.txt:18: expected a difficulty and topic line such as "EasyBasics" after "expand_more"');
  });

  it("throws a PARSE_ERROR naming the three formats for a page in none of them", () => {
    expect(parseError(() => parseSeedPage("other.txt", "Hello\n\nworld\n"))).toBe(
      'other.txt:1: not a seed page we can read; expected Q&A cards ("Q1:"), a numbered blog post ("1. ..." with "Answer:"), or an accordion page ("expand_more")',
    );
  });
});

describe("code block languages", () => {
  it("labels unlabelled Python, shell and output blocks by their look", async () => {
    const { guessCodeLanguage } = await import("../../../src/core/ingest/guess-code-language");
    expect(guessCodeLanguage("def greet(name):\n    return f'hi {name}'\n\nprint(greet('a'))")).toBe("python");
    expect(guessCodeLanguage("x = [1, 2]\nx.append(3)")).toBe("python");
    expect(guessCodeLanguage("pip install requests\npython -m venv .venv")).toBe("bash");
    expect(guessCodeLanguage("Hello!\n42")).toBe("text");
  });
});
