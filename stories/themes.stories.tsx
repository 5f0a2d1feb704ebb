import type { ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { de, es, fr, ja } from '../src/i18n/index.js';
import { TotpSetup, type TotpSetupProps } from '../src/index.js';
import { memoryBackend, type Loaded } from './support.js';

type Args = Omit<TotpSetupProps, 'adapter'>;

const meta = {
  title: 'TotpSetup/Themes and languages',
  component: TotpSetup as ComponentType<Args>,
  args: { issuer: 'Acme', accountName: 'ana@example.com' },
  loaders: [memoryBackend({ secretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' })],
  render: (args, { loaded }) => <TotpSetup {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The QR code stays dark on light with strong contrast, and keyboard focus is visibly outlined. */
async function checkQrAndFocus(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const qr = await canvas.findByRole('img', { name: /QR|código|コード/ });
  const [background, modules] = qr.querySelectorAll('path');
  const light = luminance(getComputedStyle(background!).fill);
  const dark = luminance(getComputedStyle(modules!).fill);
  await expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(7);

  await userEvent.tab();
  const focused = canvasElement.ownerDocument.activeElement as HTMLElement;
  await expect(focused.closest('[data-scope="totp-setup"]')).not.toBeNull();
  const style = getComputedStyle(focused);
  await expect(style.outlineStyle).not.toBe('none');
  await expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
}

export const Light: Story = {
  decorators: [(Story) => <div data-mfa-theme="light"><Story /></div>],
  play: async ({ canvasElement }) => checkQrAndFocus(canvasElement),
};

export const Dark: Story = {
  decorators: [(Story) => <div data-mfa-theme="dark" className="story-dark"><Story /></div>],
  play: async ({ canvasElement }) => {
    await checkQrAndFocus(canvasElement);
    const root = canvasElement.querySelector('[data-part="root"]')!;
    await expect(luminance(getComputedStyle(root).backgroundColor)).toBeLessThan(0.05);
  },
};

export const BrandThemeFromDesignSystemVariables: Story = {
  name: 'Brand theme (shadcn/ui-style variables)',
  decorators: [(Story) => <div className="story-brand"><Story /></div>],
  play: async ({ canvasElement }) => {
    await checkQrAndFocus(canvasElement);
    const submit = within(canvasElement).getByRole('button', { name: 'Verify' });
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(109, 40, 217)');
    await expect(getComputedStyle(submit).borderTopLeftRadius).toBe('16px');
  },
};

export const Unstyled: Story = {
  args: { unstyled: true, className: 'app-wizard', classNames: { 'secret-key-spoken': 'app-visually-hidden' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    const root = canvasElement.querySelector<HTMLElement>('[data-part="root"]')!;
    // None of the kit's rules apply: no border, no padding, the browser's own button.
    await expect(getComputedStyle(root).borderTopStyle).toBe('none');
    await expect(getComputedStyle(root).paddingTop).toBe('0px');
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Verify' })).backgroundColor).not.toBe('rgb(29, 78, 216)');
    // The app's own classes land on the parts: here its visually-hidden class on the spelled-out key.
    await expect(canvasElement.querySelector('[data-part="secret-key-spoken"]')).toHaveClass('app-visually-hidden');
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveClass('app-wizard');
  },
};

function languageStory(messages: TotpSetupProps['messages'], locale: string, heading: string, field: string): Story {
  return {
    args: { messages, locale },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('heading', { name: heading })).toBeVisible();
      await canvas.findByRole('img', { name: new RegExp(field === '6 桁のコード' ? 'QR コード' : 'QR') });
      await expect(canvas.getByRole('textbox', { name: field })).toBeVisible();
      await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('lang', locale);
    },
  };
}

export const Spanish = languageStory(es, 'es', 'Configura una aplicación de autenticación', 'Código de 6 dígitos');
export const German = languageStory(de, 'de', 'Authenticator-App einrichten', '6-stelliger Code');
export const French = languageStory(fr, 'fr', 'Configurer une application d’authentification', 'Code à 6 chiffres');
export const Japanese = languageStory(ja, 'ja', '認証アプリを設定', '6 桁のコード');
