/**
 * Accounts and practice through the HTTP API, as a browser would use it: better-auth sign-up and
 * sign-in, FSRS reviews, guest-to-account merge, export/import, CSRF, rate limiting and
 * per-user isolation.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { sql } from "drizzle-orm";
import { GET as authGet, POST as authPost } from "../../src/app/api/auth/[...all]/route";
import { POST as rate } from "../../src/app/api/practice/reviews/route";
import { POST as startSession } from "../../src/app/api/practice/sessions/route";
import { GET as getSession } from "../../src/app/api/practice/sessions/[id]/route";
import { GET as progress } from "../../src/app/api/practice/progress/route";
import { PUT as putNote } from "../../src/app/api/me/notes/[slug]/route";
import { PUT as putBookmark } from "../../src/app/api/me/bookmarks/[slug]/route";
import { GET as getPersonal } from "../../src/app/api/me/questions/[slug]/route";
import { GET as exportData } from "../../src/app/api/me/export/route";
import { POST as importData } from "../../src/app/api/me/import/route";
import { getDb } from "../../src/app/lib/db";
import { importSeedPages } from "../../src/db/import-seed-pages";
import { smallPages } from "../fixtures/pages";
import { ROOT } from "../db/test-databases";
import { TEST_ORIGIN, TestBrowser } from "../support/test-browser";

process.env.PYPREP_DATA_DIR = "memory://";
process.env.PYPREP_ROOT = ROOT;
process.env.DATABASE_URL = "";

const BASE = TEST_ORIGIN;
let slugs: string[] = [];

/** A browser with the auth and practice calls these tests make. */
class Browser extends TestBrowser {
  async auth(path: string, body?: unknown): Promise<Response> {
    const r = this.req(`/api/auth${path}`, { method: body === undefined ? "GET" : "POST", body });
    return this.keep(await (body === undefined ? authGet(r) : authPost(r)));
  }
  signUp(email: string, password = "correct horse battery") {
    return this.auth("/sign-up/email", { email, password, name: email.split("@")[0] });
  }
  signIn(email: string, password = "correct horse battery") {
    return this.auth("/sign-in/email", { email, password });
  }
  async rate(question: string, rating: number | string) {
    return this.keep(await rate(this.req("/api/practice/reviews", { method: "POST", body: { question, rating } })));
  }
  async progress() {
    return (await (await progress(this.req("/api/practice/progress"))).json()) as { totalReviews: number; history: { question: string; rating: number }[]; bookmarks: { question: string }[] };
  }
}

const params = <T>(p: T) => ({ params: Promise.resolve(p) });

beforeAll(async () => {
  await importSeedPages(await getDb(), { pages: smallPages() });
  const db = await getDb();
  const found = (await db.execute(sql`SELECT slug FROM questions WHERE status = 'published' ORDER BY id`)) as unknown as { rows: { slug: string }[] };
  slugs = found.rows.map((r) => r.slug);
});

describe("accounts", () => {
  it("makes the first account admin and later ones candidates, and hashes passwords", async () => {
    const first = new Browser();
    const res = await first.signUp("ada@example.com");
    expect(res.status).toBe(200);
    const session = (await (await first.auth("/get-session")).json()) as { user: { email: string; role: string } };
    expect(session.user).toMatchObject({ email: "ada@example.com", role: "admin" });

    const second = new Browser();
    await second.signUp("bob@example.com");
    const s2 = (await (await second.auth("/get-session")).json()) as { user: { role: string } };
    expect(s2.user.role).toBe("candidate");

    const db = await getDb();
    const stored = (await db.execute(sql`SELECT password FROM auth_accounts a JOIN users u ON u.id = a.user_id WHERE u.email = 'ada@example.com'`)) as unknown as { rows: { password: string }[] };
    expect(stored.rows[0]?.password).not.toContain("correct horse");
    expect(stored.rows[0]?.password.length).toBeGreaterThan(40);
  });

  it("rejects a wrong password and limits sign-in attempts per address", async () => {
    const b = new Browser();
    await b.signUp("carol@example.com");
    const attacker = new Browser();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attacker.signIn("carol@example.com", `wrong-guess-${i}`)).status);
    expect(statuses[0]).toBe(401);
    expect(statuses).toContain(429);
    // Another address is not affected.
    expect((await new Browser().signIn("carol@example.com")).status).toBe(200);
  });

  it("signs out everywhere", async () => {
    const laptop = new Browser();
    await laptop.signUp("dan@example.com");
    const phone = new Browser();
    await phone.signIn("dan@example.com");
    expect(((await (await phone.auth("/get-session")).json()) as { user?: unknown } | null)?.user).toBeTruthy();
    expect((await laptop.auth("/revoke-sessions", {})).status).toBe(200);
    expect(await (await phone.auth("/get-session")).json()).toBeNull();
    expect(await (await laptop.auth("/get-session")).json()).toBeNull();
  });
});

