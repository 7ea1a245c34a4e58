/**
 * The optional LLM grader: any OpenAI-compatible chat-completions endpoint grades the answer
 * against the question, reference and rubric, answering in JSON. Whatever goes wrong (timeout,
 * HTTP error, unparseable or invalid JSON), the offline grader's result is returned instead,
 * marked `source: "offline-fallback"` with the reason. Never required.
 */
import { z } from "zod";
import { gradeAnswer, type GradingContext } from "./grade-answer";
import { GRADE_LABELS, type EvidenceSpan, type GradeInput, type GradeLabel, type GradeResult, type PointResult } from "./types";

/** Environment variables of the LLM grader; all optional: without a base URL and model there is no LLM grader. */
export const LlmGraderEnvSchema = z.object({
  PYPREP_LLM_BASE_URL: z.string().url("must be a URL such as http://localhost:11434/v1").optional().or(z.literal("").transform(() => undefined)),
  PYPREP_LLM_MODEL: z.string().min(1).optional().or(z.literal("").transform(() => undefined)),
  PYPREP_LLM_API_KEY: z.string().optional().or(z.literal("").transform(() => undefined)),
  PYPREP_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
});

export interface LlmGraderConfig {
  /** e.g. "http://localhost:11434/v1"; `/chat/completions` is appended. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Whole-request deadline, ms. */
  timeoutMs: number;
}

/**
 * Reads the LLM grader's configuration from the environment.
 * @returns the configuration, or undefined when PYPREP_LLM_BASE_URL or PYPREP_LLM_MODEL is unset
 * @throws Error naming the variable when one is set but invalid
 */
