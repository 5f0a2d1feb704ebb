// The static Storybook (built once per run, test/support/static-storybook.ts) in headless Chromium with the fonts the visual and layout tests draw with, so a
// machine's own fonts move no pixel and no box.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { makeTempDir, removeTempDir } from '../../scripts/temp-dir.mjs';
import { launchChromium, newPage } from '../support/chromium.js';
import { storybookDir } from '../support/static-storybook-ready.js';
import { serveStatic } from '../support/static-server.js';
import { switchStory, waitForRender } from '../support/storybook.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

const fonts = {
  'inter-400.woff2': '@fontsource/inter/files/inter-latin-400-normal.woff2',
  'inter-600.woff2': '@fontsource/inter/files/inter-latin-600-normal.woff2',
  'inter-700.woff2': '@fontsource/inter/files/inter-latin-700-normal.woff2',
  'arabic-400.woff2': '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
  'arabic-600.woff2': '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2',
  'arabic-700.woff2': '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2',
  'mono-400.woff2': '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2',
};
// Latin from Inter, Arabic from Noto Sans Arabic: one family, by unicode-range.
const fontFaces = `
  ${[400, 600, 700].map((weight) => `@font-face { font-family: 'Visual Sans'; font-weight: ${weight}; src: url(/visual-fonts/inter-${weight}.woff2) format('woff2'); unicode-range: U+0000-05FF, U+2000-206F, U+20AC, U+2122; }
  @font-face { font-family: 'Visual Sans'; font-weight: ${weight}; src: url(/visual-fonts/arabic-${weight}.woff2) format('woff2'); unicode-range: U+0600-06FF, U+0750-077F, U+FB50-FDFF, U+FE70-FEFF; }`).join('\n')}
  @font-face { font-family: 'Visual Mono'; src: url(/visual-fonts/mono-400.woff2) format('woff2'); }
  :root { --mfa-font-family: 'Visual Sans'; --mfa-font-mono: 'Visual Mono'; }
  body { font-family: 'Visual Sans'; }
  * { caret-color: transparent !important; }`;

export interface Look {
  width: number;
  colorScheme: 'light' | 'dark';
}

export interface Preview {
  page: Page;
  /** Shows a story in the one preview page at this look, and waits until its play function finished. */
  show(id: string, look: Look): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves the static Storybook built for this run (shared, never written to) with the fonts beside it,
 * and opens one preview page in Chromium.
 */
export async function openPreview(purpose: string): Promise<Preview> {
  const fontDir = makeTempDir(purpose);
  for (const [name, file] of Object.entries(fonts)) copyFileSync(join(repo, 'node_modules', file), join(fontDir, name));
  const site = await serveStatic(storybookDir(), {}, { '/visual-fonts/': fontDir });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
  } catch (error) {
    await site.close();
    throw error;
  }
  const page = await newPage(browser, { deviceScaleFactor: 1, reducedMotion: 'reduce' });
  let loaded = false;
  return {
    page,
    async show(id, look) {
      await page.setViewportSize({ width: look.width, height: 900 });
      await page.emulateMedia({ colorScheme: look.colorScheme, reducedMotion: 'reduce' });
      if (!loaded) {
        await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story`);
        await page.addStyleTag({ content: fontFaces });
        loaded = true;
      } else {
        await switchStory(page, id, 'story');
      }
      await waitForRender(page, id, ['finished', 'completed']);
      await page.evaluate(() => document.fonts.ready);
    },
    async close() {
      await browser?.close();
      await site.close();
      removeTempDir(fontDir);
    },
  };
}
