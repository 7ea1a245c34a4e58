import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const newPage = useBrowser();

describe("a candidate practising", () => {
  it("signs up, starts practice on the Mid level, rates three cards and sees them on the dashboard", async () => {
    const page = await newPage();
    const email = `e2e-${Date.now()}@example.com`;
    await page.goto(`${baseUrl}/sign-up`);
    await page.getByLabel("Name").fill("Practice Tester");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/practice$/);
    await page.getByRole("link", { name: /Account: Practice Tester/ }).waitFor();

    await page.goto(`${baseUrl}/levels/mid`);
    await page.getByRole("link", { name: "Start Practice" }).click();
    await page.waitForURL(/\/practice\?.*level=mid/);
    const start = page.locator("section").filter({ has: page.getByRole("heading", { name: "Level: Mid" }) });
    await start.getByLabel("Questions").fill("3");
    await start.getByRole("button", { name: "Start Practice" }).click();
    await page.waitForURL(/\/practice\/session\//);

    const titles: string[] = [];
    for (let i = 1; i <= 3; i++) {
      await page.getByText(`Card ${i} of 3`).waitFor();
      titles.push((await page.locator("#card-title").innerText()).trim());
      await expect(page.locator(".muted").filter({ hasText: /^Mid · / }).first().isVisible()).resolves.toBe(true);
      await page.keyboard.press("Space");
      await page.getByRole("heading", { name: "In short" }).waitFor();
      await page.getByRole("button", { name: /^Good/ }).click();
      await page.getByText(/Next review in/).waitFor();
      await page.getByRole("button", { name: i < 3 ? /Next card/ : /Finish/ }).click();
    }
    await page.getByRole("heading", { name: "Session complete" }).waitFor();
    await page.getByRole("link", { name: "See your progress" }).click();
    await page.waitForURL(/\/progress$/);
    expect(await page.getByTestId("total-reviews").innerText()).toBe("3");
    const history = page.locator("table.history tbody tr");
    expect(await history.count()).toBe(3);
    const rows = await history.allInnerTexts();
    for (const title of titles) expect(rows.some((r) => r.includes(title))).toBe(true);
    expect(rows.every((r) => r.includes("Good"))).toBe(true);
  });

  it("runs a timed session to its summary", async () => {
    const page = await newPage(360);
    await page.goto(`${baseUrl}/practice?topic=concurrency`);
    const start = page.locator("section").filter({ has: page.getByRole("heading", { name: /Topic: Concurrency/ }) });
    await start.getByLabel(/Timed session/).check();
    await start.getByLabel("Questions").fill("2");
    await start.getByLabel("Minutes").fill("5");
    await start.getByRole("button", { name: "Start Practice" }).click();
    await page.waitForURL(/\/practice\/session\//);
    await page.getByRole("timer").waitFor();
    await page.getByLabel("Your answer").fill("Only one thread runs Python bytecode at a time because of the GIL.");
    await page.getByText("Saved").waitFor();
    await page.getByRole("button", { name: "Finish and review" }).click();
    await page.getByRole("heading", { name: "Session summary" }).waitFor();
    expect(await page.locator(".summary-item").count()).toBe(2);
    expect(await page.locator(".answer-text").first().innerText()).toContain("Only one thread");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("limits repeated failed sign-ins from one address", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/sign-in`);
    const statuses = await page.evaluate(async () => {
      const out: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await fetch("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "nobody@example.com", password: `guess-number-${i}` }) });
        out.push(res.status);
      }
      return out;
    });
    expect(statuses[0]).toBe(401);
    expect(statuses).toContain(429);
  });
});
