/**
 * The offline answer grader: per-key-point verdicts with evidence, misconception checks with
 * negation, lexical features against the reference, a calibrated 0–max score, a SemEval-style
 * label and plain-English feedback. No network, no model download.
 */
import { AppError } from "../errors";
import { analyzeText, markdownToPlain, type AnalyzedText, type GradingToken } from "./analyze-text";
import { buildIdf, idfOf, type IdfTable } from "./build-idf";
import { applyCalibration, DEFAULT_CALIBRATION, type Calibration } from "./calibration";
import { loadGradingNlp, type GradingNlp } from "./grading-nlp";
import type { EvidenceSpan, GradeFeatures, GradeFeedback, GradeInput, GradeLabel, GradeResult, MisconceptionResult, PointResult, PointStatus, RubricPoint } from "./types";

/** Longest answer graded, in characters; longer ones are refused (a UI should cap input anyway). */
export const MAX_ANSWER_CHARS = 20_000;

/** What grading needs besides the answer: the NLP, idf over the bank, the calibration, the scale. */
export interface GradingContext {
  nlp: GradingNlp;
  idf: IdfTable;
  calibration: Calibration;
  /** Top of the score scale (default 5). */
  maxScore: number;
  /** Prepared questions (analyzed reference, rubric phrases), keyed by their text. Bounded. */
  cache: Map<string, PreparedQuestion>;
}

export interface CreateGradingContextOptions {
  /** Documents to build idf from (one per question); ignored when `idf` is given. */
  documents?: readonly string[];
  idf?: IdfTable;
  nlp?: GradingNlp;
  calibration?: Calibration;
  maxScore?: number;
}

/**
 * Builds a grading context. Loads (and caches) the NLP when `nlp` is not given.
 * @throws RangeError when `maxScore` is not positive
 */
export function createGradingContext(options: CreateGradingContextOptions = {}): GradingContext {
  const nlp = options.nlp ?? loadGradingNlp();
  const maxScore = options.maxScore ?? 5;
  if (!(maxScore > 0)) throw new RangeError(`maxScore must be positive, got ${maxScore}`);
  return {
    nlp,
    idf: options.idf ?? buildIdf(options.documents ?? [], nlp),
    calibration: options.calibration ?? DEFAULT_CALIBRATION,
    maxScore,
    cache: new Map(),
  };
}

// ---- tuning constants (chosen by reasoning, then checked on content/grading-dev; see its README) ----
/** Words of the question count half: restating the question is not answering it (Mohler et al. 2011, "question demoting"). */
const QUESTION_DEMOTE = 0.5;
/** Match strength at or above which a point is covered / partly made. */
const COVERED_AT = 0.55;
const PARTIAL_AT = 0.3;
/** A whole alias phrase found in the answer. */
const ALIAS_HIT = 0.8;
/** idf weight an alias needs for a full-strength hit (a rare word like "bytecode" has ~5, "function" ~2). */
const ALIAS_FULL_WEIGHT = 4;
/** A negated match keeps this share of its strength. */
const NEGATED_KEEP = 0.3;
/** Each wrong statement multiplies the raw score by this. */
const WRONG_FACTOR = 0.55;
const MAX_CACHE = 500;

