import type { ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import { ar, de } from '../src/i18n/index.js';
import { TotpSettings, type TotpSettingsProps } from '../src/index.js';
import { fixedSecret, sentence, totpNow } from './support.js';

type Args = Omit<TotpSettingsProps, 'adapter'>;
type Loaded = { adapter: MemoryAdapter };

/** A signed-in user in memory for each render; on by default, as most settings pages find it. */
const user = (options: Partial<MemoryAdapterOptions> = { enrolled: { friendlyDeviceName: 'Ana’s Pixel 8' } }) => async () => ({
  adapter: createMemoryAdapter({ secretCode: fixedSecret, ...options }),
});

const meta = {
  title: 'TotpSettings/Settings panel',
  component: TotpSettings as ComponentType<Args>,
  tags: ['autodocs'],
  args: { issuer: 'Acme', accountName: 'ana@example.com', deviceName: 'Ana’s Pixel 8', onChange: fn(), onError: fn(), onVerified: fn(), headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] } },
  loaders: [user()],
  render: (args, { loaded }) => <TotpSettings {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-scope="totp-settings"][data-part="root"]')!;
const state = (canvasElement: HTMLElement, expected: string) => waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', expected));
const button = (canvasElement: HTMLElement, name: string) => within(canvasElement).getByRole('button', { name });

export const Loading: Story = {
  loaders: [user({ latency: Infinity })],
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'loading');
    await expect(within(canvasElement).getByText('Checking your authenticator app…')).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('aria-busy', 'true');
  },
};

export const Off: Story = {
  name: 'Off',
  loaders: [user({})],
  args: { deviceName: undefined },
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'off');
    await expect(within(canvasElement).getByText(/^Off\. Add an authenticator app/)).toBeVisible();
    await expect(button(canvasElement, 'Set up')).toBeVisible();
  },
};

export const On: Story = {
  name: 'On, named',
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await expect(within(canvasElement).getByText(sentence('On: “Ana’s Pixel 8”. You enter a code from it when you sign in.'))).toBeVisible();
    await expect(button(canvasElement, 'Replace')).toBeVisible();
    await expect(button(canvasElement, 'Turn off')).toBeVisible();
  },
};

export const SetUp: Story = {
  name: 'Set up (the wizard in place), then on',
  loaders: [user({})],
  args: { deviceName: undefined },
  play: async ({ canvasElement, args }) => {
    await state(canvasElement, 'off');
    await userEvent.click(button(canvasElement, 'Set up'));
    await state(canvasElement, 'enrolling');
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(fixedSecret));
    await state(canvasElement, 'on');
    await waitFor(() => expect(canvas.getByText('Authenticator app added.')).toBeInTheDocument());
    await expect(args.onChange).toHaveBeenCalledWith({ totpEnabled: true, totpPreferred: true });
  },
};

export const ConfirmReplace: Story = {
  name: 'Replace: the warning first',
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await userEvent.click(button(canvasElement, 'Replace'));
    await state(canvasElement, 'confirm-replace');
    await expect(within(canvasElement).getByText(sentence('“Ana’s Pixel 8” stops working as soon as the new one is verified.'))).toBeVisible();
    await expect(button(canvasElement, 'Replace')).toHaveFocus();
  },
};

export const Replaced: Story = {
  name: 'Replaced',
  play: async ({ canvasElement, args }) => {
    await state(canvasElement, 'on');
    await userEvent.click(button(canvasElement, 'Replace'));
    await userEvent.click(button(canvasElement, 'Replace'));
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(fixedSecret));
    await waitFor(() => expect(canvas.getByText('Authenticator app replaced. The old one no longer works.')).toBeInTheDocument());
    await expect(args.onVerified).toHaveBeenCalledOnce();
  },
};

export const ConfirmTurnOff: Story = {
  name: 'Turn off: asked first',
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await userEvent.click(button(canvasElement, 'Turn off'));
    await state(canvasElement, 'confirm-turn-off');
    await expect(button(canvasElement, 'Turn off')).toHaveAccessibleDescription(/no longer ask for a code from “Ana’s Pixel 8”/);
  },
};