describe("FSRS through the API", () => {
  it("brings a card rated Again back sooner than one rated Easy, and tells when", async () => {
    const b = new Browser();
    await b.signUp("erin@example.com");
    const again = (await (await b.rate(slugs[0] as string, "again")).json()) as { card: { due: string; state: number }; dueIn: string };
    const easy = (await (await b.rate(slugs[1] as string, 4)).json()) as { card: { due: string; state: number }; dueIn: string };
    expect(new Date(again.card.due).getTime()).toBeLessThan(new Date(easy.card.due).getTime());
    expect(new Date(again.card.due).getTime() - Date.now()).toBeLessThan(15 * 60_000);
    expect(new Date(easy.card.due).getTime() - Date.now()).toBeGreaterThan(24 * 3600_000);
    expect(again.dueIn).toMatch(/min/);
    expect(easy.dueIn).toMatch(/d|mo/);
    const p = await b.progress();
    expect(p.totalReviews).toBe(2);
    expect(p.history.map((h) => h.rating).sort()).toEqual([1, 4]);
  });

  it("refuses a rating that is not one of the four buttons", async () => {
    const res = await new Browser().rate(slugs[0] as string, 7);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { parameter: string } }).error.parameter).toBe("rating");
  });

  it("starts a flashcard session from a filtered list with the requested number of cards", async () => {
    const b = new Browser();
    const res = b.keep(await startSession(b.req("/api/practice/sessions", { method: "POST", body: { mode: "flashcards", source: "level=mid", count: 2 } })));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const sres = await getSession(b.req(`/api/practice/sessions/${id}`), params({ id }));
    const session = (await sres.json()) as { items: { level: string }[]; sourceLabel: string };
    expect(session.items).toHaveLength(2);
    expect(session.items.every((i) => i.level === "Mid")).toBe(true);
    expect(session.sourceLabel).toBe("Level: Mid");
    // Another browser cannot see it.
    const other = new Browser();
    expect((await getSession(other.req(`/api/practice/sessions/${id}`), params({ id }))).status).toBe(404);
  });
});

describe("guests", () => {
  it("merges a guest's reviews, bookmarks and notes into the account on sign-up", async () => {
    const b = new Browser();
    expect((await b.rate(slugs[2] as string, "good")).status).toBe(201);
    b.keep(await putBookmark(b.req(`/api/me/bookmarks/${slugs[2]}`, { method: "PUT" }), params({ slug: slugs[2] as string })));
    b.keep(await putNote(b.req(`/api/me/notes/${slugs[2]}`, { method: "PUT", body: { body: "remember **this**" } }), params({ slug: slugs[2] as string })));
    expect((await b.progress()).totalReviews).toBe(1);
    const guestCookie = b.cookies.get("pyprep_owner");
    expect(guestCookie).toMatch(/^[a-f0-9]{32}$/);

    await b.signUp("fay@example.com");
    const p = await b.progress();
    expect(p.totalReviews).toBe(1);
    expect(p.history[0]?.question).toBe(slugs[2]);
    expect(p.bookmarks.map((x) => x.question)).toEqual([slugs[2]]);
    const personal = (await (await getPersonal(b.req(`/api/me/questions/${slugs[2]}`), params({ slug: slugs[2] as string }))).json()) as { note: { body: string } };
    expect(personal.note.body).toBe("remember **this**");

    // The guest token no longer holds anything once signed out.
    const guestOnly = new Browser();
    guestOnly.cookies.set("pyprep_owner", guestCookie as string);
    expect((await guestOnly.progress()).totalReviews).toBe(0);
  });
});

