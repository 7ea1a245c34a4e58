const FILLER = new Set(
  "what is are the a an how do does did you your explain describe can in python pythons and of would why when which they them their it its there this that these those some also we our".split(" "),
);

/**
 * Makes a URL slug from a question title: lower-case ASCII words joined by "-", filler words
 * ("what is", "explain", "in Python") dropped, at most 8 words and 80 characters.
 * "What are Python descriptors and how are they used?" → "descriptors-they-used".
 */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .replace(/__([a-z]+)__/g, "dunder-$1")
    .replace(/\*\*kwargs/g, "kwargs")
    .replace(/\*args/g, "args")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept = words.filter((w) => !FILLER.has(w));
  const chosen = (kept.length >= 1 ? kept : words).slice(0, 8);
  let slug = chosen.join("-");
  if (slug.length > 80) slug = slug.slice(0, 80).replace(/-[^-]*$/, "");
  return slug || "question";
}

/** `base`, or `base-2`, `base-3`… — the first that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
