import type { ComponentType } from 'react';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TotpSetup, type TotpSetupProps } from '../src/index.js';
import { ar } from '../src/i18n/index.js';
import { failingVerify, fixedSecret, memoryBackend, readSecret, totpNow, type Loaded } from './support.js';

type Args = Omit<TotpSetupProps, 'adapter'>;

const meta = {
  title: 'TotpSetup/Wizard',
  component: TotpSetup as ComponentType<Args>,
  tags: ['autodocs'],
  args: {
    issuer: 'Acme',
    accountName: 'ana@example.com',
    autoSubmit: true,
    headingLevel: 2,
    onVerified: fn(),
    onError: fn(),
  },
  argTypes: {
    headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    messages: { control: 'object' },
  },
  loaders: [memoryBackend()],
  render: (args, { loaded }) => <TotpSetup {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-part="root"]')!;
const adapterOf = (context: StoryContext<Args>) => (context.loaded as Loaded).adapter;

async function whenReady(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole('img', { name: /QR code/ });
  return canvas;
}

export const LoadingTheSecret: Story = {
  loaders: [memoryBackend({ latency: { associateSoftwareToken: Infinity } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Preparing your authenticator key');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'loading');
    await expect(root(canvasElement)).toHaveAttribute('aria-busy', 'true');
  },
};

export const Ready: Story = {
  loaders: [memoryBackend({ secretCode: fixedSecret })],
  play: async ({ canvasElement }) => {
    const canvas = await whenReady(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'ready');
    await expect(canvas.getByRole('textbox', { name: '6-digit code' })).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByRole('button', { name: 'Copy key' })).toBeVisible();
    await expect(readSecret(canvasElement)).toBe(fixedSecret);
  },
};

export const Typing: Story = {
  play: async (context) => {
    const canvas = await whenReady(context.canvasElement);
    const field = canvas.getByRole('textbox', { name: '6-digit code' });
    await userEvent.type(field, '12a 3');
    await expect(field).toHaveValue('123');
    await expect(adapterOf(context).calls.verifySoftwareToken).toBe(0);
  },
};

export const PastingACode: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await whenReady(canvasElement);
    const code = totpNow(readSecret(canvasElement));
    await userEvent.click(canvas.getByRole('textbox', { name: '6-digit code' }));
    await userEvent.paste(`Your code: ${code.slice(0, 3)} ${code.slice(3)}`);
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledOnce());
  },
};

export const Verifying: Story = {
  loaders: [memoryBackend({ latency: { verifySoftwareToken: Infinity } })],
  play: async ({ canvasElement }) => {
    const canvas = await whenReady(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(readSecret(canvasElement)));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'verifying'));
    await expect(canvas.getByRole('button', { name: 'Checking the code…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Verified: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await whenReady(canvasElement);
    const secret = readSecret(canvasElement);
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Device name' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Device name' }), 'Work phone');
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(secret));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'verified'));
    await expect(canvas.getByRole('status')).toHaveTextContent('From now on, sign-in asks for a code from “Work phone”.');
    await expect(args.onVerified).toHaveBeenCalledWith({ friendlyDeviceName: 'Work phone' });
    await expect(canvasElement.innerHTML).not.toContain(secret);
  },
};

export const VerifiedInsideSignIn: Story = {
  name: 'Verified inside sign-in (MFA_SETUP, tokens)',
  loaders: [memoryBackend({ flow: 'mfa-setup' })],
  args: { verifiedContent: <p>You are signed in.</p> },
  play: async ({ canvasElement, args }) => {
    const canvas = await whenReady(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(readSecret(canvasElement)));
    await canvas.findByText('You are signed in.');
    const [details] = (args.onVerified as ReturnType<typeof fn>).mock.calls[0]!;
    await expect(details.authenticationResult.tokenType).toBe('Bearer');
    await expect(details.authenticationResult.accessToken).toMatch(/^memory-access\./);
  },
};

function errorStory(exception: string, kind: string, text: RegExp, button: string | null, message?: string): Story {
  return {
    loaders: [memoryBackend(failingVerify(exception, message))],
    play: async ({ canvasElement, args }) => {
      const canvas = await whenReady(canvasElement);
      await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(readSecret(canvasElement)));
      await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(text));
      await expect(root(canvasElement)).toHaveAttribute('data-state', 'error');
      await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind }));
      // One way on: "Verify" again where the same code or a new one can work, else "Start again" or nothing.
      const offered = ['Try again', 'Start again', 'Verify'].filter((name) => canvas.queryByRole('button', { name }));
      await expect(offered).toEqual(button === null ? [] : [button]);
      if (button === 'Verify') {
        await expect(canvas.getByRole('textbox', { name: '6-digit code' })).toHaveAccessibleDescription(text);
      }
    },
  };
}

