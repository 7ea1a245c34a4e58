import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser";

const baseUrl = inject("baseUrl");

const newPage = useBrowser();

describe("a candidate browsing the bank", () => {
  it("filters to Mid, searches GIL, opens a result, expands the answer and reads it", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/questions`);
    await page.getByRole("checkbox", { name: /^Mid\b/ }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/level=mid/);
    await page.locator("#browse-q").fill("GIL");
    await page.locator("#browse-q").press("Enter");
    await page.waitForURL(/q=GIL/);
    expect(page.url()).toMatch(/level=mid/);

    const results = page.locator("main ol li, main ul.question-list li").filter({ has: page.locator("mark") });
    await results.first().waitFor();
    const first = results.first().getByRole("link").first();
    const title = (await first.innerText()).trim();
    await first.click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await expect(page.getByText("Mid", { exact: true }).first().isVisible()).resolves.toBe(true);

    const answer = page.locator("details.answer");
    expect(await answer.getAttribute("open")).toBeNull();
    await page.getByText("Show answer").click();
    expect(await answer.getAttribute("open")).not.toBeNull();
    const text = await answer.innerText();
    expect(text.length).toBeGreaterThan(100);
    expect(text).toMatch(/thread|GIL|lock/i);
  });

  it("corrects a typo in the search and says so", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/questions?q=decoratros`);
    await page.getByText(/Showing results for/).waitFor();
    expect(await page.locator("main mark").first().innerText()).toMatch(/decorator/i);
  });

  it("opens and closes the answer from the keyboard", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/questions`);
    await page.locator("main").getByRole("link").filter({ hasText: /\?|\./ }).first().click();
    await page.locator("details.answer summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("details.answer").getAttribute("open")).not.toBeNull();
  });

  it("fits a 360 px wide screen without sideways scrolling, in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const page = await newPage(360, scheme);
      for (const path of ["/", "/questions?q=generators", "/levels/senior", "/topics", "/sets"]) {
        await page.goto(`${baseUrl}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} in ${scheme}`).toBeLessThanOrEqual(0);
      }
      const slug = await page.evaluate(async () => ((await (await fetch("/api/questions?q=decorators&pageSize=1")).json()) as { items: { slug: string }[] }).items[0]?.slug);
      await page.goto(`${baseUrl}/questions/${slug}`);
      await page.getByText("Show answer").click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 0, g = 0, b = 0] = (bg.match(/\d+/g) ?? []).map(Number);
      if (scheme === "dark") expect(r + g + b).toBeLessThan(200);
      else expect(r + g + b).toBeGreaterThan(600);
    }
  });
});
