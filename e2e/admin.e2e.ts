import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const newPage = useBrowser();
const PASSWORD = "correct horse battery";

/** The session cookies a better-auth response sets, as a Cookie header and as browser cookies. */
function sessionOf(res: Response): { cookie: string; pairs: { name: string; value: string }[] } {
  const pairs = res.headers.getSetCookie().map((c) => {
    const [pair] = c.split(";");
    const at = pair!.indexOf("=");
    return { name: pair!.slice(0, at), value: pair!.slice(at + 1) };
  });
  return { cookie: pairs.map((p) => `${p.name}=${p.value}`).join("; "), pairs };
}

/** Signs up through the better-auth API (as the sign-up page would) and returns the session cookie. */
async function signUp(email: string): Promise<{ cookie: string; pairs: { name: string; value: string }[] }> {
  const res = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: PASSWORD, name: email.split("@")[0] }),
  });
  expect(res.status, `sign-up of ${email}`).toBe(200);
  return sessionOf(res);
}

/** Signs in through the better-auth API and returns the session cookie. */
async function signIn(email: string, password: string): Promise<{ cookie: string; pairs: { name: string; value: string }[] }> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status, `sign-in of ${email}`).toBe(200);
  return sessionOf(res);
}

async function api<T>(path: string, cookie: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { cookie, origin: baseUrl, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as T };
}

async function pageAs(account: { pairs: { name: string; value: string }[] }): Promise<Page> {
  const page = await newPage();
  await page.context().addCookies(account.pairs.map((p) => ({ ...p, url: baseUrl })));
  return page;
}

const ADMIN_PAGES = ["/admin", "/admin/questions", "/admin/questions/new", "/admin/review", "/admin/sets", "/admin/import", "/admin/export", "/admin/challenges", "/admin/challenges/new", "/admin/users", "/admin/audit"];
const ADMIN_ONLY = new Set(["/admin/audit", "/admin/users"]);

