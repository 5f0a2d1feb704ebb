import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, isFaviconRequest, launchChromium, newPage } from '../support/chromium.js';
import { storybookDir } from '../support/static-storybook-ready.js';
import { serveStatic } from '../support/static-server.js';
import { switchStory, waitForRender } from '../support/storybook.js';

interface Entry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let entries: Entry[] = [];

beforeAll(async () => {
  // Built once for this run and the visual test (test/support/static-storybook.ts).
  const outDir = storybookDir();
  entries = Object.values(JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')).entries as Record<string, Entry>);
  site = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the static Storybook (npm run build-storybook)', () => {
  it('lists every story and docs page', () => {
    expect(entries.filter((entry) => entry.type === 'story').length).toBeGreaterThanOrEqual(24);
    expect(entries.filter((entry) => entry.type === 'docs').map((entry) => entry.title)).toEqual(
      expect.arrayContaining(['TotpSetup/Wizard', 'Docs/useTotpSetup', 'Docs/Adapters']),
    );
  });

  it('renders every story and docs page with no console error', async () => {
    const page = await newPage(browser);
    let current = '';
    const problems = collectPageErrors(page, { ignore: isFaviconRequest, label: () => current });
    await page.goto(`${site.url}/iframe.html?id=${entries[0]!.id}&viewMode=${entries[0]!.type}`);

    for (const entry of entries) {
      current = entry.id;
      // Switch entries the way the Storybook manager does, without reloading the preview bundle.
      await switchStory(page, entry.id, entry.type);
      // Rendered, and for a story its play function has run: failures surface as console errors.
      await waitForRender(page, entry.id, [undefined, 'finished', 'completed', 'errored']);
      const container = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
      await page.locator(`${container} > *`).first().waitFor({ timeout: 60_000 });
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens in the Storybook UI with no warning, and no onboarding checklist', async () => {
    const page = await newPage(browser);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    const story = entries.find((entry) => entry.type === 'story')!.id;
    await page.goto(`${site.url}/?path=/story/${story}`);
    await page.frameLocator('#storybook-preview-iframe').locator('#storybook-root > *').first().waitFor({ timeout: 60_000 });
    // The UI has settled once the preview reports the story rendered and the sidebar lists it: any
    // warning about the manager's own controls is out by then.
    await waitForRender(page.frame({ url: /iframe\.html/ })!, story, ['finished', 'completed']);
    await page.locator(`[data-item-id="${story}"]`).waitFor({ timeout: 60_000 });
    expect(warnings.filter((text) => !text.includes('favicon'))).toEqual([]);
    expect(await page.getByText(/Get started|onboarding/i).count()).toBe(0);
    await page.close();
  });

  it('renders the docs pages’ Markdown tables as tables', async () => {
    const page = await newPage(browser);
    const adapters = entries.find((entry) => entry.title === 'Docs/Adapters')!;
    await page.goto(`${site.url}/iframe.html?id=${adapters.id}&viewMode=docs`);
    const table = page.locator('#storybook-docs table').first();
    await table.waitFor({ timeout: 60_000 });
    expect(await table.locator('th').first().textContent()).toBe('option');
    expect(await page.locator('#storybook-docs').textContent()).not.toContain('|---|');
    await page.close();
  });
});
