import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const newPage = useBrowser();

describe("a mock interview", () => {
  it("runs five adaptive questions with feedback after each and ends on the report", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/interview`);
    await page.getByRole("radio", { name: "Mid" }).check();
    await page.getByRole("spinbutton", { name: "Questions" }).fill("5");
    await page.getByLabel("Ask follow-ups on missed points").uncheck();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await page.waitForURL(/\/interview\/[0-9a-f-]{36}$/);

    const answers = [
      "Only one thread runs Python bytecode at a time in CPython because of the global interpreter lock; blocking I/O releases it, so threads still help for I/O-bound work.",
      "I am not sure.",
      "A generator is a function with yield; it produces values lazily, one at a time, and keeps its state between calls.",
      "Decorators wrap a function to add behaviour, like logging, and functools.wraps keeps the name and docstring.",
      "You can use a dictionary for fast lookups by key, in constant average time.",
    ];
    for (let i = 0; i < 5; i++) {
      await page.getByText(`Question ${i + 1} of 5`).waitFor();
      const prompt = (await page.locator("#interview-question").innerText()).trim();
      expect(prompt.length).toBeGreaterThan(10);
      await page.getByLabel("Your answer").fill(answers[i] as string);
      await page.getByRole("button", { name: /Submit answer/ }).click();
      await page.getByRole("heading", { name: "Feedback" }).waitFor();
      await expect(page.locator(".grade-score").innerText()).resolves.toMatch(/\d\.\d \/ 5/);
      expect(await page.locator(".point-verdicts li").count()).toBeGreaterThan(0);
      expect(await page.locator(".highlighted-answer").innerText()).toContain(answers[i]?.slice(0, 20));
      await page.getByRole("button", { name: i < 4 ? "Next question" : "See the report" }).click();
    }
    await page.waitForURL(/\/report$/);
    await page.getByRole("heading", { name: "Interview report" }).waitFor();
    await expect(page.getByTestId("overall-score").innerText()).resolves.toMatch(/^\d\.\d \/ 5$/);
    expect(await page.locator(".report-turn").count()).toBe(5);
    expect(await page.locator("figure.chart circle").count()).toBe(6);

    // The report is listed on the setup page.
    await page.goto(`${baseUrl}/interview`);
    await page.getByRole("link", { name: "Report" }).first().waitFor();
  });
});
