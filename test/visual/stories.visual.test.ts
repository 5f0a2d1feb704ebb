// Visual regression: the key stories of each component, light and dark, wide and 320 px, in headless
// Chromium, against committed baselines. `npm run test:visual:update` rewrites the baselines (and the
// README screenshot, which is the overview story's baseline) after an intended change of look.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage } from '../support/chromium.js';
import { storybookDir } from '../support/static-storybook-ready.js';
import { serveStatic } from '../support/static-server.js';
import { makeTempDir } from '../../scripts/temp-dir.mjs';
import { switchStory, waitForRender } from '../support/storybook.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const baselines = join(repo, 'test/visual/baselines');
const update = process.env.UPDATE_VISUAL === '1';
// The share of a story's pixels that may differ: another machine's anti-aliasing touches a few; a change
// of look (a 4-pixel shift of one gap makes over 4 % differ) moves far more.
const tolerance = 0.005;

// Fonts shipped with the test, so a machine's own fonts cannot move a pixel.
const fonts = {
  'inter-400.woff2': '@fontsource/inter/files/inter-latin-400-normal.woff2',
  'inter-600.woff2': '@fontsource/inter/files/inter-latin-600-normal.woff2',
  'inter-700.woff2': '@fontsource/inter/files/inter-latin-700-normal.woff2',
  'mono-400.woff2': '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff2',
};
const fontFaces = `
  ${[400, 600, 700].map((weight) => `@font-face { font-family: 'Visual Sans'; font-weight: ${weight}; src: url(/visual-fonts/inter-${weight}.woff2) format('woff2'); }`).join('\n')}
  @font-face { font-family: 'Visual Mono'; src: url(/visual-fonts/mono-400.woff2) format('woff2'); }
  :root { --mfa-font-family: 'Visual Sans'; --mfa-font-mono: 'Visual Mono'; }
  body { font-family: 'Visual Sans'; }
  * { caret-color: transparent !important; }`;

/** The stories, by id: every state of each component that the look has to get right. */
const stories = [
  'totpsetup-wizard--loading-the-secret',
  'totpsetup-wizard--ready',
  'totpsetup-wizard--verifying',
  'totpsetup-wizard--verified',
  'totpsetup-wizard--error-wrong-code',
  'totpsetup-wizard--error-while-loading',
  'totpsetup-wizard--sign-in-session-expired',
  'totpchallenge-sign-in-code--ready',
  'totpchallenge-sign-in-code--verifying',
  'totpchallenge-sign-in-code--signed-in',
  'totpchallenge-sign-in-code--wrong-code',
  'totpsettings-settings-panel--off',
  'totpsettings-settings-panel--on',
  'totpsettings-settings-panel--confirm-replace',
  'totpsettings-settings-panel--turning-off',
  'totpsettings-settings-panel--mfa-required',
];
const looks = [
  { name: 'wide-light', width: 1000, colorScheme: 'light' },
  { name: 'wide-dark', width: 1000, colorScheme: 'dark' },
  { name: 'narrow-light', width: 320, colorScheme: 'light' },
  { name: 'narrow-dark', width: 320, colorScheme: 'dark' },
] as const;

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The static Storybook is shared with the other test (test/support/static-storybook.ts): the fonts
  // are served beside it, not written into it.
  const fontDir = makeTempDir('visual-fonts');
  for (const [name, file] of Object.entries(fonts)) copyFileSync(join(repo, 'node_modules', file), join(fontDir, name));
  site = await serveStatic(storybookDir(), {}, { '/visual-fonts/': fontDir });
  browser = await launchChromium();
  page = await newPage(browser, { deviceScaleFactor: 1, reducedMotion: 'reduce' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

let previewLoaded = false;

/** Shows a story in the one preview page, lets its play function finish, and photographs what it rendered. */
async function shoot(id: string, look: { width: number; colorScheme: 'light' | 'dark' }, selector = '#storybook-root'): Promise<Buffer> {
  await page.setViewportSize({ width: look.width, height: 900 });
  await page.emulateMedia({ colorScheme: look.colorScheme, reducedMotion: 'reduce' });
  if (!previewLoaded) {
    await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story`);
    await page.addStyleTag({ content: fontFaces });
    previewLoaded = true;
  } else {
    await switchStory(page, id, 'story');
  }
  await waitForRender(page, id, ['finished', 'completed']);
  await page.evaluate(() => document.fonts.ready);
  return page.locator(selector).screenshot({
    animations: 'disabled',
    // Random secrets, a ticking clock and codes of the moment: their boxes are compared, not their pixels.
    mask: ['[data-part="qr-code"]', '[data-part="secret-key-value"]', '[data-part="countdown"]', '[data-part="code-input"][data-complete]'].map((selector) =>
      page.locator(selector),
    ),
    maskColor: '#808080',
  });
}

/** Pixels that differ (anti-aliasing tolerated), or -1 pixels when the sizes differ. */
function difference(actual: Buffer, expected: Buffer): { pixels: number; share: number } {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  if (a.width !== b.width || a.height !== b.height) return { pixels: -1, share: 1 };
  const pixels = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
  return { pixels, share: pixels / (a.width * a.height) };
}

function compare(name: string, actual: Buffer, baseline = join(baselines, `${name}.png`)) {
  const exists = existsSync(baseline);
  const { pixels, share } = exists ? difference(actual, readFileSync(baseline)) : { pixels: -1, share: 1 };
  if (update) {
    // Only what really changed is rewritten: a rerun's sub-threshold noise leaves the files alone.
    if (pixels === -1 || share > tolerance) {
      mkdirSync(join(baseline, '..'), { recursive: true });
      writeFileSync(baseline, actual);
    }
    return;
  }
  if (!exists) throw new Error(`No baseline ${baseline}: run npm run test:visual:update and review the images`);
  if (pixels === -1 || share > tolerance) writeFileSync(join(tmpdir(), `visual-actual-${name}.png`), actual);
  expect(pixels, `${name}: the size changed; the actual image is in ${tmpdir()}`).not.toBe(-1);
  expect(share, `${name}: ${pixels} pixels differ; the actual image is in ${tmpdir()}`).toBeLessThanOrEqual(tolerance);
}

describe('the look of every component state, against the baselines', () => {
  for (const look of looks) {
    it(`${look.name}`, async () => {
      for (const id of stories) compare(`${id}--${look.name}`, await shoot(id, look));
    });
  }

  it('the README screenshot is the overview story as it renders now', async () => {
    const overview = await shoot('overview-the-three-components--overview', { width: 1280, colorScheme: 'light' }, '.overview');
    compare('readme', overview, join(repo, 'public/readme-screenshot.png'));
  });
});