describe("editorial admin", () => {
  const stamp = Date.now().toString(36);
  let admin: Awaited<ReturnType<typeof signUp>>;
  let editor: Awaited<ReturnType<typeof signUp>>;
  let reviewer: Awaited<ReturnType<typeof signUp>>;
  let candidate: Awaited<ReturnType<typeof signUp>>;

  it("gives editor roles through the admin API and keeps the admin pages from everyone else", async () => {
    const installAdmin = inject("admin");
    admin = await signIn(installAdmin.email, installAdmin.password);
    const session = await api<{ user: { role: string } }>("/api/auth/get-session", admin.cookie);
    expect(session.body.user.role, "the account made by `pyprep user create --admin` is an admin").toBe("admin");
    editor = await signUp(`edith-${stamp}@example.com`);
    reviewer = await signUp(`rhea-${stamp}@example.com`);
    candidate = await signUp(`cand-${stamp}@example.com`);
    const { body } = await api<{ users: { id: string; email: string }[] }>("/api/admin/users", admin.cookie);
    for (const who of ["edith", "rhea"]) {
      const id = body.users.find((u) => u.email === `${who}-${stamp}@example.com`)!.id;
      expect((await api(`/api/admin/users/${id}`, admin.cookie, { method: "PUT", body: { role: "editor" } })).status).toBe(200);
    }
    for (const path of ADMIN_PAGES) {
      expect((await fetch(`${baseUrl}${path}`)).status, `${path} signed out`).toBe(401);
      expect((await fetch(`${baseUrl}${path}`, { headers: { cookie: candidate.cookie } })).status, `${path} as a candidate`).toBe(403);
      expect((await fetch(`${baseUrl}${path}`, { headers: { cookie: editor.cookie } })).status, `${path} as an editor`).toBe(ADMIN_ONLY.has(path) ? 403 : 200);
      expect((await fetch(`${baseUrl}${path}`, { headers: { cookie: admin.cookie } })).status, `${path} as an admin`).toBe(200);
    }
  });

  it("lets an editor create a question, another editor publish it, and candidates find it in search", async () => {
    const title = `How does the zymurgist registry pattern ${stamp} work?`;
    const page = await pageAs(editor);
    await page.goto(`${baseUrl}/questions`);
    await page.getByRole("link", { name: "Admin" }).click();
    await page.getByRole("heading", { level: 1, name: "Editorial dashboard" }).waitFor();
    await page.goto(`${baseUrl}/admin/questions/new`);
    await page.getByLabel("Title").fill(title);
    await page.getByRole("checkbox", { name: "Object-oriented programming" }).check();
    await page.getByLabel("Summary").fill("A registry maps names to classes. Classes register themselves when they are defined.");
    await page.getByLabel("Answer (Markdown)").fill("A **zymurgist** registry keeps a dict from names to classes.\n\n- `__init_subclass__` adds each subclass\n- lookups stay O(1)");
    // The live preview is the server's sanitized rendering.
    await page.locator(".admin-preview strong", { hasText: "zymurgist" }).waitFor();
    await page.getByRole("button", { name: "Add code example" }).click();
    await page.getByLabel("Example 1 code").fill("registry = {}\nclass Base:\n    def __init_subclass__(cls):\n        registry[cls.__name__] = cls\nclass Beer(Base): pass\nprint(sorted(registry))");
    await page.getByLabel("Expected output").fill("['Beer']");
    await page.getByRole("button", { name: "Run example 1" }).click();
    await page.getByText("Output matches").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/\/admin\/questions\/[a-z0-9-]+\?saved=1$/, { timeout: 60_000 });
    const slug = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.getByText("In review", { exact: true }).waitFor();
    // The author cannot publish: the button is not offered, and the API refuses.
    expect(await page.getByRole("button", { name: "Publish" }).count()).toBe(0);
    expect((await api(`/api/admin/questions/${slug}/transition`, editor.cookie, { method: "POST", body: { action: "publish" } })).status).toBe(403);
    expect((await fetch(`${baseUrl}/questions/${slug}`)).status).toBe(404);

    const review = await pageAs(reviewer);
    await review.goto(`${baseUrl}/admin/review`);
    await review.getByRole("link", { name: title }).click();
    await review.getByRole("button", { name: "Publish" }).click();
    await review.getByText("Published", { exact: true }).waitFor();

    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/questions?q=zymurgist`);
    await visitor.getByRole("link", { name: new RegExp(stamp) }).first().click();
    await visitor.getByRole("heading", { level: 1, name: title }).waitFor();
    await visitor.getByText(/Reviewed by rhea-/).waitFor();
  });

  it("lets an editor create a challenge only once its reference solution passes every test", async () => {
    const slug = `always-none-${stamp}`;
    const page = await pageAs(editor);
    await page.goto(`${baseUrl}/admin/challenges`);
    await page.getByRole("link", { name: "New challenge" }).click();
    await page.getByRole("textbox", { name: /^Slug/ }).fill(slug);
    await page.getByLabel("Title", { exact: true }).fill(`Return nothing ${stamp}`);
    await page.getByLabel("Statement (Markdown)").fill("Write `solve()` that returns **nothing** at all, that is `None`, whatever happens.");
    await page.locator(".admin-preview strong", { hasText: "nothing" }).waitFor();
    await page.getByLabel("Hidden test 1", { exact: true }).fill("assert solve() == 1");
    await page.getByRole("button", { name: "Create challenge" }).click();
    await page.getByRole("alert").filter({ hasText: "not Accepted (Wrong Answer) on hidden test 1" }).waitFor({ timeout: 60_000 });
    expect((await fetch(`${baseUrl}/api/challenges/${slug}`)).status, "nothing saved").toBe(404);
    // The failing test's label says so now.
    await page.getByRole("textbox", { name: /^Hidden test 1 — fails: Wrong Answer/ }).fill("assert solve() is None");
    await page.getByRole("button", { name: "Create challenge" }).click();
    await page.waitForURL(new RegExp(`/admin/challenges/${slug}\\?saved=1$`), { timeout: 60_000 });
    const pub = await api<Record<string, unknown>>(`/api/challenges/${slug}`, candidate.cookie);
    expect(pub.body).toMatchObject({ title: `Return nothing ${stamp}`, hiddenTestCount: 1 });
    expect(pub.body).not.toHaveProperty("hiddenTests");
  });

  it("adds a question to a set with the picker, and deletes the set after a confirmation", async () => {
    const slug = `picked-${stamp}`;
    expect((await api("/api/admin/sets", editor.cookie, { method: "POST", body: { slug, title: `Picked ${stamp}`, questions: [] } })).status).toBe(201);
    const page = await pageAs(editor);
    await page.goto(`${baseUrl}/admin/sets/${slug}`);
    await page.getByRole("searchbox", { name: /Add a question/ }).fill("decorator");
    const first = page.getByRole("list", { name: "Matching questions" }).getByRole("button", { name: /^Add / }).first();
    const picked = (await first.textContent())!.replace(/^Add /, "");
    await first.click();
    await page.getByRole("button", { name: "Save set" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const saved = await api<{ items: { title: string }[] }>(`/api/admin/sets/${slug}`, editor.cookie);
    expect(saved.body.items.map((i) => i.title)).toEqual([picked]);
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Delete set" }).click();
    await page.waitForURL(`${baseUrl}/admin/sets`);
    expect((await api(`/api/admin/sets/${slug}`, editor.cookie)).status).toBe(404);
  });
});

