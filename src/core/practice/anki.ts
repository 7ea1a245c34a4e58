/**
 * An Anki deck as CSV. Anki (2.1.55+) reads the `#` header lines to pick the separator, whether
 * fields hold HTML, and which column holds tags: https://docs.ankiweb.net/importing/text-files.html
 */

/** One card of the deck: front and back are HTML; tags are words without spaces. */
export interface AnkiNote {
  front: string;
  back: string;
  tags: string[];
}

/** Quotes one CSV field (RFC 4180): wrapped in double quotes, inner quotes doubled. */
export function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The deck as CSV text, with Anki's header lines. */
export function toAnkiCsv(notes: readonly AnkiNote[], deckName = "PyPrep"): string {
  const lines = ["#separator:Comma", "#html:true", `#deck:${deckName.replace(/[\r\n]/g, " ")}`, "#tags column:3"];
  for (const n of notes) {
    const tags = n.tags.map((t) => t.replace(/\s+/g, "_")).join(" ");
    lines.push([csvField(n.front), csvField(n.back), csvField(tags)].join(","));
  }
  return `${lines.join("\n")}\n`;
}
