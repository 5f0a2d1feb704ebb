import type { ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryChallengeAdapter, type MemoryChallengeAdapter, type MemoryChallengeOptions } from '../src/adapters/memory/index.js';
import { ar, de } from '../src/i18n/index.js';
import { TotpChallenge, type TotpChallengeProps } from '../src/index.js';
import { fixedSecret, sentence, totpNow } from './support.js';

type Args = Omit<TotpChallengeProps, 'adapter'>;
type Loaded = { adapter: MemoryChallengeAdapter };

/** A fresh sign-in in memory for each render, checking real codes of the fixed secret. */
const signIn = (options: Partial<MemoryChallengeOptions> = {}) => async () => ({
  adapter: createMemoryChallengeAdapter({ secretCode: fixedSecret, friendlyDeviceName: 'Ana’s Pixel 8', ...options }),
});

const meta = {
  title: 'TotpChallenge/Sign-in code',
  component: TotpChallenge as ComponentType<Args>,
  tags: ['autodocs'],
  args: { onSignedIn: fn(), onError: fn(), autoSubmit: true, headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] } },
  loaders: [signIn()],
  render: (args, { loaded }) => <TotpChallenge {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-part="root"]')!;
const field = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: '6-digit code' });

export const Ready: Story = {
  name: 'Ready, naming the device',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'ready');
    await expect(canvas.getByText(sentence('Enter the code from “Ana’s Pixel 8”.'))).toBeVisible();
    await expect(field(canvasElement)).toHaveAttribute('autocomplete', 'one-time-code');
    // The clock shows once mounted (never in a server render).
    await expect(await canvas.findByRole('timer')).toHaveTextContent(/Time left to finish: [23]:/);
  },
};

export const ReadyWithoutDeviceName: Story = {
  name: 'Ready, no device name from Cognito',
  loaders: [signIn({ friendlyDeviceName: '' })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Enter the code from your authenticator app.')).toBeVisible();
  },
};

export const Verifying: Story = {
  loaders: [signIn({ latency: Infinity })],
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement), totpNow(fixedSecret));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'verifying'));
    await expect(within(canvasElement).getByRole('button', { name: 'Checking the code…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(field(canvasElement)).toHaveAttribute('readonly');
  },
};

export const SignedIn: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), totpNow(fixedSecret));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'verified'));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Code accepted. You are signed in.');
    const [details] = (args.onSignedIn as ReturnType<typeof fn>).mock.calls[0]!;
    await expect(details.authenticationResult.tokenType).toBe('Bearer');
  },
};

export const WrongCode: Story = {
  name: 'Wrong code, then the right one',
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), totpNow(fixedSecret, -10 * 60_000));
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/didn’t match/));
    await expect(field(canvasElement)).toHaveValue('');
    await expect(field(canvasElement)).toHaveFocus();
    await expect(field(canvasElement)).toHaveAccessibleDescription(/didn’t match/);
    await userEvent.type(field(canvasElement), totpNow(fixedSecret));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
  },
};

export const CodeAlreadyUsed: Story = {
  name: 'Code already used',
  loaders: [signIn({ failures: ['ExpiredCodeException'] })],
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), totpNow(fixedSecret));
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('That code was already used or has expired. Enter the next one your app shows.'));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'code-used', action: 'wait' }));
  },
};

export const SessionExpired: Story = {
  name: 'Sign-in session expired',
  loaders: [signIn({ failures: ['NotAuthorizedException'] })],
  play: async ({ canvasElement, args }) => {
    await userEvent.type(field(canvasElement), totpNow(fixedSecret));
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Sign in again to continue.'));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }));
    await expect(within(canvasElement).queryByRole('textbox')).toBeNull();
  },
};

export const RateLimited: Story = {
  loaders: [signIn({ failures: ['TooManyRequestsException'] })],
  play: async ({ canvasElement }) => {
    await userEvent.type(field(canvasElement), totpNow(fixedSecret));
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Too many attempts/));
  },
};

export const NetworkError: Story = {
  name: 'Network error (one press of Verify)',
  loaders: [signIn({ failures: ['NetworkError'] })],
  play: async ({ canvasElement, args }) => {
    const code = totpNow(fixedSecret);
    await userEvent.type(field(canvasElement), code);
    await waitFor(() => expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/couldn’t reach/));
    await expect(field(canvasElement)).toHaveValue(code);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledOnce());
  },
};

export const German: Story = {
  args: { messages: de, locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Bestätigung in zwei Schritten' })).toBeVisible();
    await expect(root(canvasElement)).toHaveAttribute('lang', 'de-DE');
  },
};

export const Arabic: Story = {
  name: 'Right to left (Arabic)',
  decorators: [(Story) => <div dir="rtl"><Story /></div>],
  args: { messages: ar, locale: 'ar' },
  loaders: [signIn({ friendlyDeviceName: 'هاتف أنا' })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'التحقق بخطوتين' })).toBeVisible();
    await expect(within(canvasElement).getByText(sentence('أدخل الرمز من «هاتف أنا».'))).toBeVisible();
    // Codes are read left to right in every language.
    await expect(getComputedStyle(within(canvasElement).getByRole('textbox', { name: 'الرمز المكوّن من 6 أرقام' })).direction).toBe('ltr');
  },
};

export const HostileDeviceName: Story = {
  name: 'A device name that reverses text',
  // U+202E RIGHT-TO-LEFT OVERRIDE, as Cognito would send it back: it must stay inside the name.
  loaders: [signIn({ friendlyDeviceName: 'Ana’s \u202Eenohp' })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(sentence('Enter the code from “Ana’s \u202Eenohp”.'))).toBeVisible();
    await expect(canvasElement.querySelector('bdi')).toHaveTextContent('Ana’s \u202Eenohp');
  },
};
