import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/core/content/render-markdown";
import { highlightCode, normalizeLanguage } from "../../../src/core/content/highlight-code";

describe("renderMarkdown", () => {
  it("removes script tags and event handler attributes", async () => {
    const html = await renderMarkdown(
      ["Hello <script>alert(1)</script> world", "", '<img src="x" onerror="alert(1)">', "", "<script>", "alert(2)", "</script>"].join("\n"),
    );
    expect(html).toContain("Hello");
    expect(html).toContain("world");
    expect(html.toLowerCase()).not.toContain("<script");
    expect(html.toLowerCase()).not.toContain("onerror");
    // Inline tags are dropped and their text stays as inert text; a block of raw HTML goes entirely.
    expect(html).not.toContain("alert(2)");
  });

  it("drops javascript: URLs from links", async () => {
    const html = await renderMarkdown("[click](javascript:alert(1)) and [ok](https://example.com)");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://example.com"');
  });

  it("keeps code in inline code as text", async () => {
    const html = await renderMarkdown("Use `<script>` carefully");
    expect(html).toContain("<code>&#x3C;script></code>");
  });

  it("highlights python code blocks with shiki in both themes", async () => {
    const html = await renderMarkdown("```python\ndef add(a, b):\n    return a + b\n```");
    expect(html).toContain('class="shiki');
    expect(html).toMatch(/<span style="--shiki-light:#[0-9a-fA-F]{6};--shiki-dark:#[0-9a-fA-F]{6}">def<\/span>/);
    expect(html).not.toContain("language-python");
  });

  it("shows unknown languages and unlabelled blocks as plain, escaped text", async () => {
    const html = await renderMarkdown("```brainfuck\n<b>++</b>\n```\n\n```\nplain\n```");
    expect(html.match(/class="shiki/g)).toHaveLength(2);
    expect(html).toContain("&#x3C;b>++&#x3C;/b>");
    expect(html).not.toContain("<b>");
  });

  it("renders GFM tables", async () => {
    const html = await renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>1</td>");
  });
});

describe("highlightCode", () => {
  it("maps aliases and falls back to text", async () => {
    expect(normalizeLanguage("py")).toBe("python");
    expect(normalizeLanguage("Python3")).toBe("python");
    expect(normalizeLanguage("sh")).toBe("bash");
    expect(normalizeLanguage("cobol")).toBe("text");
    expect(normalizeLanguage("")).toBe("text");
    const html = await highlightCode("x = 1\n", "py");
    expect(html).toContain('class="shiki');
    expect(html).toContain("--shiki-dark");
  });
});