describe("export and import", () => {
  it("round-trips cards, reviews, bookmarks and notes into another account", async () => {
    const a = new Browser();
    await a.signUp("gil@example.com");
    await a.rate(slugs[0] as string, "good");
    await a.rate(slugs[1] as string, "again");
    await a.rate(slugs[1] as string, "good");
    await putBookmark(a.req(`/api/me/bookmarks/${slugs[0]}`, { method: "PUT" }), params({ slug: slugs[0] as string }));
    await putNote(a.req(`/api/me/notes/${slugs[1]}`, { method: "PUT", body: { body: "a note" } }), params({ slug: slugs[1] as string }));
    const exported = (await (await exportData(a.req("/api/me/export?format=json"))).json()) as { cards: { question: string; due: string }[]; reviews: unknown[] };
    expect(exported.cards).toHaveLength(2);
    expect(exported.reviews).toHaveLength(3);

    const b = new Browser();
    await b.signUp("hal@example.com");
    const res = await importData(b.req("/api/me/import", { method: "POST", body: exported }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ cards: 2, reviews: 3, bookmarks: 1, notes: 1, unknownQuestions: [] });
    const again = (await (await exportData(b.req("/api/me/export?format=json"))).json()) as typeof exported;
    const byQ = (x: typeof exported) => Object.fromEntries(x.cards.map((c) => [c.question, c.due]));
    expect(byQ(again)).toEqual(byQ(exported));
    // Importing the same file twice adds nothing.
    const twice = await (await importData(b.req("/api/me/import", { method: "POST", body: exported }))).json();
    expect(twice).toMatchObject({ cards: 0, reviews: 0, bookmarks: 0, notes: 0 });
  });

  it("rejects a file that is not an export, naming the field, and writes nothing", async () => {
    const b = new Browser();
    await b.signUp("ida@example.com");
    const res = await importData(b.req("/api/me/import", { method: "POST", body: { format: "pyprep-practice", version: 1, exportedAt: "2026-01-01T00:00:00Z", cards: [{ question: "x" }], reviews: [], bookmarks: [], notes: [] } }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("cards.0");
    expect((await b.progress()).totalReviews).toBe(0);
  });

  it("exports an Anki deck with its header lines", async () => {
    const a = new Browser();
    await a.rate(slugs[0] as string, "good");
    const res = await exportData(a.req("/api/me/export?format=anki"));
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    expect(text.split("\n").slice(0, 2)).toEqual(["#separator:Comma", "#html:true"]);
    expect(text.trim().split("\n")).toHaveLength(5);
  });
});

describe("security", () => {
  it("refuses state-changing requests from another site (CSRF)", async () => {
    const b = new Browser();
    const evilOrigin = await rate(b.req("/api/practice/reviews", { method: "POST", body: { question: slugs[0], rating: 3 }, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } }));
    expect(evilOrigin.status).toBe(403);
    const evilSite = await rate(new NextRequest(`${BASE}/api/practice/reviews`, { method: "POST", headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" }, body: JSON.stringify({ question: slugs[0], rating: 3 }) }));
    expect(evilSite.status).toBe(403);
    const signUp = await authPost(new NextRequest(`${BASE}/api/auth/sign-up/email`, { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/json" }, body: JSON.stringify({ email: "eve@example.com", password: "correct horse battery", name: "eve" }) }));
    expect(signUp.status).toBe(403);
  });

  it("never shows or changes another user's notes, bookmarks or reviews", async () => {
    const alice = new Browser();
    await alice.signUp("alice@example.com");
    await alice.rate(slugs[3] as string, "hard");
    await putNote(alice.req(`/api/me/notes/${slugs[3]}`, { method: "PUT", body: { body: "alice's secret" } }), params({ slug: slugs[3] as string }));
    const mallory = new Browser();
    await mallory.signUp("mallory@example.com");
    const seen = (await (await getPersonal(mallory.req(`/api/me/questions/${slugs[3]}`), params({ slug: slugs[3] as string }))).json()) as { note: unknown };
    expect(seen.note).toBeNull();
    expect((await mallory.progress()).totalReviews).toBe(0);
    await putNote(mallory.req(`/api/me/notes/${slugs[3]}`, { method: "PUT", body: { body: "" } }), params({ slug: slugs[3] as string }));
    const still = (await (await getPersonal(alice.req(`/api/me/questions/${slugs[3]}`), params({ slug: slugs[3] as string }))).json()) as { note: { body: string } };
    expect(still.note.body).toBe("alice's secret");
  });

  it("renders notes as sanitized HTML", async () => {
    const b = new Browser();
    const res = await putNote(b.req(`/api/me/notes/${slugs[0]}`, { method: "PUT", body: { body: "<script>alert(1)</script>\n\n[x](javascript:alert(1)) **ok**" } }), params({ slug: slugs[0] as string }));
    const { html } = (await res.json()) as { html: string };
    expect(html).toContain("<strong>ok</strong>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
  });
});
