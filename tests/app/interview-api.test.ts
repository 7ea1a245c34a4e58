/**
 * Mock interviews through the HTTP API on our real content bank: setup, adaptive questions,
 * offline grading with evidence, follow-ups, the report, the practice queue, and isolation.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as startInterview, GET as listInterviews } from "../../src/app/api/interviews/route";
import { GET as getInterview } from "../../src/app/api/interviews/[id]/route";
import { POST as answer } from "../../src/app/api/interviews/[id]/answers/route";
import { POST as finish } from "../../src/app/api/interviews/[id]/finish/route";
import { POST as practiceNext } from "../../src/app/api/interviews/[id]/practice-next/route";
import { GET as progress } from "../../src/app/api/practice/progress/route";
import { getDb } from "../../src/app/lib/db";
import { checkContent } from "../../src/core/content/check-content";
import { importContent } from "../../src/db/import-content";
import { ROOT } from "../db/test-databases";

process.env.PYPREP_DATA_DIR = "memory://";
process.env.PYPREP_ROOT = ROOT;
process.env.DATABASE_URL = "";

const BASE = "http://localhost:3000";
let cookie = "";
const req = (p: string, body?: unknown, who = cookie) =>
  new NextRequest(`${BASE}${p}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { origin: BASE, "content-type": "application/json", ...(who ? { cookie: who } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

interface Turn {
  kind: string;
  prompt: string;
  slug: string;
  level: string;
  topics: string[];
}
interface AnswerResult {
  grade: { score: number; label: string; points: { status: string; evidence?: { start: number; end: number; text: string } }[]; feedback: { good: string[]; missing: string[] } };
  theta: number;
  finished: boolean;
  next: Turn | null;
  report: { overall: number; questions: number; abilitySeries: number[]; practiceNext: { slug: string }[]; byTopic: unknown[] } | null;
}

beforeAll(async () => {
  const dir = path.join(ROOT, "content", "questions");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => ({ file: `content/questions/${f}`, text: fs.readFileSync(path.join(dir, f), "utf8") }));
  const checked = await checkContent({ questions: files, sets: [] });
  await importContent(await getDb(), { questions: checked.questions, sets: [] });
}, 120_000);

async function start(body: unknown): Promise<{ id: string; first: Turn }> {
  const res = await startInterview(req("/api/interviews", body, ""));
  expect(res.status).toBe(201);
  const set = res.headers.getSetCookie()[0];
  cookie = (set ?? "").split(";")[0] ?? "";
  const { id } = (await res.json()) as { id: string };
  const view = (await (await getInterview(req(`/api/interviews/${id}`), params(id))).json()) as { current: Turn };
  return { id, first: view.current };
}

async function say(id: string, text: string): Promise<AnswerResult> {
  const res = await answer(req(`/api/interviews/${id}/answers`, { answer: text }), params(id));
  expect(res.status).toBe(200);
  return (await res.json()) as AnswerResult;
}

describe("mock interview", () => {
  it("rejects a bad setup naming the field", async () => {
    const res = await startInterview(req("/api/interviews", { level: "Guru" }, ""));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe("level");
  });

  it("moves up after strong answers and down after weak ones", async () => {
    const { id, first } = await start({ level: "Mid", questions: 4, feedback: "each", followUps: false, topics: ["concurrency"] });
    expect(first.level).toBe("Mid");
    expect(first.topics).toContain("concurrency");
    const opening = await say(id, "I don't know, sorry.");
    expect(opening.grade.score).toBeLessThan(1);
    expect(opening.theta).toBeLessThan(0);
    const weak = await say(id, "No idea, I have never used that.");
    expect(weak.theta).toBeLessThan(opening.theta);
    const levels = ["Entry", "Junior", "Mid", "Senior", "Expert"];
    expect(levels.indexOf(weak.next?.level ?? "Mid")).toBeLessThan(levels.indexOf("Mid"));

    const { id: id2 } = await start({ level: "Mid", questions: 3, feedback: "each", followUps: false, topics: ["concurrency"] });
    // Strong answers: the rubric's own points for the question asked, twice.
    const rubricPoints = async () => {
      const view = (await (await getInterview(req(`/api/interviews/${id2}`), params(id2))).json()) as { current: Turn };
      const text = fs.readFileSync(path.join(ROOT, "content", "questions", `${view.current.slug}.md`), "utf8");
      return [...text.matchAll(/- point: (.+)/g)].map((m) => m[1]).join(". ");
    };
    const opener = await say(id2, await rubricPoints());
    expect(opener.grade.score).toBeGreaterThan(3.5);
    expect(opener.theta).toBeGreaterThan(0);
    const points = await rubricPoints();
    const strong = await say(id2, points);
    expect(strong.theta).toBeGreaterThan(opener.theta);
    expect(levels.indexOf(strong.next?.level ?? "Mid")).toBeGreaterThan(levels.indexOf("Mid"));
    // Evidence spans point into the candidate's own words.
    const covered = strong.grade.points.filter((p) => p.status !== "missing");
    expect(covered.length).toBeGreaterThan(0);
    for (const p of covered) expect(points.slice(p.evidence?.start, p.evidence?.end)).toBe(p.evidence?.text);
  });

  it("asks a follow-up about missed points, then finishes with a report that feeds the review queue", async () => {
    const { id } = await start({ level: "Junior", questions: 2, feedback: "each", followUps: true });
    const view = (await (await getInterview(req(`/api/interviews/${id}`), params(id))).json()) as { current: Turn };
    const text = fs.readFileSync(path.join(ROOT, "content", "questions", `${view.current.slug}.md`), "utf8");
    const firstPoint = /- point: (.+)/.exec(text)?.[1] ?? "";
    const partial = await say(id, `${firstPoint}.`);
    expect(partial.next?.kind).toBe("follow_up");
    expect(partial.grade.feedback.missing.length).toBeGreaterThan(0);
    const afterFollowUp = await say(id, "Not sure about that part.");
    expect(afterFollowUp.next?.kind).toBe("question");
    const last = await say(id, "No idea.");
    expect(last.finished).toBe(true);
    expect(last.report?.questions).toBe(2);
    expect(last.report?.abilitySeries).toHaveLength(3);
    expect(last.report?.practiceNext.length).toBeGreaterThan(0);

    const queued = (await (await practiceNext(req(`/api/interviews/${id}/practice-next`, {}), params(id))).json()) as { queued: number };
    expect(queued.queued).toBe(last.report?.practiceNext.length);
    const p = (await (await progress(req("/api/practice/progress"))).json()) as { dueToday: number };
    expect(p.dueToday).toBe(queued.queued);

    const list = (await (await listInterviews(req("/api/interviews"))).json()) as { items: { id: string; status: string }[] };
    expect(list.items.find((i) => i.id === id)?.status).toBe("finished");
    // Finished: no more answers.
    expect((await answer(req(`/api/interviews/${id}/answers`, { answer: "more" }), params(id))).status).toBe(409);
  });

  it("ends early on request and keeps interviews private", async () => {
    const { id } = await start({ level: "Senior", questions: 5, feedback: "end" });
    await say(id, "The GIL serialises bytecode execution; threads help for I/O-bound work.");
    const ended = (await (await finish(req(`/api/interviews/${id}/finish`, {}), params(id))).json()) as { report: { questions: number } };
    expect(ended.report.questions).toBe(1);
    const stranger = await getInterview(req(`/api/interviews/${id}`, undefined, "pyprep_owner=0123456789abcdef0123456789abcdef"), params(id));
    expect(stranger.status).toBe(404);
  });
});
