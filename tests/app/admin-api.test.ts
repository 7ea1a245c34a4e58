/**
 * The admin API as editors and admins use it: permissions on every route (anonymous 401,
 * candidate 403, admin-only routes 403 for editors), the review workflow (nobody publishes their
 * own revision), revision restore, import preview and all-or-nothing commit, and a bank export
 * imported into an empty database giving the same bank.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { sql } from "drizzle-orm";
import { POST as authPost } from "../../src/app/api/auth/[...all]/route";
import * as questionsRoute from "../../src/app/api/admin/questions/route";
import * as questionRoute from "../../src/app/api/admin/questions/[slug]/route";
import * as transitionRoute from "../../src/app/api/admin/questions/[slug]/transition/route";
import * as revisionRoute from "../../src/app/api/admin/questions/[slug]/revisions/[number]/route";
import * as restoreRoute from "../../src/app/api/admin/questions/[slug]/revisions/[number]/restore/route";
import * as similarRoute from "../../src/app/api/admin/similar/route";
import * as previewRoute from "../../src/app/api/admin/preview/route";
import * as runRoute from "../../src/app/api/admin/run-examples/route";
import * as setsRoute from "../../src/app/api/admin/sets/route";
import * as setRoute from "../../src/app/api/admin/sets/[slug]/route";
import * as importRoute from "../../src/app/api/admin/import/route";
import * as exportRoute from "../../src/app/api/admin/export/route";
import * as auditRoute from "../../src/app/api/admin/audit/route";
import * as usersRoute from "../../src/app/api/admin/users/route";
import * as userRoute from "../../src/app/api/admin/users/[id]/route";
import * as challengesRoute from "../../src/app/api/admin/challenges/route";
import { getDb } from "../../src/app/lib/db";
import { setRole } from "../../src/db/auth";
import { openDatabase } from "../../src/db/client";
import { exportBank } from "../../src/db/editorial/bank";
import { commitImport } from "../../src/db/editorial/import-bank";
import { importSeedPages } from "../../src/db/import-seed-pages";
import { getQuestionBySlug } from "../../src/db/queries/get-question";
import { searchQuestions } from "../../src/db/queries/search-questions";
import { parseQuestionQuery } from "../../src/core/bank/question-query";
import { users } from "../../src/db/schema";
import type { QuestionDraft } from "../../src/core/editorial/question-draft";
import { smallPages } from "../fixtures/pages";
import { ROOT } from "../db/test-databases";
import { TEST_ORIGIN, TestBrowser } from "../support/test-browser";

process.env.PYPREP_DATA_DIR = "memory://";
process.env.PYPREP_ROOT = ROOT;
process.env.DATABASE_URL = "";


// Route handlers take their own params type; `never` lets one helper call them all.
type Handler = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;
const params = (p: Record<string, string> = {}) => ({ params: Promise.resolve(p) as Promise<never> });

/** A browser with the admin calls these tests make. */
class Browser extends TestBrowser {
  async call(handler: Handler, path: string, init: { method?: string; body?: unknown; params?: Record<string, string> } = {}): Promise<Response> {
    return handler(this.req(path, init), params(init.params));
  }
  async json<T>(handler: Handler, path: string, init: { method?: string; body?: unknown; params?: Record<string, string> } = {}): Promise<{ status: number; body: T }> {
    const res = await this.call(handler, path, init);
    return { status: res.status, body: (res.status === 204 ? null : await res.json()) as T };
  }
  async signUp(email: string): Promise<this> {
    const r = this.req("/api/auth/sign-up/email", { method: "POST", body: { email, password: "correct horse battery", name: email.split("@")[0] } });
    const res = this.keep(await authPost(r));
    expect(res.status).toBe(200);
    return this;
  }
}

const anonymous = new Browser();
let admin: Browser;
let editor: Browser;
let reviewer: Browser;
let candidate: Browser;

