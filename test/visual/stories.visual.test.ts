// Visual regression: the key stories of each component, light and dark, wide and 320 px, in headless
// Chromium, against committed baselines. `npm run test:visual:update` rewrites the baselines (and the
// README screenshot, which is the overview story's baseline) after an intended change of look.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPreview, type Look, type Preview } from './preview.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const baselines = join(repo, 'test/visual/baselines');
const update = process.env.UPDATE_VISUAL === '1';
// The share of a story's pixels that may differ: another machine's anti-aliasing touches a few; a change
// of look (a 4-pixel shift of one gap makes over 4 % differ) moves far more.
const tolerance = 0.005;

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
  'totpsignin-sign-in--choosing',
  // Right to left: each component in Arabic.
  'totpsetup-wizard--right-to-left',
  'totpchallenge-sign-in-code--arabic',
  'totpsettings-settings-panel--arabic',
];
const looks = [
  { name: 'wide-light', width: 1000, colorScheme: 'light' },
  { name: 'wide-dark', width: 1000, colorScheme: 'dark' },
  { name: 'narrow-light', width: 320, colorScheme: 'light' },
  { name: 'narrow-dark', width: 320, colorScheme: 'dark' },
] as const;

let preview: Preview;

beforeAll(async () => {
  preview = await openPreview('visual-fonts');
}, 180_000);

afterAll(async () => {
  await preview?.close();
});

/** Shows a story, lets its play function finish, and photographs what it rendered. */
async function shoot(id: string, look: Look, selector = '#storybook-root'): Promise<Buffer> {
  await preview.show(id, look);
  const { page } = preview;
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