export const TurningOff: Story = {
  name: 'Turning off',
  loaders: [user({ enrolled: { friendlyDeviceName: 'Ana’s Pixel 8' }, latency: { setTotpEnabled: Infinity } })],
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await userEvent.click(button(canvasElement, 'Turn off'));
    await userEvent.click(button(canvasElement, 'Turn off'));
    await state(canvasElement, 'turning-off');
    await expect(button(canvasElement, 'Turning off…')).toHaveAttribute('aria-disabled', 'true');
  },
};

export const TurnedOff: Story = {
  name: 'Turned off',
  play: async ({ canvasElement, args }) => {
    await state(canvasElement, 'on');
    await userEvent.click(button(canvasElement, 'Turn off'));
    await userEvent.click(button(canvasElement, 'Turn off'));
    await state(canvasElement, 'off');
    await expect(within(canvasElement).getByText('Authenticator app turned off.')).toBeInTheDocument();
    await expect(args.onChange).toHaveBeenCalledWith({ totpEnabled: false, totpPreferred: false });
  },
};

export const MfaRequired: Story = {
  name: 'Turn off refused: the pool requires MFA',
  loaders: [user({ enrolled: { friendlyDeviceName: 'Ana’s Pixel 8' }, mfaRequired: true })],
  play: async ({ canvasElement, args }) => {
    await state(canvasElement, 'on');
    await userEvent.click(button(canvasElement, 'Turn off'));
    await userEvent.click(button(canvasElement, 'Turn off'));
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Your account requires an authenticator app, so it can’t be turned off.'));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'mfa-required' }));
  },
};

export const NotPreferred: Story = {
  name: 'On, another method preferred',
  loaders: [async () => ({ adapter: { ...createMemoryAdapter(), getMfaState: async () => ({ totpEnabled: true, totpPreferred: false }) } })],
  args: { deviceName: undefined },
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await expect(within(canvasElement).getByText(/Another method is preferred when you sign in\./)).toBeVisible();
  },
};

export const LoadFailed: Story = {
  name: 'Could not read the state',
  loaders: [user({ enrolled: { friendlyDeviceName: 'Ana’s Pixel 8' }, failures: [{ operation: 'getMfaState', name: 'NetworkError' }] })],
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'error');
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/couldn’t reach the sign-in service/);
    await userEvent.click(button(canvasElement, 'Try again'));
    await state(canvasElement, 'on');
  },
};

export const German: Story = {
  name: 'Deutsch',
  args: { messages: de, locale: 'de', deviceName: 'Anas Pixel 8' },
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await expect(within(canvasElement).getByRole('heading', { name: 'Authenticator-App' })).toBeVisible();
    await expect(button(canvasElement, 'Ersetzen')).toBeVisible();
  },
};

export const Arabic: Story = {
  name: 'Right to left (Arabic)',
  decorators: [(Story) => <div dir="rtl"><Story /></div>],
  args: { messages: ar, locale: 'ar', deviceName: 'هاتف أنا' },
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await expect(within(canvasElement).getByRole('heading', { name: 'تطبيق المصادقة' })).toBeVisible();
    await expect(button(canvasElement, 'استبدال')).toBeVisible();
  },
};

export const HostileDeviceName: Story = {
  name: 'A device name that reverses text',
  // U+202E RIGHT-TO-LEFT OVERRIDE in the name the app kept: it must stay inside the name, in the
  // status and in the question before replacing.
  args: { deviceName: 'Ana’s \u202Eenohp' },
  play: async ({ canvasElement }) => {
    await state(canvasElement, 'on');
    await userEvent.click(button(canvasElement, 'Replace'));
    await state(canvasElement, 'confirm-replace');
    const canvas = within(canvasElement);
    await expect(canvas.getByText(sentence('On: “Ana’s \u202Eenohp”. You enter a code from it when you sign in.'))).toBeVisible();
    await expect(canvas.getByText(sentence('“Ana’s \u202Eenohp” stops working as soon as the new one is verified.'))).toBeVisible();
  },
};
