import { z } from "zod";
import { AppError } from "../errors";
import { EXPERIENCE_BANDS, parseExperienceBand, parseLevel, type ExperienceBand, type Level } from "./levels";
import type { QuestionQuery } from "./types";

/** Largest page size the API and UI accept. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** URL parameters as Next.js and URLSearchParams give them. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function getAll(params: RawParams, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : [params[name]].flat();
  return raw
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug such as 'decorators'");
const intSchema = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const KNOWN = new Set(["q", "level", "topic", "company", "band", "code", "set", "page", "pageSize"]);

function fail(parameter: string, message: string): never {
  throw new AppError("INVALID_INPUT", `Query parameter '${parameter}' ${message}`, { parameter });
}

function single(params: RawParams, name: string): string | undefined {
  const all = params instanceof URLSearchParams ? params.getAll(name) : [params[name]].flat().filter((v): v is string => typeof v === "string");
  if (all.length > 1) fail(name, "was given more than once");
  return all[0];
}

/**
 * Parses browse/search filters from URL parameters, the one format shared by the pages and
 * `GET /api/questions`: `q`, `level` (Entry…Expert, repeatable or comma-separated), `topic`,
 * `company`, `band` (0-1, 2-5, 5+), `code` (yes|no), `set`, `page` (≥1), `pageSize` (1–100).
 * @param options.strict reject unknown parameters (the API does; pages ignore them)
 * @throws AppError INVALID_INPUT naming the parameter and what is wrong (detail.parameter)
 */
export function parseQuestionQuery(params: RawParams, options: { strict?: boolean } = {}): QuestionQuery {
  if (options.strict) {
    const names = params instanceof URLSearchParams ? [...params.keys()] : Object.keys(params);
    for (const n of names) if (!KNOWN.has(n)) fail(n, `is not known; use one of ${[...KNOWN].join(", ")}`);
  }
  const q = single(params, "q")?.trim();
  if (q !== undefined && q.length > 200) fail("q", "is longer than 200 characters");

  const levels: Level[] = getAll(params, "level").map((v) => parseLevel(v) ?? fail("level", `has '${v}'; expected Entry, Junior, Mid, Senior or Expert`));
  const bands: ExperienceBand[] = getAll(params, "band").map(
    (v) => parseExperienceBand(v) ?? fail("band", `has '${v}'; expected one of ${EXPERIENCE_BANDS.join(", ")}`),
  );
  const topics = getAll(params, "topic").map((v) => (slugSchema.safeParse(v).success ? v : fail("topic", `has '${v}'; must be a slug such as 'decorators'`)));
  const companies = getAll(params, "company").map((v) => (slugSchema.safeParse(v).success ? v : fail("company", `has '${v}'; must be a slug such as 'amazon'`)));

  const codeRaw = single(params, "code");
  let hasCode: boolean | undefined;
  if (codeRaw !== undefined && codeRaw !== "") {
    if (["yes", "true", "1"].includes(codeRaw)) hasCode = true;
    else if (["no", "false", "0"].includes(codeRaw)) hasCode = false;
    else fail("code", `has '${codeRaw}'; expected yes or no`);
  }
  const setRaw = single(params, "set");
  const set = setRaw ? (slugSchema.safeParse(setRaw).success ? setRaw : fail("set", `has '${setRaw}'; must be a set slug`)) : undefined;

  const pageRaw = single(params, "page");
  const page = pageRaw === undefined || pageRaw === "" ? 1 : intSchema(1, 100_000).safeParse(pageRaw).data ?? fail("page", `has '${pageRaw}'; expected a whole number from 1`);
  const sizeRaw = single(params, "pageSize");
  const pageSize =
    sizeRaw === undefined || sizeRaw === ""
      ? DEFAULT_PAGE_SIZE
      : intSchema(1, MAX_PAGE_SIZE).safeParse(sizeRaw).data ?? fail("pageSize", `has '${sizeRaw}'; expected a whole number from 1 to ${MAX_PAGE_SIZE}`);

  return {
    q: q || undefined,
    levels: levels.length ? [...new Set(levels)] : undefined,
    topics: topics.length ? [...new Set(topics)] : undefined,
    companies: companies.length ? [...new Set(companies)] : undefined,
    bands: bands.length ? [...new Set(bands)] : undefined,
    hasCode,
    set,
    page,
    pageSize,
  };
}

/**
 * The inverse of parseQuestionQuery: URL parameters for a query (defaults omitted), so that
 * filter links and pagination keep the state in the URL.
 */
export function toSearchParams(query: Partial<QuestionQuery>): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  for (const l of query.levels ?? []) p.append("level", l.toLowerCase());
  for (const t of query.topics ?? []) p.append("topic", t);
  for (const c of query.companies ?? []) p.append("company", c);
  for (const b of query.bands ?? []) p.append("band", b);
  if (query.hasCode !== undefined) p.set("code", query.hasCode ? "yes" : "no");
  if (query.set) p.set("set", query.set);
  if (query.page && query.page > 1) p.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) p.set("pageSize", String(query.pageSize));
  return p;
}