export function parseLlmGraderEnv(env: Record<string, string | undefined> = process.env): LlmGraderConfig | undefined {
  const parsed = LlmGraderEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${String(issue?.path.join(".") ?? "?")} ${issue?.message ?? ""}`.trim());
  }
  const e = parsed.data;
  if (!e.PYPREP_LLM_BASE_URL || !e.PYPREP_LLM_MODEL) return undefined;
  return { baseUrl: e.PYPREP_LLM_BASE_URL, model: e.PYPREP_LLM_MODEL, ...(e.PYPREP_LLM_API_KEY ? { apiKey: e.PYPREP_LLM_API_KEY } : {}), timeoutMs: e.PYPREP_LLM_TIMEOUT_MS };
}

/** A graded example shown to the model (few-shot). */
export interface GradedExample {
  answer: string;
  score: number;
  label: GradeLabel;
  comment?: string;
}

export interface CreateLlmGraderOptions extends LlmGraderConfig {
  /** The offline grader's context: used for the fallback and for evidence spans. */
  offline: GradingContext;
  /** A few graded answers to anchor the scale (keep it to 2–4). */
  examples?: readonly GradedExample[];
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** What the model must return. */
export const LlmGradeSchema = z.object({
  score: z.number().min(0),
  label: z.enum(GRADE_LABELS as [GradeLabel, ...GradeLabel[]]),
  points: z
    .array(z.object({ index: z.number().int().min(0), status: z.enum(["covered", "partial", "missing"]), evidence: z.string().optional() }))
    .default([]),
  feedback: z.object({ good: z.array(z.string()).default([]), missing: z.array(z.string()).default([]), wrong: z.array(z.string()).default([]) }),
});
export type LlmGrade = z.infer<typeof LlmGradeSchema>;

export interface LlmGrader {
  /**
   * Grades with the LLM; falls back to the offline grader (never throws for LLM failures).
   * @throws AppError LIMIT_EXCEEDED from the offline grader for over-long answers
   */
  grade(input: GradeInput): Promise<GradeResult>;
}

function prompt(input: GradeInput, max: number, examples: readonly GradedExample[]): { system: string; user: string } {
  const system = [
    "You grade answers to Python interview questions. Be strict and fair: credit what is stated correctly, penalize wrong statements.",
    `Reply with one JSON object only: {"score": number 0-${max}, "label": one of ${GRADE_LABELS.map((l) => `"${l}"`).join(", ")},`,
    '"points": [{"index": rubric index, "status": "covered"|"partial"|"missing", "evidence": exact quote from the answer}],',
    '"feedback": {"good": [sentences], "missing": [sentences], "wrong": [sentences, each with the correction]}}.',
    "Feedback sentences are plain English addressed to the candidate.",
  ].join("\n");
  const rubric = (input.rubric ?? []).map((p, i) => `${i}. (weight ${p.weight}) ${p.point}${p.aliases.length ? ` [also: ${p.aliases.join("; ")}]` : ""}`).join("\n");
  const shots = examples.map((e) => `Answer: ${e.answer}\nScore: ${e.score}, label: ${e.label}${e.comment ? ` (${e.comment})` : ""}`).join("\n\n");
  const user = [
    `Question: ${input.question}`,
    `Reference answer:\n${input.referenceAnswer}`,
    rubric ? `Key points:\n${rubric}` : "Key points: none given; judge against the reference answer.",
    shots ? `Graded examples:\n${shots}` : "",
    `Candidate's answer:\n${input.answer}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return { system, user };
}

function locate(answer: string, quote: string | undefined): EvidenceSpan | undefined {
  if (!quote || quote.trim().length < 3) return undefined;
  const i = answer.toLowerCase().indexOf(quote.trim().toLowerCase());
  return i < 0 ? undefined : { start: i, end: i + quote.trim().length, text: answer.slice(i, i + quote.trim().length) };
}

/**
 * Creates an LLM grader for an OpenAI-compatible `POST {baseUrl}/chat/completions` with
 * `response_format: {type: "json_object"}`. The model's JSON is validated with
 * {@link LlmGradeSchema}; its score is clipped to 0–max; its point statuses replace the offline
 * ones (evidence quotes are located in the answer; where not found, the offline span is kept).
 * Side effects: one HTTP request per `grade` call.
 */
export function createLlmGrader(options: CreateLlmGraderOptions): LlmGrader {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const max = options.offline.maxScore;

  async function ask(input: GradeInput): Promise<LlmGrade> {
    const { system, user } = prompt(input, max, options.examples ?? []);
    const res = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify({
        model: options.model,
        temperature: 0,
        response_format: { type: "json_object" },
        messages: [
          { role: "system", content: system },
          { role: "user", content: user },
        ],
      }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
    const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== "string") throw new Error("the response has no choices[0].message.content");
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      throw new Error("the model's reply is not JSON");
    }
    const parsed = LlmGradeSchema.safeParse(json);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw new Error(`the model's JSON is invalid: ${i?.path.join(".") || "reply"}: ${i?.message ?? "?"}`);
    }
    return parsed.data;
  }

  return {
    async grade(input) {
      const offline = gradeAnswer(input, options.offline);
      let llm: LlmGrade;
      try {
        llm = await ask(input);
      } catch (e) {
        const err = e as Error;
        const reason = err.name === "TimeoutError" || err.name === "AbortError" ? `timed out after ${options.timeoutMs} ms` : err.message;
        return { ...offline, source: "offline-fallback", fallbackReason: reason };
      }
      const score = Math.min(max, Math.max(0, llm.score));
      const points: PointResult[] = offline.points.map((p) => {
        const v = llm.points.find((x) => x.index === p.index);
        if (!v) return p;
        const evidence = locate(input.answer, v.evidence) ?? p.evidence;
        const r: PointResult = { ...p, status: v.status };
        if (evidence && v.status !== "missing") r.evidence = evidence;
        else delete r.evidence;
        return r;
      });
      return {
        ...offline,
        source: "llm",
        label: llm.label,
        score: Math.round(score * 100) / 100,
        scoreRounded: Math.round(score),
        points,
        feedback: { ...llm.feedback, pointer: offline.feedback.pointer },
      };
    },
  };
}
