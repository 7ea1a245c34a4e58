import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { EVENT_LOOP_PRESETS } from "../src/core/visualizers/event-loop-presets";
import { simulateEventLoop } from "../src/core/visualizers/simulate-event-loop";
import { simulateGil } from "../src/core/visualizers/simulate-gil";
import { useBrowser } from "./browser";

const baseUrl = inject("baseUrl");

const newPage = useBrowser();

const stepText = (page: Page) => page.getByTestId("viz-step").innerText();
const stepNumber = async (page: Page) => Number(/Step (\d+) of/.exec(await stepText(page))![1]);

describe("a candidate watching the visualizers", () => {
  it("finds Visualizers in the main navigation and opens the GIL scheduler", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Visualizers" }).click();
    await page.getByRole("heading", { level: 1, name: "Visualizers" }).waitFor();
    await page.getByRole("link", { name: "GIL scheduler" }).click();
    await page.getByRole("heading", { level: 1, name: "GIL scheduler" }).waitFor();
  });

  it("presses Simulate Flow on the GIL scheduler and reads the steps as they play", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/visualizers/gil`);
    const live = page.getByTestId("viz-live");
    expect(await live.getAttribute("aria-live")).toBe("polite");
    const first = await live.innerText();
    expect(first).toMatch(/Thread 1 takes the GIL/);
    await page.getByLabel("Speed").selectOption({ label: "Fast" });
    await page.getByRole("button", { name: "Simulate Flow" }).click();
    await page.waitForFunction(() => /Step [3-9]\d* of|Step \d{2,} of/.test(document.querySelector("[data-testid=viz-step]")?.textContent ?? ""));
    expect(await live.innerText()).not.toBe(first);
    const log = page.getByTestId("viz-log").locator("li");
    expect(await log.count()).toBeGreaterThanOrEqual(3);
    expect(await log.nth(1).innerText()).toMatch(/Thread 2 has waited a full switch interval \(5 ms\)/);
    // Plays to the end and stops there, with the comparison with processes.
    await page.waitForFunction(() => /Step (\d+) of \1$/.test(document.querySelector("[data-testid=viz-step]")?.textContent ?? ""), undefined, { timeout: 30_000 });
    expect(await live.innerText()).toMatch(/All threads are done after 40 ms of wall time, with 7 GIL switches/);
    expect(await page.getByRole("button", { name: "Play" }).isVisible()).toBe(true);
  });

  it("steps with the keyboard and keeps the step in the address", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/visualizers/gil`);
    await page.locator(".viz-stage").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByText("Step 3 of").waitFor();
    await page.waitForURL(/step=2/);
    await page.keyboard.press("ArrowLeft");
    await page.getByText("Step 2 of").waitFor();
    await page.keyboard.press("End");
    expect(await stepText(page)).toMatch(/Step (\d+) of \1$/);
    await page.keyboard.press("Home");
    await page.getByText("Step 1 of").waitFor();
    await page.keyboard.press(" ");
    await page.getByRole("button", { name: "Pause" }).waitFor();
    await page.keyboard.press(" ");
    await page.getByRole("button", { name: "Play" }).waitFor();
  });

  it("restores the scenario and the step from a permalink", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/visualizers/gil?threads=3&kind=io&interval=5&cores=2&step=4`);
    const expected = simulateGil({ threads: 3, kind: "io", intervalMs: 5, cores: 2 }).steps[4]!.sentence;
    expect(await page.getByTestId("viz-live").innerText()).toBe(expected);
    expect(await stepNumber(page)).toBe(5);
    expect(await page.getByLabel("Threads", { exact: true }).inputValue()).toBe("3");
    expect(await page.getByLabel("Work", { exact: true }).inputValue()).toBe("io");
    expect(await page.getByLabel("Cores for processes").inputValue()).toBe("2");

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/threads=3&kind=io&interval=5&cores=2&step=4/);
  });

  it("plays the asyncio event loop to the end and prints what Python prints", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/visualizers/event-loop?preset=gather`);
    await page.getByLabel("Speed").selectOption({ label: "Fast" });
    await page.getByRole("button", { name: "Simulate Flow" }).click();
    await page.waitForFunction(() => /Step (\d+) of \1$/.test(document.querySelector("[data-testid=viz-step]")?.textContent ?? ""), undefined, { timeout: 30_000 });
    const expected = simulateEventLoop(EVENT_LOOP_PRESETS[0]!.source).output.join("\n");
    expect(await page.getByTestId("loop-output").innerText()).toBe(expected);
    expect(expected).toContain("results: ['A', 'B']");
  });

  it("computes the diamond's MRO with Python in the browser and shows Python's TypeError for an inconsistent hierarchy", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/visualizers/mro?preset=diamond`);
    await page.getByRole("button", { name: "Run in Python" }).click();
    const python = page.getByTestId("mro-python");
    await python.getByText("D.__mro__").waitFor({ timeout: 60_000 });
    expect(await python.innerText()).toContain("D.__mro__: D → B → C → A → object");
    expect(await python.innerText()).toContain("reaches the same result");

    await page.getByLabel("Example").selectOption({ label: "Inconsistent" });
    await page.waitForURL(/preset=inconsistent/);
    await page.getByRole("button", { name: "Run in Python" }).click();
    await python.getByText(/TypeError/).waitFor({ timeout: 30_000 });
    expect((await python.innerText()).replace(/\s+/g, " ")).toContain("TypeError: Cannot create a consistent method resolution order (MRO) for bases X, Y");
    await page.locator(".viz-stage").focus();
    await page.keyboard.press("End");
    expect(await page.getByTestId("viz-live").innerText()).toMatch(/Python raises TypeError/);
  });

  it("shows a reference cycle surviving del until gc.collect()", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/visualizers/refcount?preset=cycle`);
    const stage = page.locator(".viz-stage");
    await stage.focus();
    while (!(await page.getByTestId("viz-live").innerText()).startsWith("del b")) await page.keyboard.press("ArrowRight");
    const objects = page.getByTestId("rc-objects");
    expect(await objects.innerText()).toMatch(/Node #1: 1 reference \(no name reaches it/);
    await page.keyboard.press("ArrowRight");
    expect(await page.getByTestId("viz-live").innerText()).toMatch(/^gc\.collect\(\) runs the cycle collector/);
    expect(await objects.innerText()).toMatch(/Node #1: freed/);
  });

  it("links a question to its visualizer, and the visualizer back to the question", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/questions/mro-c3-linearization`);
    await page.getByRole("link", { name: "Method resolution order visualizer" }).click();
    await page.getByRole("heading", { level: 1, name: "Method resolution order" }).waitFor();
    await page.getByRole("region", { name: "Questions this explains" }).getByRole("link", { name: /method resolution order work with multiple inheritance/ }).click();
    await page.waitForURL(/\/questions\/mro-c3-linearization$/);
  });

  it("fits a 360 px wide screen without sideways scrolling, in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const page = await newPage(360, scheme);
      for (const path of ["/visualizers", "/visualizers/gil?threads=4&kind=io&step=9", "/visualizers/event-loop?preset=forgotten-task&step=5", "/visualizers/mro?preset=inconsistent&step=20", "/visualizers/refcount?preset=self-list&step=6"]) {
        await page.goto(`${baseUrl}${path}`);
        await page.locator("main h1").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} in ${scheme}`).toBeLessThanOrEqual(0);
      }
    }
  });
});