/** Words that make a sentence deny what it states ("it is a myth that …"): they flip misconceptions. */
const DISCLAIMER = /\b(myths?|misconceptions?|not true|untrue|false|incorrect|wrong|mistaken|a mistake)\b/i;
/** The narrower set that also flips key-point polarity ("wrong" often describes results, not claims). */
const DENIAL = /\b(myths?|misconceptions?|not true|untrue|mistaken|a mistake)\b/i;
const DONT_KNOW = /\b(i (do ?n[o']?t|dont) know|no idea|not sure|no clue|pass|skip)\b/i;

interface Phrase {
  text: string;
  /** Unique content keys. */
  keys: string[];
  /** Content keys in order (for alias phrase matches). */
  seq: string[];
  /** Keys in a negation's scope in the phrase itself. */
  negatedKeys: Set<string>;
  total: number;
}

interface PreparedPoint {
  point: string;
  weight: number;
  main: Phrase;
  aliases: Phrase[];
  misconceptions: { regex: RegExp; source: string; correction: string }[];
}

/** A question prepared for grading (cached in the context). */
export interface PreparedQuestion {
  mode: "rubric" | "reference";
  points: PreparedPoint[];
  questionKeys: Set<string>;
  /** Reference term frequencies. */
  refTf: Map<string, number>;
  refContent: number;
  /** Keys of the question, reference, points and aliases. */
  vocab: Set<string>;
  weight: (key: string) => number;
}

function phraseOf(a: AnalyzedText, weight: (k: string) => number): Phrase {
  const seq: string[] = [];
  const negatedKeys = new Set<string>();
  for (const t of a.tokens) {
    if (!t.isContent) continue;
    seq.push(t.key);
    if (t.isNegated) negatedKeys.add(t.key);
  }
  const keys = [...new Set(seq)];
  return { text: a.text, keys, seq, negatedKeys, total: keys.reduce((s, k) => s + weight(k), 0) };
}

function prepareQuestion(ctx: GradingContext, input: GradeInput): PreparedQuestion {
  const cacheKey = `${input.question}\u0000${input.referenceAnswer}\u0000${input.rubric ? JSON.stringify(input.rubric) : ""}`;
  const hit = ctx.cache.get(cacheKey);
  if (hit) return hit;
  const nlp = ctx.nlp;
  const questionKeys = new Set(analyzeText(nlp, input.question).tokens.filter((t) => t.isContent).map((t) => t.key));
  const weight = (k: string) => idfOf(ctx.idf, k) * (questionKeys.has(k) ? QUESTION_DEMOTE : 1);
  const ref = analyzeText(nlp, markdownToPlain(input.referenceAnswer));
  const refTf = new Map<string, number>();
  let refContent = 0;
  for (const t of ref.tokens) {
    if (!t.isContent) continue;
    refContent++;
    refTf.set(t.key, (refTf.get(t.key) ?? 0) + 1);
  }
  const vocab = new Set<string>([...questionKeys, ...refTf.keys()]);
  let points: PreparedPoint[];
  let mode: "rubric" | "reference";
  if (input.rubric && input.rubric.length > 0) {
    mode = "rubric";
    points = input.rubric.map((p: RubricPoint) => ({
      point: p.point,
      weight: p.weight,
      main: phraseOf(analyzeText(nlp, p.point), weight),
      aliases: (p.aliases ?? []).map((al) => phraseOf(analyzeText(nlp, al), weight)).filter((ph) => ph.keys.length > 0),
      misconceptions: (p.misconceptions ?? []).map((m) => ({ regex: new RegExp(m.pattern, "gi"), source: m.pattern, correction: m.correction })),
    }));
  } else {
    mode = "reference";
    points = pseudoPoints(ref, weight);
  }
  for (const p of points) for (const ph of [p.main, ...p.aliases]) for (const k of ph.keys) vocab.add(k);
  const prepared: PreparedQuestion = { mode, points, questionKeys, refTf, refContent, vocab, weight };
  if (ctx.cache.size >= MAX_CACHE) ctx.cache.delete(ctx.cache.keys().next().value as string);
  ctx.cache.set(cacheKey, prepared);
  return prepared;
}

/** Reference-only mode: the reference's sentences (≤ 7, the heaviest kept, in order) become key points of weight 1. */
function pseudoPoints(ref: AnalyzedText, weight: (k: string) => number): PreparedPoint[] {
  const candidates = ref.sentences.map((s, i) => {
    const tokens = ref.tokens.slice(s.from, s.to);
    const sub: AnalyzedText = { text: ref.text.slice(s.start, s.end), tokens, sentences: [] };
    return { i, phrase: phraseOf(sub, weight), text: ref.text.slice(s.start, s.end) };
  });
  let kept = candidates.filter((c) => c.phrase.keys.length >= 3);
  if (kept.length === 0) {
    const whole = phraseOf(ref, weight);
    return whole.keys.length ? [{ point: ref.text, weight: 1, main: whole, aliases: [], misconceptions: [] }] : [];
  }
  if (kept.length > 7) {
    const top = new Set([...kept].sort((a, b) => b.phrase.total - a.phrase.total).slice(0, 7).map((c) => c.i));
    kept = kept.filter((c) => top.has(c.i));
  }
  return kept.map((c) => ({ point: c.text, weight: 1, main: c.phrase, aliases: [], misconceptions: [] }));
}

interface Match {
  score: number;
  /** Matched answer tokens with the phrase key each matched. */
  tokens: GradingToken[];
}

/** Content tokens of the answer grouped by sentence, then by key. */
type AnswerIndex = Map<string, GradingToken[]>[];

function indexAnswer(a: AnalyzedText): AnswerIndex {
  const idx: AnswerIndex = a.sentences.map(() => new Map());
  for (const t of a.tokens) {
    if (!t.isContent) continue;
    const m = idx[t.sentence]!;
    const list = m.get(t.key);
    if (list) list.push(t);
    else m.set(t.key, [t]);
  }
  return idx;
}

/** Best one- or two-sentence window by idf-weighted recall of the phrase's keys. */
function matchPhrase(ph: Phrase, idx: AnswerIndex, weight: (k: string) => number): Match {
  let best: Match = { score: 0, tokens: [] };
  if (ph.total <= 0) return best;
  for (let s = 0; s < idx.length; s++) {
    for (const span of [1, 2]) {
      if (s + span > idx.length) continue;
      const windows = idx.slice(s, s + span);
      let got = 0;
      const tokens: GradingToken[] = [];
      for (const k of ph.keys) {
        const t = windows.map((w) => w.get(k)?.[0]).find((x) => x !== undefined);
        if (t) {
          got += weight(k);
          tokens.push(t);
        }
      }
      const score = (got / ph.total) * (span === 2 ? 0.9 : 1);
      if (score > best.score + 1e-9) best = { score, tokens };
    }
  }
  return best;
}

/** An alias found as a run of consecutive content words in one sentence (stop words between are fine). */
function matchAlias(ph: Phrase, a: AnalyzedText, idx: AnswerIndex, weight: (k: string) => number): Match {
  const content = a.tokens.filter((t) => t.isContent);
  const n = ph.seq.length;
  for (let i = 0; i + n <= content.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = content[i + j]!.key === ph.seq[j] && content[i + j]!.sentence === content[i]!.sentence;
    // A one-word alias that is common, or a word of the question, is weak evidence on its own.
    if (ok) return { score: ALIAS_HIT * Math.min(1, ph.total / ALIAS_FULL_WEIGHT), tokens: content.slice(i, i + n) };
  }
  if (n < 2) return { score: 0, tokens: [] };
  const loose = matchPhrase(ph, idx, weight);
  return { score: loose.score >= 0.99 ? 0.5 : loose.score * 0.4, tokens: loose.tokens };
}

/** True when most of the match (by weight) disagrees in polarity with the phrase. */
function polarityFlipped(ph: Phrase, m: Match, weight: (k: string) => number, denied: ReadonlySet<number>): boolean {
  let all = 0;
  let off = 0;
  for (const t of m.tokens) {
    const w = weight(t.key);
    all += w;
    if (t.isNegated !== denied.has(t.sentence) !== ph.negatedKeys.has(t.key)) off += w;
  }
  return all > 0 && off / all >= 0.5;
}

function spanOf(text: string, tokens: readonly GradingToken[]): EvidenceSpan | undefined {
  if (tokens.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const t of tokens) {
    start = Math.min(start, t.start);
    end = Math.max(end, t.end);
  }
  return { start, end, text: text.slice(start, end) };
}

/** The whole clause(s) around a match, so the highlight reads as a statement, not scattered words. */
function clauseSpan(a: AnalyzedText, tokens: readonly GradingToken[]): EvidenceSpan | undefined {
  if (tokens.length === 0) return undefined;
  const clauses = new Set(tokens.map((t) => t.clause));
  const lo = Math.min(...clauses);
  const hi = Math.max(...clauses);
  return spanOf(a.text, a.tokens.filter((t) => t.clause >= lo && t.clause <= hi));
}

/** Lower-cases the first letter of a sentence when it is an ordinary capitalized word ("Only" → "only", "GIL" stays). */
function lowerFirst(s: string): string {
  const t = s.trim().replace(/[.!?]+$/, "");
  const first = /^[A-Z][a-z]+\b/.exec(t)?.[0];
  if (!first || PROPER.has(first)) return t;
  return t[0]!.toLowerCase() + t.slice(1);
}
const PROPER = new Set(["Python", "Django", "Flask", "Celery", "Redis", "Linux", "Windows", "Unicode", "Pydantic", "Pandas", "Jython", "Gunicorn", "Uvicorn", "Docker", "Kubernetes", "Postgres", "Git"]);

/** Maps regex matches on a whitespace-folded copy of `text` back to offsets in `text`. */
function foldForRegex(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/\s/.test(c)) {
      if (prevSpace) continue;
      c = " ";
      prevSpace = true;
    } else prevSpace = false;
    if (c === "’" || c === "‘") c = "'";
    if (c === "“" || c === "”") c = '"';
    folded += c;
    map.push(i);
  }
  return { folded, map };
}

function findMisconceptions(p: PreparedQuestion, a: AnalyzedText): MisconceptionResult[] {
  const out: MisconceptionResult[] = [];
  const { folded, map } = foldForRegex(a.text);
  p.points.forEach((pt, pointIndex) => {
    for (const mc of pt.misconceptions) {
      mc.regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = mc.regex.exec(folded)) !== null) {
        if (m[0].length === 0) {
          mc.regex.lastIndex++;
          continue;
        }
        const start = map[m.index]!;
        const end = map[m.index + m[0].length - 1]! + 1;
        const first = a.tokens.find((t) => t.end > start);
        const sentence = first ? a.sentences[first.sentence] : undefined;
        const cueBefore = first ? a.tokens.some((t) => t.isNegation && t.clause === first.clause && t.start < start) : false;
        const disclaimer = sentence ? DISCLAIMER.test(a.text.slice(sentence.start, sentence.end)) : false;
        out.push({ pointIndex, pattern: mc.source, correction: mc.correction, evidence: { start, end, text: a.text.slice(start, end) }, negated: cueBefore || disclaimer });
      }
    }
  });
  return out;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Grades one answer against a question's rubric (or, without one, against the reference answer's
 * sentences). Pure given the context (it fills the context's cache of prepared questions).
 *
 * Per key point, the match strength is the best of (a) idf-weighted recall of the point's lemmas
 * in one sentence (or two adjacent ones, discounted) and (b) an alias found as a phrase; a match
 * whose words sit mostly under a negation the point does not have (or the reverse) keeps 30 % of
 * its strength, and a strong negated match of the point's own wording counts as a wrong statement.
 * Misconception patterns run case-insensitively on the answer with whitespace folded; a negation
 * before the match in its clause, or "myth"/"not true"/"wrong" in its sentence, flips it (reported,
 * not counted). The raw score mixes weighted coverage with lexical features against the reference
 * (idf-weighted recall, precision, tf-idf cosine), scaled by answer length and multiplied by 0.55
 * per wrong statement; the calibration maps it to 0–max.
 *
 * Typical cost: 0.5–3 ms per answer once the question is prepared (first call per question adds
 * ~1–5 ms).
 * @returns label, score (0–max) and rounded score, per-point verdicts with evidence spans into
 *   `input.answer`, misconceptions, features and feedback
 * @throws AppError LIMIT_EXCEEDED when the answer is longer than {@link MAX_ANSWER_CHARS}
 * @see M. Mohler, R. Bunescu, R. Mihalcea (2011), "Learning to Grade Short Answer Questions using Semantic Similarity Measures and Dependency Graph Alignments", ACL
 * @see M. Dzikovska et al. (2013), "SemEval-2013 Task 7: The Joint Student Response Analysis and 8th Recognizing Textual Entailment Challenge" (the five labels)
 */
export function gradeAnswer(input: GradeInput, ctx: GradingContext): GradeResult {
  if (input.answer.length > MAX_ANSWER_CHARS) {
    throw new AppError("LIMIT_EXCEEDED", `the answer has ${input.answer.length} characters; at most ${MAX_ANSWER_CHARS} are graded`);
  }
  const max = ctx.maxScore;
  const p = prepareQuestion(ctx, input);
  const a = analyzeText(ctx.nlp, input.answer);
  const idx = indexAnswer(a);
  const w = p.weight;
  const denied = new Set<number>();
  a.sentences.forEach((s, i) => {
    if (DENIAL.test(a.text.slice(s.start, s.end))) denied.add(i);
  });

  // ---- key points ----
  const wrongPoints: MisconceptionResult[] = [];
  const points: PointResult[] = p.points.map((pt, index) => {
    // Each candidate (the point's wording, each alias) is discounted when its polarity is flipped;
    // the best discounted candidate decides, so "you still need locks" can rescue a point whose
    // own wording matched only under a negation.
    const candidates = [{ phrase: pt.main, m: matchPhrase(pt.main, idx, w) }, ...pt.aliases.map((al) => ({ phrase: al, m: matchAlias(al, a, idx, w) }))];
    let best = candidates[0]!;
    let bestEff = -1;
    let bestFlipped = false;
    let aliasScore = 0;
    for (const c of candidates) {
      if (c.phrase !== pt.main) aliasScore = Math.max(aliasScore, c.m.score);
      const flipped = c.m.score >= PARTIAL_AT && polarityFlipped(c.phrase, c.m, w, denied);
      const eff = c.m.score * (flipped ? NEGATED_KEEP : 1);
      if (eff > bestEff + 1e-9) {
        best = c;
        bestEff = eff;
        bestFlipped = flipped;
      }
    }
    const main = candidates[0]!.m;
    const negated = bestFlipped;
    // Both the point's wording and an alias agreeing is stronger evidence than either alone.
    const match = negated ? bestEff : Math.min(1, bestEff + 0.3 * Math.min(main.score, aliasScore));
    const status: PointStatus = match >= COVERED_AT ? "covered" : match >= PARTIAL_AT ? "partial" : "missing";
    const evidence = best.m.score >= PARTIAL_AT * 0.5 ? clauseSpan(a, best.m.tokens) : undefined;
    // Only an explicit negation in the answer of the point's own wording counts as a wrong
    // statement; a plain statement of a negated point is left to the rubric's patterns.
    if (negated && best.phrase === pt.main && main.score >= 0.6 && evidence && main.tokens.filter((t) => t.isNegated || denied.has(t.sentence)).length * 2 >= main.tokens.length) {
      wrongPoints.push({ pointIndex: index, pattern: "negated-point", correction: `Our answer says: ${lowerFirst(pt.point)}.`, evidence, negated: false });
    }
    const result: PointResult = { index, point: pt.point, weight: pt.weight, status, match: round2(match), negated };
    if (evidence && (status !== "missing" || negated)) result.evidence = evidence;
    return result;
  });

  const found = findMisconceptions(p, a);
  // A rubric pattern that already caught the same words says it better than "the opposite of point N".
  const overlaps = (x: EvidenceSpan, y: EvidenceSpan) => x.start < y.end && y.start < x.end;
  const misconceptions = [...found, ...wrongPoints.filter((wp) => !found.some((f) => overlaps(f.evidence, wp.evidence)))];
  const wrong = misconceptions.filter((m) => !m.negated);

  // ---- lexical features ----
  const ansTf = new Map<string, number>();
  let contentWords = 0;
  let known = 0;
  for (const t of a.tokens) {
    if (!t.isContent) continue;
    contentWords++;
    ansTf.set(t.key, (ansTf.get(t.key) ?? 0) + 1);
    if (ctx.idf.df.has(t.key) || p.vocab.has(t.key)) known++;
  }
  let refW = 0;
  let recallW = 0;
  for (const k of p.refTf.keys()) {
    refW += w(k);
    if (ansTf.has(k)) recallW += w(k);
  }
  let ansW = 0;
  let precW = 0;
  for (const k of ansTf.keys()) {
    const v = idfOf(ctx.idf, k);
    ansW += v;
    if (p.vocab.has(k)) precW += v;
  }
  let dot = 0;
  let na = 0;
  let nr = 0;
  for (const [k, tf] of ansTf) {
    const v = (1 + Math.log(tf)) * w(k);
    na += v * v;
    const rtf = p.refTf.get(k);
    if (rtf) dot += v * (1 + Math.log(rtf)) * w(k);
  }
  for (const [k, tf] of p.refTf) nr += ((1 + Math.log(tf)) * w(k)) ** 2;
  const totalWeight = p.points.reduce((s, pt) => s + pt.weight, 0) || 1;
  const coverage = points.reduce((s, r) => s + r.weight * clamp01((r.match - 0.15) / (COVERED_AT - 0.15)), 0) / totalWeight;
  const expected = Math.min(30, Math.max(8, p.refContent * 0.5));
  const features: GradeFeatures = {
    coverage: round2(coverage),
    recall: round2(refW ? recallW / refW : 0),
    precision: round2(ansW ? precW / ansW : 0),
    cosine: round2(na && nr ? dot / Math.sqrt(na * nr) : 0),
    contentWords,
    domainRatio: round2(contentWords ? known / contentWords : 0),
    lengthRatio: round2(Math.min(1, contentWords / expected)),
  };

  // ---- label and score ----
  const relevance = Math.max(coverage, features.recall, features.cosine);
  let label: GradeLabel;
  const trimmed = input.answer.trim();
  if (contentWords === 0 || (DONT_KNOW.test(trimmed) && contentWords < 6) || features.domainRatio < 0.5) label = "non_domain";
  else if (relevance < 0.12 && wrong.length === 0) label = "irrelevant";
  else if (wrong.length > 0) label = "contradictory";
  else {
    const essentialMissing = p.mode === "rubric" && points.some((r) => r.weight === 3 && r.status === "missing");
    label = coverage >= 0.7 && !essentialMissing ? "correct" : "partially_correct_incomplete";
  }
  let raw = 0;
  if (label !== "non_domain" && label !== "irrelevant") {
    const base =
      p.mode === "rubric"
        ? 0.6 * coverage + 0.15 * features.recall + 0.15 * features.cosine + 0.1 * features.precision
        : 0.4 * coverage + 0.25 * features.recall + 0.25 * features.cosine + 0.1 * features.precision;
    raw = clamp01(base * (0.7 + 0.3 * features.lengthRatio) * WRONG_FACTOR ** wrong.length);
  }
  const score = raw === 0 ? 0 : round2(applyCalibration(raw, ctx.calibration, max));

  return {
    source: "offline",
    mode: p.mode,
    label,
    score,
    scoreRounded: Math.round(score),
    maxScore: max,
    raw: Math.round(raw * 10000) / 10000,
    points,
    misconceptions,
    features,
    feedback: buildFeedback(input.question, label, points, wrong),
  };
}

function quote(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

/** Plain, specific sentences: what was right, what is missing, what is wrong, where to read. */
function buildFeedback(question: string, label: GradeLabel, points: readonly PointResult[], wrong: readonly MisconceptionResult[]): GradeFeedback {
  const byWeight = [...points].sort((x, y) => y.weight - x.weight || x.index - y.index);
  const good: string[] = [];
  const missing: string[] = [];
  const wrongLines: string[] = [];
  if (label === "non_domain" || label === "irrelevant") {
    missing.push(label === "non_domain" ? "Your answer does not address the question; a good answer makes these points." : "Your answer is about something else; a good answer makes these points.");
    for (const r of byWeight) missing.push(`Missing: ${lowerFirst(r.point)}.`);
  } else {
    for (const r of points) if (r.status === "covered") good.push(`You explained that ${lowerFirst(r.point)}.`);
    for (const r of byWeight) {
      if (r.negated) continue;
      if (r.status === "partial") missing.push(`Only partly there: ${lowerFirst(r.point)}.`);
      else if (r.status === "missing") missing.push(`Missing: ${lowerFirst(r.point)}.`);
    }
    for (const m of wrong) wrongLines.push(`Not right: "${quote(m.evidence.text)}" — ${m.correction}`);
    for (const r of points) {
      if (r.negated && !wrong.some((m) => m.pointIndex === r.index && m.pattern === "negated-point") && r.evidence) {
        missing.push(`You seem to deny a key point ("${quote(r.evidence.text)}"); our answer says: ${lowerFirst(r.point)}.`);
      }
    }
  }
  const gaps = missing.length + wrongLines.length;
  const pointer = `Read our answer to "${question.trim()}" and compare it with yours${gaps ? ", point by point, for what is missing or wrong above" : ""}.`;
  return { good, missing, wrong: wrongLines, pointer };
}
