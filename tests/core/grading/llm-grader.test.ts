import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLlmGrader, parseLlmGraderEnv } from "../../../src/core/grading/create-llm-grader";
import { createGradingContext, type GradingContext } from "../../../src/core/grading/grade-answer";
import type { GradeInput } from "../../../src/core/grading/types";

/** What the stub endpoint does next: reply with this content, an HTTP status, or hang. */
let behaviour: { kind: "content"; content: string } | { kind: "status"; status: number } | { kind: "hang" } = { kind: "status", status: 500 };
let lastRequest: { url?: string; auth?: string; body?: Record<string, unknown> } = {};
let server: http.Server;
let baseUrl: string;
let ctx: GradingContext;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let data = "";
    req.on("data", (c: Buffer) => (data += c.toString()));
    req.on("end", () => {
      lastRequest = { url: req.url, auth: req.headers.authorization, body: JSON.parse(data) as Record<string, unknown> };
      if (behaviour.kind === "hang") return; // never answers; the client's timeout must fire
      if (behaviour.kind === "status") {
        res.writeHead(behaviour.status, { "content-type": "application/json" }).end('{"error":"boom"}');
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ choices: [{ message: { role: "assistant", content: behaviour.content } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  ctx = createGradingContext({ documents: ["threads and the global interpreter lock", "processes and memory", "decorators wrap functions"] });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const input: GradeInput = {
  question: "What is the GIL?",
  referenceAnswer: "The GIL lets only one thread run Python bytecode at a time; blocking I/O releases it.",
  rubric: [
    { point: "Only one thread runs Python bytecode at a time", aliases: ["one thread at a time"], weight: 3, misconceptions: [] },
    { point: "Blocking I/O releases the GIL", aliases: ["I/O-bound"], weight: 2, misconceptions: [] },
    { point: "CPU-bound code needs processes for parallelism", aliases: ["multiprocessing"], weight: 1, misconceptions: [] },
  ],
  answer: "Only one thread at a time runs bytecode. Waiting on I/O lets others run.",
};

const valid = {
  score: 3.5,
  label: "partially_correct_incomplete",
  points: [
    { index: 0, status: "covered", evidence: "only one thread at a time runs bytecode" },
    { index: 1, status: "partial", evidence: "Waiting on I/O lets others run" },
    { index: 2, status: "missing" },
  ],
  feedback: { good: ["You explained the one-thread rule."], missing: ["Missing: CPU-bound work needs processes."], wrong: [] },
};

describe("LLM grader", () => {
  it("uses a valid JSON reply: score, label, statuses and evidence located in the answer", async () => {
    behaviour = { kind: "content", content: JSON.stringify(valid) };
    const grader = createLlmGrader({ baseUrl, model: "stub-model", apiKey: "k-123", timeoutMs: 2000, offline: ctx, examples: [{ answer: "It is a lock.", score: 1, label: "partially_correct_incomplete" }] });
    const r = await grader.grade(input);
    expect(r).toMatchObject({ source: "llm", score: 3.5, scoreRounded: 4, label: "partially_correct_incomplete" });
    expect(r.points[0]).toMatchObject({ status: "covered", evidence: { start: 0, text: "Only one thread at a time runs bytecode" } });
    expect(r.points[2]!.evidence).toBeUndefined();
    expect(r.feedback.good).toEqual(["You explained the one-thread rule."]);
    expect(lastRequest.url).toBe("/v1/chat/completions");
    expect(lastRequest.auth).toBe("Bearer k-123");
    expect(lastRequest.body).toMatchObject({ model: "stub-model", response_format: { type: "json_object" } });
    expect(JSON.stringify(lastRequest.body)).toContain("Only one thread runs Python bytecode at a time");
    expect(JSON.stringify(lastRequest.body)).toContain("It is a lock.");
  });

  it("falls back to the offline grader when the reply is not JSON", async () => {
    behaviour = { kind: "content", content: "Score: 4/5, nice answer!" };
    const r = await createLlmGrader({ baseUrl, model: "m", timeoutMs: 2000, offline: ctx }).grade(input);
    expect(r).toMatchObject({ source: "offline-fallback", fallbackReason: "the model's reply is not JSON" });
    expect(r.points).toHaveLength(3);
  });

  it("falls back when the JSON does not match the schema", async () => {
    behaviour = { kind: "content", content: JSON.stringify({ ...valid, label: "great" }) };
    const r = await createLlmGrader({ baseUrl, model: "m", timeoutMs: 2000, offline: ctx }).grade(input);
    expect(r.source).toBe("offline-fallback");
    expect(r.fallbackReason).toMatch(/^the model's JSON is invalid: label/);
  });

  it("falls back on HTTP 500", async () => {
    behaviour = { kind: "status", status: 500 };
    const r = await createLlmGrader({ baseUrl, model: "m", timeoutMs: 2000, offline: ctx }).grade(input);
    expect(r.source).toBe("offline-fallback");
    expect(r.fallbackReason).toMatch(/^HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions$/);
  });

  it("falls back on timeout", async () => {
    behaviour = { kind: "hang" };
    const t = performance.now();
    const r = await createLlmGrader({ baseUrl, model: "m", timeoutMs: 200, offline: ctx }).grade(input);
    expect(r).toMatchObject({ source: "offline-fallback", fallbackReason: "timed out after 200 ms" });
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe("LLM grader configuration", () => {
  it("is off unless both base URL and model are set", () => {
    expect(parseLlmGraderEnv({})).toBeUndefined();
    expect(parseLlmGraderEnv({ PYPREP_LLM_BASE_URL: "http://localhost:11434/v1" })).toBeUndefined();
    expect(parseLlmGraderEnv({ PYPREP_LLM_BASE_URL: "http://localhost:11434/v1", PYPREP_LLM_MODEL: "qwen", PYPREP_LLM_API_KEY: "" })).toEqual({ baseUrl: "http://localhost:11434/v1", model: "qwen", timeoutMs: 20000 });
  });

  it("names the variable that is invalid", () => {
    expect(() => parseLlmGraderEnv({ PYPREP_LLM_BASE_URL: "not a url", PYPREP_LLM_MODEL: "m" })).toThrow(/PYPREP_LLM_BASE_URL must be a URL/);
  });
});
