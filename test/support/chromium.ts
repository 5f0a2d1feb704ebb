import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type ConsoleMessage, type Page } from 'playwright-core';

/** Debian's Chromium; no browser is ever downloaded. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// As root Chromium needs --no-sandbox; on this closed network the background services stall start-up.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install the Debian package "chromium" (.ci/run does).`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * A page whose waits (a locator's waitFor, a click, waitForFunction) allow a minute, not Playwright's
 * 30 s: on a loaded 2-core machine a cold page and its first render can take that long.
 */
export async function newPage(browser: Browser, options?: BrowserContextOptions): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(60_000);
  return page;
}

export interface PageErrorOptions {
  /** Console errors that are not faults of the page (e.g. the browser's own favicon request). */
  ignore?: (message: ConsoleMessage) => boolean;
  /** Prefixes each problem, e.g. with the story being rendered. */
  label?: () => string;
}

/** The browser's own request for /favicon.ico, which no page here asked for. */
export const isFaviconRequest = (message: ConsoleMessage) => message.location().url.endsWith('/favicon.ico');

/** Collects the page's console errors and uncaught exceptions; the array fills as the page runs. */
export function collectPageErrors(page: Page, { ignore = () => false, label }: PageErrorOptions = {}): string[] {
  const problems: string[] = [];
  const record = (text: string) => problems.push(label ? `${label()}: ${text}` : text);
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignore(message)) record(message.text());
  });
  page.on('pageerror', (error) => record(error.message));
  return problems;
}