export const ErrorWrongCode = errorStory('EnableSoftwareTokenMFAException', 'wrong-code', /didn’t match/, 'Verify');
// A signed-in user's setup that expired: a new key helps. (Cognito's refusal of a sign-in session, NotAuthorizedException, ends in "sign in again" instead: see Sign-in session expired.)
export const ErrorSessionExpired = errorStory('ExpiredCodeException', 'session-expired', /took too long/, 'Start again');
export const ErrorSignedOut = errorStory('NotAuthorizedException', 'signed-out', /signed out/, null, 'Access Token has been revoked');
export const ErrorRateLimited = errorStory('TooManyRequestsException', 'rate-limited', /Too many attempts/, 'Verify');
export const ErrorTotpNotEnabled = errorStory('SoftwareTokenMFANotFoundException', 'totp-not-enabled', /not enabled/, null);
export const ErrorBlocked = errorStory('ForbiddenException', 'blocked', /blocked/, null);
export const ErrorNetwork = errorStory('NetworkError', 'network', /couldn’t reach/, 'Verify');
export const ErrorConfiguration = errorStory('InvalidUserPoolConfigurationException', 'configuration', /not set up correctly/, null);
export const ErrorUnknown = errorStory('SomethingNewException', 'unknown', /Something went wrong/, 'Verify');

export const ErrorWhileLoading: Story = {
  loaders: [memoryBackend({ failures: [{ operation: 'associateSoftwareToken', name: 'NetworkError' }] })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/couldn’t reach the sign-in service/));
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await canvas.findByRole('img', { name: /QR code/ });
  },
};

export const RetryAfterNetworkError: Story = {
  name: 'Retry after a network error (one press of Verify)',
  loaders: [memoryBackend(failingVerify('NetworkError'))],
  play: async ({ canvasElement, args }) => {
    const canvas = await whenReady(canvasElement);
    const field = canvas.getByRole('textbox', { name: '6-digit code' });
    const code = totpNow(readSecret(canvasElement));
    await userEvent.type(field, code);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/couldn’t reach/));
    await expect(field).toHaveValue(code);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledOnce());
  },
};

export const SignInSessionExpired: Story = {
  name: 'Sign-in session expired (sign in again)',
  loaders: [memoryBackend({ flow: 'mfa-setup', sessionValidityMs: 1500 })],
  play: async ({ canvasElement, args }) => {
    const canvas = await whenReady(canvasElement);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/Sign in again/));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }));
    // No button that cannot work: only a new sign-in helps, and the app heard so through onError.
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const RetryAfterWrongCode: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await whenReady(canvasElement);
    const secret = readSecret(canvasElement);
    const field = canvas.getByRole('textbox', { name: '6-digit code' });
    await userEvent.type(field, totpNow(secret, -10 * 60_000));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/didn’t match/));
    await expect(field).toHaveValue('');
    await expect(field).toHaveFocus();
    await userEvent.type(field, totpNow(secret));
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledOnce());
  },
};

export const LongIssuerAndAccount: Story = {
  args: {
    issuer: 'Extraordinarily Long Organisation Name International Holdings & Subsidiaries (Europe, Middle East and Africa)',
    accountName: 'maximiliane.alexandra.konstantinopoulou-vanderbilt+security-notifications@very-long-subdomain.example.co.uk',
  },
  play: async ({ canvasElement }) => {
    await whenReady(canvasElement);
    const box = root(canvasElement);
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
  },
};

export const HostileDeviceName: Story = {
  args: { defaultFriendlyDeviceName: '<img src=x onerror="alert(1)"> \u202Eenohp 📱' },
  play: async ({ canvasElement, args }) => {
    const canvas = await whenReady(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(readSecret(canvasElement)));
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledOnce());
    await expect(canvas.getByRole('status')).toHaveTextContent('<img src=x onerror="alert(1)">');
    await expect(canvasElement.querySelector('img')).toBeNull();
    // The name keeps its own direction and leaves the sentence's alone (checked on screen by test/visual/layout.test.ts).
    await expect(canvasElement.querySelector('bdi')).toHaveTextContent('\u202Eenohp');
  },
};

export const NarrowViewport: Story = {
  name: '320 pixels wide',
  // The frame is the whole page: Storybook's own padding would make the page wider than 320 pixels.
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <div className="story-narrow"><Story /></div>],
  play: async ({ canvasElement }) => {
    await whenReady(canvasElement);
    const frame = canvasElement.querySelector<HTMLElement>('.story-narrow')!;
    await expect(frame.getBoundingClientRect().width).toBe(320);
    for (const element of frame.querySelectorAll<HTMLElement>('[data-part]')) {
      await expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(frame.getBoundingClientRect().right + 0.5);
    }
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  decorators: [(Story) => <div dir="rtl"><Story /></div>],
  args: { messages: ar, locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /^رمز QR يضيف/ });
    await expect(canvas.getByRole('heading', { name: 'إعداد تطبيق المصادقة' })).toBeVisible();
    // Every sentence is Arabic, so punctuation sits where a right-to-left reader expects it.
    await expect(canvas.getByText(/^امسح رمز QR هذا/)).toBeVisible();
    // The default device name comes from the catalogue too.
    await expect(canvas.getByRole('textbox', { name: 'اسم الجهاز' })).toHaveValue('تطبيق المصادقة');
    const field = canvas.getByRole('textbox', { name: 'الرمز المكوّن من 6 أرقام' });
    await expect(getComputedStyle(root(canvasElement)).direction).toBe('rtl');
    // Codes and keys are read left to right in every language.
    await expect(getComputedStyle(field).direction).toBe('ltr');
    await expect(getComputedStyle(canvasElement.querySelector('[data-part="secret-key-value"]')!).direction).toBe('ltr');
  },
};
