/** Small display helpers shared by the pages. */

/** "1 question", "12 questions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : pluralForm}`;
}

/** Cuts `text` at a word boundary near `max` characters and adds an ellipsis. */
export function truncate(text: string, max = 220): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, "")}…`;
}

const DATE_FORMAT = new Intl.DateTimeFormat("en", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** "March 4, 2025" for an ISO timestamp (UTC, so server and client agree); "" when invalid. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : DATE_FORMAT.format(d);
}

/**
 * Removes Markdown punctuation (code fences, `**`, backticks, heading hashes) from a search
 * snippet that was cut from raw Markdown. Works on the already-escaped HTML: none of these
 * characters occur in entities or in the <mark> tags, so the result stays safe.
 */
export function stripMarkdownFromSnippet(html: string): string {
  return html
    .replace(/```[\w+-]*/g, " ")
    .replace(/\*\*|__(?=\s)|(?<=\s)__/g, "")
    .replace(/`/g, "")
    .replace(/(^|\s)#{1,6}\s/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}
