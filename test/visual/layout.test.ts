// Layout, measured in headless Chromium over the static Storybook with the kit's default stylesheet:
// what must hold still while a code is checked, keep its size while the key loads, keep a name from
// reordering the kit's sentences, and keep a layout of parts in the drop-in's order.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../support/totp.js';
import { openPreview, type Look, type Preview } from './preview.js';

const fixedSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const wide: Look = { width: 1000, colorScheme: 'light' };
const narrow: Look = { width: 320, colorScheme: 'light' };

let preview: Preview;

beforeAll(async () => {
  preview = await openPreview('layout-fonts');
}, 180_000);

afterAll(async () => {
  await preview?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox({ timeout: 10_000 });
  if (box === null) throw new Error(`${locator} is not on screen`);
  return box;
}

const codeField = () => preview.page.getByRole('textbox', { name: '6-digit code' });

describe('the code field holds still while its code is checked, and when it is refused', () => {
  for (const look of [wide, narrow]) {
    it(`in the wizard, ${look.width} px wide`, async () => {
      await preview.show('totpsetup-wizard--ready', look);
      const ready = await boxOf(codeField());
      await preview.show('totpsetup-wizard--verifying', look);
      expect(await boxOf(codeField())).toEqual(ready);
      await preview.show('totpsetup-wizard--error-wrong-code', look);
      expect(await boxOf(codeField())).toEqual(ready);
    }, 60_000);

    it(`on the sign-in code screen, ${look.width} px wide`, async () => {
      await preview.show('totpchallenge-sign-in-code--ready', look);
      const ready = await boxOf(codeField());
      await preview.show('totpchallenge-sign-in-code--verifying', look);
      expect(await boxOf(codeField())).toEqual(ready);
    }, 60_000);
  }
});

describe('the wizard keeps its size while the key loads', () => {
  const card = () => preview.page.getByRole('heading', { name: 'Set up an authenticator app' }).locator('xpath=..');
  for (const look of [wide, narrow]) {
    it(`${look.width} px wide: the loading card is within 10 % of the ready card's height`, async () => {
      await preview.show('totpsetup-wizard--loading-the-secret', look);
      const loading = await boxOf(card());
      await preview.show('totpsetup-wizard--ready', look);
      const ready = await boxOf(card());
      expect(loading.width).toBe(ready.width);
      expect(Math.abs(loading.height - ready.height) / ready.height).toBeLessThanOrEqual(0.1);
    }, 60_000);
  }
});

interface Glyph {
  x: number;
  top: number;
}

/**
 * Where each character of `sentence`'s text is drawn, split into the name and the kit's own words
 * before and after it. Whitespace has no glyph to place and is left out.
 */
async function glyphsAround(sentence: Locator, name: string): Promise<{ before: Glyph[]; name: Glyph[]; after: Glyph[] }> {
  return sentence.evaluate((element, name) => {
    const text = element.textContent ?? '';
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`"${name}" is not in "${text}"`);
    const glyphs: Array<Glyph & { index: number }> = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i += 1) {
        const char = node.data[i]!;
        // Whitespace and invisible controls (the override itself) have no place of their own.
        if (/\s|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(char)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        glyphs.push({ index: offset + i, x: rect.left + rect.width / 2, top: Math.round(rect.top) });
      }
      offset += node.data.length;
    }
    const end = start + name.length;
    const strip = ({ x, top }: Glyph) => ({ x, top });
    return {
      before: glyphs.filter(({ index }) => index < start).map(strip),
      name: glyphs.filter(({ index }) => index >= start && index < end).map(strip),
      after: glyphs.filter(({ index }) => index >= end).map(strip),
    };
  }, name);
}

/** Read left to right, line by line: each glyph is right of the one before it, or on a later line. */
function inReadingOrder(glyphs: Glyph[]): boolean {
  return glyphs.every((glyph, i) => i === 0 || glyph.top > glyphs[i - 1]!.top + 1 || (glyph.top === glyphs[i - 1]!.top && glyph.x > glyphs[i - 1]!.x));
}

async function expectSentenceInOrder(sentence: Locator, name: string) {
  const { before, name: named, after } = await glyphsAround(sentence, name);
  expect(after.length, 'the sentence goes on after the name').toBeGreaterThan(0);
  expect(inReadingOrder(before), 'the words before the name').toBe(true);
  expect(inReadingOrder(after), 'the words after the name').toBe(true);
  // The whole name sits between the kit's words before it and after it (where they share its line).
  const first = after[0]!;
  const last = before.at(-1);
  for (const glyph of named) {
    if (glyph.top === first.top) expect(glyph.x, 'the name ends before the sentence goes on').toBeLessThan(first.x);
    if (last && glyph.top === last.top) expect(glyph.x, 'the name starts after the words before it').toBeGreaterThan(last.x);
  }
}

