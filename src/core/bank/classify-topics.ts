import { TOPICS, topicForLabel, type TopicDefinition } from "./topics";

export interface ClassifyTopicsOptions {
  title: string;
  /** Summary and answer text; weighs less than the title. */
  body?: string;
  /** The page's own topic labels, mapped with topicForLabel() and always kept. */
  pageTopics?: string[];
  /** At most this many topics (default 3). */
  max?: number;
}

function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[*@_]*[a-z0-9][a-z0-9_.-]*[a-z0-9_]|[a-z0-9]|\*\*?[a-z]+/g) ?? [];
}

function countMatches(keyword: string, tokens: string[], joined: string): number {
  if (keyword.includes(" ") || /[^a-z0-9*_]/.test(keyword.replace(/\*$/, ""))) {
    // Phrase or symbol keyword: substring count on the normalized text.
    const k = keyword.replace(/\*$/, "");
    let n = 0;
    let i = joined.indexOf(k);
    while (i !== -1) {
      n++;
      i = joined.indexOf(k, i + k.length);
    }
    return n;
  }
  if (keyword.endsWith("*")) {
    const prefix = keyword.slice(0, -1);
    return tokens.filter((t) => t.startsWith(prefix)).length;
  }
  return tokens.filter((t) => t === keyword).length;
}

function score(topic: TopicDefinition, titleTokens: string[], title: string, bodyTokens: string[], body: string): number {
  let s = 0;
  for (const k of topic.keywords) {
    s += 3 * Math.min(countMatches(k, titleTokens, title), 1);
    s += Math.min(countMatches(k, bodyTokens, body), 3) * 0.5;
  }
  return s;
}

/**
 * Picks our topic slugs for a question: the page's own labels first, then topics whose keywords
 * the title (weight 3) and body (weight 0.5 per hit, at most 3 hits per keyword) mention, best first.
 * Always returns at least one slug ("basics" when nothing matches).
 */
export function classifyTopics({ title, body = "", pageTopics = [], max = 3 }: ClassifyTopicsOptions): string[] {
  const chosen: string[] = [];
  for (const label of pageTopics) {
    const t = topicForLabel(label);
    if (t && !chosen.includes(t.slug)) chosen.push(t.slug);
  }
  const t = ` ${title.toLowerCase()} `;
  const b = ` ${body.toLowerCase()} `;
  const tt = tokenize(title);
  const bt = tokenize(body);
  const ranked = TOPICS.map((topic) => ({ slug: topic.slug, s: score(topic, tt, t, bt, b) }))
    .filter((r) => r.s >= 3)
    .sort((x, y) => y.s - x.s);
  const best = ranked[0]?.s ?? 0;
  for (const r of ranked) {
    if (chosen.length >= max) break;
    // Keep strong secondary topics only: at least half the best score.
    if (r.s >= best / 2 && !chosen.includes(r.slug)) chosen.push(r.slug);
  }
  if (chosen.length === 0) chosen.push("basics");
  return chosen.slice(0, Math.max(max, pageTopics.length));
}
