import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { parseChallengeFile, type ChallengeFile } from "../src/core/challenges/challenge-file";
import { useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const ROOT = path.resolve(import.meta.dirname, "..");

/** A challenge file of content/challenges, read with the project's own parser. */
function readChallenge(slug: string): ChallengeFile {
  const file = path.join(ROOT, "content", "challenges", `${slug}.md`);
  const parsed = parseChallengeFile(file, fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join("\n"));
  return parsed.challenge;
}

const newPage = useBrowser();

/** Replaces the editor's whole content, the way a paste would. */
async function typeCode(page: Page, code: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(code);
}

describe("a candidate solving a code challenge", () => {
  const two = readChallenge("two-sum-indices");

  it("lists challenges, submits a wrong then a right solution, and keeps the draft over a reload", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/challenges`);
    await page.getByRole("link", { name: two.title }).click();
    await page.getByRole("heading", { level: 1, name: two.title }).waitFor();
    await page.locator(".cm-content").waitFor();
    await page.getByText(/7 hidden tests/).waitFor();

    await typeCode(page, two.wrong_solution);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    const title = page.locator("[data-testid=verdict] .verdict-title");
    await title.waitFor({ timeout: 45_000 });
    const wrong = (await title.innerText()).trim();
    expect(wrong).not.toMatch(/Accepted/);
    expect(wrong).toMatch(/Wrong Answer|Runtime Error|Time Limit Exceeded/);
    await page.getByText(/hidden tests passed; first failure: hidden test \d+/).waitFor();
    await page.locator(".history-item").first().waitFor();

    await typeCode(page, two.solution);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.locator("[data-testid=verdict] .verdict-title", { hasText: "Accepted" }).waitFor({ timeout: 45_000 });
    await page.getByText("7/7 hidden tests passed").waitFor();
    await page.locator(".history-item").nth(1).waitFor();

    await page.reload();
    await page.locator(".cm-content").waitFor();
    await page.locator(".cm-content", { hasText: "first_index.setdefault(value, j)" }).waitFor();
    // Solved now: the list says so.
    await page.goto(`${baseUrl}/challenges?solved=yes`);
    await page.getByRole("link", { name: two.title }).waitFor();
  });

  it("shows a compilation error with its line marked in the editor", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/challenges/two-sum-indices`);
    await typeCode(page, "def two_sum(nums, target):\n    return (\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator("[data-testid=verdict] .verdict-title", { hasText: "Compilation Error" }).waitFor({ timeout: 45_000 });
    await page.getByText(/at line 2:\d+/).waitFor();
    await page.locator(".cm-error-line").waitFor();
  });

  it("lets a keyboard user leave the editor with Esc then Tab", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/challenges/two-sum-indices`);
    await page.locator(".cm-content").click();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".cm-editor")))).toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".cm-editor")))).toBe(false);
  });

  it("filters by difficulty in the URL", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/challenges`);
    await page.getByLabel("Difficulty").selectOption("hard");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/difficulty=hard/);
    const badges = await page.locator(".challenge-item .difficulty-badge").allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b).toMatch(/Hard$/);
  });

  it("fits a 360 px wide screen, in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const page = await newPage(360, scheme);
      for (const p of ["/challenges", "/challenges/two-sum-indices", "/challenges/lru-cache"]) {
        await page.goto(`${baseUrl}${p}`);
        await page.locator("main h1").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p} in ${scheme}`).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe("running a question's code example in the browser", () => {
  it("loads Python, runs the example and says the output matches", async () => {
    const page = await newPage();
    // A question whose example prints several lines (content/questions/caching-methods-pitfalls.md).
    await page.goto(`${baseUrl}/questions/caching-methods-pitfalls`);
    await page.getByText("Show answer").click();
    const example = page.locator("figure.code-example").first();
    await example.getByRole("button", { name: /^Run example/ }).click();
    await example.getByText("Matches the expected output").waitFor({ timeout: 45_000 });
    const printed = (await example.locator("[data-testid=run-output]").innerText()).trim();
    const expected = (await example.locator("figcaption pre").innerText()).trim();
    expect(printed).toBe(expected);
  });
});
