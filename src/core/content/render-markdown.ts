/**
 * Markdown → HTML for question answers.
 *
 * Answers come from imported pages written by third parties, so the Markdown is untrusted. The
 * pipeline is:
 *
 * 1. remark-parse + remark-gfm (tables, strikethrough, task lists, autolinks);
 * 2. remark-rehype **without** `allowDangerousHtml`: raw HTML in the Markdown is dropped, not
 *    passed through;
 * 3. rehype-sanitize with GitHub's default schema (what github.com allows in READMEs): removes
 *    `<script>`, event handler attributes (`onerror`…), `style`, `javascript:` URLs, and prefixes
 *    ids with `user-content-` so they cannot clobber globals. The schema is extended only to keep
 *    the `language-*` class on `<code>`, `<pre>` and `<span>` (the only classes the Markdown
 *    stage itself generates), which step 4 reads;
 * 4. code blocks are highlighted with shiki **after** sanitizing and replace the sanitized
 *    `<pre><code>`. Shiki's output is trusted (it escapes the code and only emits `class`/`style`
 *    of its own); sanitizing it would strip the inline colour variables. Nothing from the user's
 *    Markdown reaches the output without having gone through step 3 first;
 * 5. rehype-stringify.
 */
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { getHighlighter, shikiOptions } from "./highlight-code";

/** The minimal hast shapes this module walks (kept local: `hast` is not a direct dependency). */
interface HastText {
  type: "text";
  value: string;
}
interface HastElement {
  type: "element";
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
interface HastParent {
  type: string;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: "comment" | "doctype" | "raw"; value?: string };

const LANGUAGE_CLASS = /^language-[\w+#.-]+$/;

/** GitHub's default schema, plus `language-*` classes on code/pre/span (see the module TSDoc). */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), ["className", LANGUAGE_CLASS]],
    pre: [...(defaultSchema.attributes?.pre ?? []), ["className", LANGUAGE_CLASS]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", LANGUAGE_CLASS]],
  },
};

function isElement(node: HastNode | undefined, tagName?: string): node is HastElement {
  return node?.type === "element" && (tagName === undefined || (node as HastElement).tagName === tagName);
}

function textOf(node: HastNode): string {
  if (node.type === "text") return (node as HastText).value;
  if (isElement(node)) return node.children.map(textOf).join("");
  return "";
}

function languageOf(code: HastElement): string {
  const cls = code.properties?.className;
  const list = Array.isArray(cls) ? cls : typeof cls === "string" ? cls.split(/\s+/) : [];
  for (const c of list) {
    if (typeof c === "string" && c.startsWith("language-")) return c.slice("language-".length);
  }
  return "";
}

/** Rehype plugin: replaces every `<pre><code>` block with shiki's highlighted `<pre>`. */
function rehypeShikiAfterSanitize() {
  return async (tree: HastParent): Promise<void> => {
    const highlighter = await getHighlighter();
    const walk = (parent: HastParent): void => {
      parent.children.forEach((child, i) => {
        if (!isElement(child)) return;
        const code = child.tagName === "pre" ? child.children.find((c) => isElement(c, "code")) : undefined;
        if (code && isElement(code)) {
          const root = highlighter.codeToHast(textOf(code).replace(/\n$/, ""), shikiOptions(languageOf(code))) as unknown as HastParent;
          const pre = root.children.find((c) => isElement(c, "pre"));
          if (pre) parent.children[i] = pre;
          return;
        }
        walk(child);
      });
    };
    walk(tree);
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeShikiAfterSanitize)
  .use(rehypeStringify);

/**
 * Renders untrusted Markdown to HTML that is safe to insert with `dangerouslySetInnerHTML`:
 * GFM, sanitized with GitHub's schema, code blocks highlighted with shiki in both themes
 * (unknown languages are shown as plain text). See the module TSDoc for why highlighting runs
 * after sanitizing.
 */
export async function renderMarkdown(md: string): Promise<string> {
  const file = await processor.process(md);
  return String(file);
}
