import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TotpSetup } from '../src/index.js';
import { fixedSecret, memoryBackend, type Loaded } from './support.js';

/*
 * Global CSS that real host pages load after the kit, with element selectors as theirs are, written here
 * to do what each does to elements it knows nothing about: a starter template that centres the app and restyles buttons and
 * code, a "reboot" that sets heading weights and margins, and a utility framework's "preflight" that
 * strips every margin, border and heading size. The kit's rules must hold against all of them, while an
 * app's own class on a part (loaded after the kit) still wins.
 */
const hosts = {
  starter: `
    .host { text-align: center; }
    h2 { font-size: 3.2em; line-height: 1.1; font-weight: 400; }
    button { border-radius: 8px; border: 1px solid transparent; padding: 0.6em 1.2em; background-color: #1a1a1a; color: #fff; }
    code { background-color: #333; color: #eee; padding: 0.2em 0.6em; border-radius: 999px; }
    label { display: block; text-align: center; }`,
  reboot: `
    *, *::before, *::after { box-sizing: border-box; }
    h2 { margin-top: 0; margin-bottom: 0.5rem; font-weight: 500; line-height: 1.2; font-size: 2rem; }
    p { margin-top: 0; margin-bottom: 1rem; }
    label { display: inline-block; }
    button { border-radius: 0; text-transform: none; }
    code { font-size: 0.875em; color: #d63384; }`,
  preflight: `
    *, ::before, ::after { margin: 0; padding: 0; border: 0 solid #e5e7eb; }
    h2 { font-size: inherit; font-weight: inherit; }
    button, input { font: inherit; color: inherit; background-color: transparent; }
    svg { display: block; vertical-align: middle; }`,
};
// The app's own classes, loaded after the kit: these must win without !important.
const appClasses = '.app-submit { background-color: rgb(10, 120, 60); border-color: rgb(10, 120, 60); }';

type HostArgs = { host: keyof typeof hosts };

const meta = {
  title: 'TotpSetup/Hostile host pages',
  args: { host: 'starter' },
  argTypes: { host: { control: { type: 'select' }, options: Object.keys(hosts) } },
  loaders: [memoryBackend({ secretCode: fixedSecret })],
  render: ({ host }, { loaded }) => (
    <div className="host">
      <style>{hosts[host] + appClasses}</style>
      <TotpSetup adapter={(loaded as Loaded).adapter} issuer="Acme" accountName="ana@example.com" classNames={{ submit: 'app-submit' }} />
    </div>
  ),
} satisfies Meta<HostArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

async function expectKitLook(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole('img', { name: /QR code/ });
  const style = (element: Element) => getComputedStyle(element);
  const root = canvasElement.querySelector('[data-part="root"]')!;
  await expect(style(root).textAlign).toBe('start');
  await expect(style(canvas.getByText('6-digit code')).textAlign).toBe('start');
  const title = canvas.getByRole('heading', { name: 'Set up an authenticator app' });
  await expect(style(title).fontWeight).toBe('700');
  await expect(parseFloat(style(title).fontSize)).toBeLessThan(30);
  const key = canvasElement.querySelector('[data-part="secret-key-value"]')!;
  await expect(style(key).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  await expect(style(key).borderTopLeftRadius).toBe('0px');
  // The eight groups of the key sit in two rows of four.
  const lineHeight = key.getBoundingClientRect().height / 2;
  await expect(key.getClientRects().length).toBe(1);
  await expect(key.getBoundingClientRect().height).toBeGreaterThan(lineHeight * 1.5);
  // The code field keeps its border and the kit's spacing.
  await expect(style(canvas.getByRole('textbox', { name: '6-digit code' })).borderTopStyle).toBe('solid');
  // An app's class on a part wins over the kit's rule, with no !important.
  await expect(style(canvas.getByRole('button', { name: 'Verify' })).backgroundColor).toBe('rgb(10, 120, 60)');
}

export const ViteStarter: Story = {
  name: 'Vite starter’s global CSS',
  args: { host: 'starter' },
  play: async ({ canvasElement }) => expectKitLook(canvasElement),
};

export const Reboot: Story = {
  name: 'Bootstrap-style reboot',
  args: { host: 'reboot' },
  play: async ({ canvasElement }) => expectKitLook(canvasElement),
};

export const Preflight: Story = {
  name: 'Tailwind-style preflight',
  args: { host: 'preflight' },
  play: async ({ canvasElement }) => expectKitLook(canvasElement),
};
