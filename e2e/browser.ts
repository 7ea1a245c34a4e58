import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Debian's Chromium (apt-get install chromium); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches headless Chromium with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: run 'apt-get install chromium' (see README).`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Registers a headless Chromium for the calling test file (launched before its tests, closed
 * after them) and returns `newPage`, which opens a page in a fresh context of the given width
 * and color scheme (default 1280 px, light).
 */
export function useBrowser(): (width?: number, colorScheme?: "light" | "dark") => Promise<Page> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (width = 1280, colorScheme = "light") => {
    if (!browser) throw new Error("useBrowser(): the browser is not launched yet (call newPage inside a test)");
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    return context.newPage();
  };
}