describe('a device name with a right-to-left override (U+202E) leaves the kit’s sentences in order', () => {
  const reversing = 'Ana’s \u202Eenohp';

  it('in the wizard’s success message', async () => {
    await preview.show('totpsetup-wizard--hostile-device-name', wide);
    await expectSentenceInOrder(preview.page.getByRole('status'), '\u202Eenohp 📱');
  }, 60_000);

  it('on the sign-in code screen', async () => {
    await preview.show('totpchallenge-sign-in-code--hostile-device-name', wide);
    await expectSentenceInOrder(preview.page.getByText(/code from/).first(), reversing);
  }, 60_000);

  it('on the settings panel: its status and the question before replacing', async () => {
    await preview.show('totpsettings-settings-panel--hostile-device-name', wide);
    await expectSentenceInOrder(preview.page.getByText(/^On: /).first(), reversing);
    await expectSentenceInOrder(preview.page.getByText(/stops working/).first(), reversing);
  }, 60_000);

  it('in <TotpSignIn>, on the code screen it shows', async () => {
    await preview.show('totpsignin-sign-in--hostile-device-name', wide);
    await expectSentenceInOrder(preview.page.getByText(/code from/).first(), reversing);
  }, 60_000);
});

describe('a layout of parts (the README recipe) on the default stylesheet', () => {
  const steps = () => [
    preview.page.getByRole('img', { name: /QR code/ }),
    preview.page.getByRole('textbox', { name: 'Device name' }),
    codeField(),
    preview.page.getByRole('button', { name: 'Verify' }),
  ];

  /**
   * How each step sits after the one before: `below` it in the same column (the same start edge), or
   * `beside` it in a column of its own. Anything else (below it but elsewhere, with empty space where a
   * column would be) is `astray`.
   */
  async function placement(): Promise<string[]> {
    const boxes = await Promise.all(steps().map(boxOf));
    return boxes.slice(1).map((box, i) => {
      const previous = boxes[i]!;
      if (box.x >= previous.x + previous.width - 1 && box.y < previous.y + previous.height) return 'beside';
      if (box.y >= previous.y + previous.height - 1 && Math.abs(box.x - previous.x) <= 1) return 'below';
      return 'astray';
    });
  }

  for (const look of [wide, narrow]) {
    it(`${look.width} px wide: the drop-in's steps, in its order, one column, with nothing astray`, async () => {
      await preview.show('totpsetup-parts--your-own-layout', look);
      const recipe = await placement();
      await preview.show('totpsetup-wizard--ready', look);
      const dropIn = await placement();
      expect({ recipe, dropIn: dropIn.includes('astray') ? dropIn : 'in order' }).toEqual({ recipe: ['below', 'below', 'below'], dropIn: 'in order' });
    }, 60_000);
  }

  it('numbers only the steps the layout numbers', async () => {
    await preview.show('totpsetup-parts--custom-layout-from-parts', wide);
    // The custom layout numbers its labels in their text, not with `data-step`: no badge of the kit's.
    const label = preview.page.getByText('2. Enter the code it shows');
    expect(await label.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('none');
    await preview.show('totpsetup-parts--your-own-layout', wide);
    const badges = await Promise.all(
      [preview.page.getByText('Scan this QR code with your authenticator app'), preview.page.getByText('Device name', { exact: true }), preview.page.getByText('6-digit code', { exact: true })].map(
        (element) => element.evaluate((node) => getComputedStyle(node, '::before').content),
      ),
    );
    expect(badges).toEqual(['"1" / ""', '"2" / ""', '"3" / ""']);
  }, 60_000);

  it('leaves nothing of the form once verified', async () => {
    await preview.show('totpsetup-parts--your-own-layout', wide);
    const { page } = preview;
    await page.getByRole('textbox', { name: 'Device name' }).fill('Work phone');
    await codeField().fill(totpCode(fixedSecret));
    await page.getByText('Welcome, Work phone.').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Work phone' }).isVisible()).toBe(true);
  }, 60_000);
});

describe('the stories fit their pages', () => {
  it('the "320 pixels wide" story is no wider than 320 pixels', async () => {
    await preview.show('totpsetup-wizard--narrow-viewport', narrow);
    expect(await preview.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }, 60_000);
});