function draft(over: Partial<QuestionDraft> = {}): QuestionDraft {
  return {
    title: "How does the walrus operator change comprehension scoping?",
    level: "Senior",
    topics: ["basics"],
    companies: [],
    bands: ["5+"],
    summary: "The walrus operator binds in the enclosing scope. It leaks out of comprehensions on purpose.",
    answerMd: "An assignment expression `(y := f(x))` inside a comprehension binds `y` in the **containing** scope.",
    rubric: [],
    examples: [],
    related: [],
    ...over,
  };
}

beforeAll(async () => {
  const db = await getDb();
  await importSeedPages(db, { pages: smallPages() });
  admin = await new Browser().signUp("root@example.com"); // first account: admin
  editor = await new Browser().signUp("edna@example.com");
  reviewer = await new Browser().signUp("rex@example.com");
  candidate = await new Browser().signUp("cand@example.com");
  await setRole(db, "edna@example.com", "editor");
  await setRole(db, "rex@example.com", "editor");
});

/** Every admin route, with a valid request; `role` is the least role allowed. */
function routes(slug: string) {
  return [
    { name: "GET questions", role: "editor", run: (b: Browser) => b.call(questionsRoute.GET as Handler, "/api/admin/questions") },
    { name: "POST questions", role: "editor", run: (b: Browser) => b.call(questionsRoute.POST as Handler, "/api/admin/questions", { method: "POST", body: { draft: draft({ title: `Permission probe ${b.ip} about generators` }) } }) },
    { name: "GET question", role: "editor", run: (b: Browser) => b.call(questionRoute.GET as Handler, `/api/admin/questions/${slug}`, { params: { slug } }) },
    { name: "PUT question", role: "editor", run: (b: Browser) => b.call(questionRoute.PUT as Handler, `/api/admin/questions/${slug}`, { method: "PUT", params: { slug }, body: { draft: draft() } }) },
    { name: "POST transition", role: "editor", run: (b: Browser) => b.call(transitionRoute.POST as Handler, `/api/admin/questions/${slug}/transition`, { method: "POST", params: { slug }, body: { action: "submit" } }) },
    { name: "GET revision", role: "editor", run: (b: Browser) => b.call(revisionRoute.GET as Handler, `/api/admin/questions/${slug}/revisions/1`, { params: { slug, number: "1" } }) },
    { name: "POST restore", role: "editor", run: (b: Browser) => b.call(restoreRoute.POST as Handler, `/api/admin/questions/${slug}/revisions/1/restore`, { method: "POST", params: { slug, number: "1" } }) },
    { name: "POST similar", role: "editor", run: (b: Browser) => b.call(similarRoute.POST as Handler, "/api/admin/similar", { method: "POST", body: { title: "What are decorators?" } }) },
    { name: "POST preview", role: "editor", run: (b: Browser) => b.call(previewRoute.POST as Handler, "/api/admin/preview", { method: "POST", body: { markdown: "# hi" } }) },
    { name: "GET sets", role: "editor", run: (b: Browser) => b.call(setsRoute.GET as Handler, "/api/admin/sets") },
    { name: "POST sets", role: "editor", run: (b: Browser) => b.call(setsRoute.POST as Handler, "/api/admin/sets", { method: "POST", body: { slug: `probe-${b.ip.replace(/\./g, "-")}`, title: "Probe set", questions: [] } }) },
    { name: "GET set", role: "editor", run: (b: Browser) => b.call(setRoute.GET as Handler, "/api/admin/sets/mid-warmup", { params: { slug: "mid-warmup" } }) },
    { name: "PUT set", role: "editor", run: (b: Browser) => b.call(setRoute.PUT as Handler, "/api/admin/sets/mid-warmup", { method: "PUT", params: { slug: "mid-warmup" }, body: { title: "Mid warm-up", questions: [] } }) },
    { name: "DELETE set", role: "editor", run: (b: Browser) => b.call(setRoute.DELETE as Handler, "/api/admin/sets/nothing-here", { method: "DELETE", params: { slug: "nothing-here" } }) },
    { name: "POST import preview", role: "editor", run: (b: Browser) => b.call(importRoute.POST as Handler, "/api/admin/import", { method: "POST", body: { format: "csv", files: [{ name: "q.csv", text: "slug,title,level\n" }] } }) },
    { name: "POST import commit", role: "admin", run: (b: Browser) => b.call(importRoute.POST as Handler, "/api/admin/import", { method: "POST", body: { format: "csv", files: [{ name: "q.csv", text: "slug,title,level\n" }], commit: true } }) },
    { name: "GET export", role: "editor", run: (b: Browser) => b.call(exportRoute.GET as Handler, "/api/admin/export?format=csv") },
    { name: "GET audit", role: "admin", run: (b: Browser) => b.call(auditRoute.GET as Handler, "/api/admin/audit") },
    { name: "GET users", role: "admin", run: (b: Browser) => b.call(usersRoute.GET as Handler, "/api/admin/users") },
    { name: "PUT user role", role: "admin", run: (b: Browser) => b.call(userRoute.PUT as Handler, "/api/admin/users/nobody", { method: "PUT", params: { id: "nobody" }, body: { role: "editor" } }) },
    { name: "GET challenges", role: "editor", run: (b: Browser) => b.call(challengesRoute.GET as Handler, "/api/admin/challenges") },
  ] as const;
}

describe("permissions", () => {
  it("answers 401 signed out and 403 to candidates on every admin route, 403 to editors on admin-only ones", async () => {
    const { body } = await editor.json<{ slug: string }>(questionsRoute.POST as Handler, "/api/admin/questions", { method: "POST", body: { draft: draft({ title: "Permission target: how do generators keep state?" }) } });
    const list = routes(body.slug);
    // The run-examples route starts the judge; its permission check comes before that.
    const all = [...list, { name: "POST run-examples", role: "admin" as const, run: (b: Browser) => b.call(runRoute.POST as Handler, "/api/admin/run-examples", { method: "POST", body: { examples: [{ code: "print(1)", output: "1" }] } }) }];
    for (const r of all) {
      expect((await r.run(anonymous)).status, `${r.name} anonymous`).toBe(401);
      expect((await r.run(candidate)).status, `${r.name} candidate`).toBe(403);
    }
    for (const r of list) {
      const asEditor = (await r.run(editor)).status;
      if (r.role === "admin") expect(asEditor, `${r.name} editor`).toBe(403);
      else expect([401, 403], `${r.name} editor got ${asEditor}`).not.toContain(asEditor);
      const asAdmin = (await r.run(admin)).status;
      expect([401, 403], `${r.name} admin got ${asAdmin}`).not.toContain(asAdmin);
    }
  });

  it("refuses cross-site state changes even from an editor", async () => {
    const res = await questionsRoute.POST(
      new NextRequest(`${TEST_ORIGIN}/api/admin/questions`, { method: "POST", headers: { ...Object.fromEntries(editor.headers()), origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/json" }, body: JSON.stringify({ draft: draft() }) }),
    );
    expect(res.status).toBe(403);
  });
});

describe("review workflow", () => {
  it("keeps a new question off the site until another editor publishes it, then shows who reviewed it", async () => {
    const db = await getDb();
    const created = await editor.json<{ slug: string; similar: unknown[] }>(questionsRoute.POST as Handler, "/api/admin/questions", { method: "POST", body: { draft: draft() } });
    expect(created.status).toBe(201);
    const slug = created.body.slug;
    expect(await getQuestionBySlug(db, slug)).toBeNull();

    const t = (b: Browser, action: string) => b.json<{ workflowStatus?: string; error?: { message: string } }>(transitionRoute.POST as Handler, `/api/admin/questions/${slug}/transition`, { method: "POST", params: { slug }, body: { action } });
    expect((await t(editor, "publish")).status).toBe(409); // still a draft
    expect((await t(editor, "submit")).body.workflowStatus).toBe("in_review");
    expect(await getQuestionBySlug(db, slug)).toBeNull();
    const self = await t(editor, "publish");
    expect(self.status).toBe(403);
    expect(self.body.error?.message).toMatch(/another editor/);
    expect((await t(admin, "publish")).status).toBe(200); // admins review too; the author still may not
    const live = await getQuestionBySlug(db, slug);
    expect(live?.reviewedBy).toBe("root");
    expect(live?.title).toBe(draft().title);

    // An edit of a live question is a draft: the live version stays until the edit is published.
    const edit = await editor.json<{ revision: number }>(questionRoute.PUT as Handler, `/api/admin/questions/${slug}`, { method: "PUT", params: { slug }, body: { draft: draft({ title: "How does the walrus operator leak out of comprehensions?" }), baseRevision: 1 } });
    expect(edit.body.revision).toBe(2);
    expect((await getQuestionBySlug(db, slug))?.title).toBe(draft().title);
    const stale = await reviewer.json<{ error: { code: string } }>(questionRoute.PUT as Handler, `/api/admin/questions/${slug}`, { method: "PUT", params: { slug }, body: { draft: draft(), baseRevision: 1 } });
    expect(stale.status).toBe(409);
    expect((await t(editor, "submit")).status).toBe(200);
    expect((await t(reviewer, "request_changes")).body.workflowStatus).toBe("draft");
    expect((await t(editor, "submit")).status).toBe(200);
    expect((await t(reviewer, "publish")).body.workflowStatus).toBe("published");
    const republished = await getQuestionBySlug(db, slug);
    expect(republished?.title).toMatch(/leak out/);
    expect(republished?.reviewedBy).toBe("rex");
    const found = await searchQuestions(db, parseQuestionQuery({ q: "walrus" }));
    expect(found.items.map((i) => i.slug)).toContain(slug);

    // Archive and back are for admins.
    expect((await t(reviewer, "archive")).status).toBe(403);
    expect((await t(admin, "archive")).body.workflowStatus).toBe("archived");
    expect(await getQuestionBySlug(db, slug)).toBeNull();
    expect((await editor.call(questionRoute.PUT as Handler, `/api/admin/questions/${slug}`, { method: "PUT", params: { slug }, body: { draft: draft() } })).status).toBe(409);
    expect((await t(admin, "unarchive")).body.workflowStatus).toBe("draft");

    const audit = await admin.json<{ entries: { action: string; actorName: string }[] }>(auditRoute.GET as Handler, `/api/admin/audit?entity=question&id=${slug}`);
    expect(audit.body.entries.map((e) => e.action).reverse()).toEqual([
      "question.create",
      "question.submit",
      "question.publish",
      "question.save",
      "question.submit",
      "question.request_changes",
      "question.submit",
      "question.publish",
      "question.archive",
      "question.unarchive",
    ]);
  });

  it("restores an old revision as a new draft, with a diff in the history", async () => {
    const created = await editor.json<{ slug: string }>(questionsRoute.POST as Handler, "/api/admin/questions", { method: "POST", body: { draft: draft({ title: "When should a dataclass be frozen?", topics: ["oop"] }) } });
    const slug = created.body.slug;
    await editor.call(questionRoute.PUT as Handler, `/api/admin/questions/${slug}`, { method: "PUT", params: { slug }, body: { draft: draft({ title: "When should a dataclass be frozen and hashable?", topics: ["oop"] }), message: "Clarify" } });
    const rev2 = await editor.json<{ diff: { field: string; parts: { value: string; added?: boolean }[] }[] }>(revisionRoute.GET as Handler, `/api/admin/questions/${slug}/revisions/2`, { params: { slug, number: "2" } });
    expect(rev2.body.diff.map((d) => d.field)).toEqual(["title"]);
    expect(rev2.body.diff[0]?.parts.filter((p) => p.added).map((p) => p.value).join("")).toContain("and hashable");
    const restored = await reviewer.json<{ revision: number }>(restoreRoute.POST as Handler, `/api/admin/questions/${slug}/revisions/1/restore`, { method: "POST", params: { slug, number: "1" } });
    expect(restored.body.revision).toBe(3);
    const q = await reviewer.json<{ draft: QuestionDraft; workflowStatus: string; revisions: { number: number; message: string }[] }>(questionRoute.GET as Handler, `/api/admin/questions/${slug}`, { params: { slug } });
    expect(q.body.draft.title).toBe("When should a dataclass be frozen?");
    expect(q.body.workflowStatus).toBe("draft");
    expect(q.body.revisions[0]).toMatchObject({ number: 3, message: "Restored revision 1" });
    expect((await reviewer.call(restoreRoute.POST as Handler, `/api/admin/questions/${slug}/revisions/9/restore`, { method: "POST", params: { slug, number: "9" } })).status).toBe(404);
  });

  it("warns about a near duplicate of an existing question", async () => {
    const r = await editor.json<{ similar: { slug: string; kind: string }[] }>(similarRoute.POST as Handler, "/api/admin/similar", { method: "POST", body: { title: "What are decorators in Python and how do they work?" } });
    expect(r.body.similar.length).toBeGreaterThan(0);
    expect(r.body.similar[0]?.slug).toMatch(/decorator/);
  });

  it("refuses a question whose example does not print its expected output", async () => {
    const bad = await editor.json<{ error: { message: string } }>(questionsRoute.POST as Handler, "/api/admin/questions", {
      method: "POST",
      body: { draft: draft({ title: "What does sum of a range print?", examples: [{ language: "python", code: "print(sum(range(4)))", output: "7" }] }) },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/printed "6", expected "7"/);
    const good = await editor.json<{ slug: string }>(questionsRoute.POST as Handler, "/api/admin/questions", {
      method: "POST",
      body: { draft: draft({ title: "What does sum of a range print?", examples: [{ language: "python", code: "print(sum(range(4)))", output: "6" }] }) },
    });
    expect(good.status).toBe(201);
  });
});

describe("import and export", () => {
  const csv = (rows: string[]) => ["slug,title,level,topics,bands,summary,answer_md", ...rows].join("\n");
  const good1 = 'slicing-negative-steps,How does slicing with a negative step work?,Junior,basics,0-1,Summary.,"A negative step walks backwards, so `s[::-1]` reverses."';
  const good2 = "set-vs-frozenset,What is the difference between set and frozenset?,Junior,data-structures,0-1,Summary.,A frozenset is immutable and hashable.";
  const bad = "broken-row,A row with a level that does not exist,Wizard,basics,0-1,Summary.,Answer.";

  it("previews added, merged and rejected records with reasons, and commits nothing when one is bad", async () => {
    const db = await getDb();
    const count = async () => ((await db.execute(sql`SELECT count(*)::int AS n FROM questions`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const before = await count();
    const preview = await editor.json<{ preview: { items: { key: string; action: string; reasons: string[] }[]; canCommit: boolean } }>(importRoute.POST as Handler, "/api/admin/import", {
      method: "POST",
      body: { format: "csv", files: [{ name: "batch.csv", text: csv([good1, good2, bad]) }] },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.preview.canCommit).toBe(false);
    const byKey = Object.fromEntries(preview.body.preview.items.map((i) => [i.key, i]));
    expect(byKey["slicing-negative-steps"]?.action).toBe("add");
    expect(byKey["broken-row"]?.action).toBe("reject");
    expect(byKey["broken-row"]?.reasons.join(" ")).toMatch(/level/);

    const commit = await admin.json<{ error: { message: string } }>(importRoute.POST as Handler, "/api/admin/import", { method: "POST", body: { format: "csv", files: [{ name: "batch.csv", text: csv([good1, good2, bad]) }], commit: true } });
    expect(commit.status).toBe(400);
    expect(await count()).toBe(before);

    expect((await editor.call(importRoute.POST as Handler, "/api/admin/import", { method: "POST", body: { format: "csv", files: [{ name: "ok.csv", text: csv([good1, good2]) }], commit: true } })).status).toBe(403);
    const ok = await admin.json<{ committed: boolean; preview: { counts: Record<string, number> } }>(importRoute.POST as Handler, "/api/admin/import", { method: "POST", body: { format: "csv", files: [{ name: "ok.csv", text: csv([good1, good2]) }], commit: true } });
    expect(ok.status).toBe(200);
    expect(ok.body.preview.counts).toMatchObject({ add: 2, reject: 0 });
    expect(await count()).toBe(before + 2);
    expect((await getQuestionBySlug(db, "set-vs-frozenset"))?.title).toMatch(/frozenset/);

    // The same rows again change nothing; an edited row merges.
    const again = await editor.json<{ preview: { counts: Record<string, number> } }>(importRoute.POST as Handler, "/api/admin/import", { method: "POST", body: { format: "csv", files: [{ name: "ok.csv", text: csv([good1, good2.replace("immutable", "immutable (frozen)")]) }] } });
    expect(again.body.preview.counts).toMatchObject({ unchanged: 1, merge: 1 });
  });

  it("previews HumanEval/MBPP JSONL and rejects a bad line with its line number", async () => {
    const mbpp = JSON.stringify({ task_id: 901, text: "Write a function to add two numbers.", code: "def add(a, b):\n    return a + b", test_list: ["assert add(1, 2) == 3"] });
    const r = await editor.json<{ preview: { items: { key: string; action: string; reasons: string[] }[] } }>(importRoute.POST as Handler, "/api/admin/import", {
      method: "POST",
      body: { format: "jsonl", files: [{ name: "mbpp.jsonl", text: `${mbpp}\n{"task_id": 2}\n` }] },
    });
    expect(r.body.preview.items.map((i) => [i.key, i.action])).toEqual([
      ["mbpp.jsonl:2", "reject"],
      ["mbpp-901", "add"],
    ]);
    expect(r.body.preview.items[0]?.reasons[0]).toMatch(/mbpp\.jsonl:2/);
  });

  it("round-trips: export the bank, import it into an empty install, export again: the same bank", async () => {
    await admin.call(setsRoute.POST as Handler, "/api/admin/sets", { method: "POST", body: { slug: "walrus-and-friends", title: "Walrus and friends", description: "Assignment expressions.", featured: true, questions: ["set-vs-frozenset", "slicing-negative-steps"] } });
    const res = await admin.call(exportRoute.GET as Handler, "/api/admin/export?format=json");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="pyprep-bank-/);
    const text = await res.text();
    const exported = JSON.parse(text) as Awaited<ReturnType<typeof exportBank>>;
    expect(exported.questions.length).toBeGreaterThan(5);
    expect(exported.questions.some((q) => q.status === "draft")).toBe(true);
    expect(exported.sets.find((s) => s.slug === "walrus-and-friends")?.questions).toEqual(["set-vs-frozenset", "slicing-negative-steps"]);

    const empty = await openDatabase({ dataDir: "memory://", root: ROOT });
    try {
      await empty.db.insert(users).values({ id: "importer", name: "Importer", email: "importer@example.com", role: "admin" });
      const actor = { id: "importer", name: "Importer", role: "admin" as const };
      await commitImport(empty.db, actor, { format: "bank-json", files: [{ name: "bank.json", text }] });
      const again = await exportBank(empty.db);
      expect({ ...again, exportedAt: "" }).toEqual({ ...exported, exportedAt: "" });
    } finally {
      await empty.close();
    }
  });
});
