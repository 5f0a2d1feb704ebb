import type { ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createMemoryAdapter, createMemoryBackend, type MemoryBackendOptions } from '../src/adapters/memory/index.js';
import type { TotpSignInStep, TotpSignInSteps } from '../src/core/index.js';
import { TotpSignIn, type TotpSignInProps } from '../src/index.js';
import { fixedSecret, sentence, totpNow } from './support.js';

type Args = Omit<TotpSignInProps, 'steps'>;
type Loaded = { steps: TotpSignInSteps };

const accountName = 'ana@example.com';

/** Ana's sign-in on a memory user pool, from its first answer, as an app's password step would start it. */
const signInOn = (options: MemoryBackendOptions) => async (): Promise<Loaded> => {
  const backend = createMemoryBackend(options);
  return { steps: backend.signInSteps(await backend.signIn(accountName)) };
};
/** Ana has the authenticator app already, under this name: Cognito asks for its code. */
const enrolledAs = (friendlyDeviceName: string) => signInOn({ users: [{ username: accountName, enrolled: { secretCode: fixedSecret, friendlyDeviceName } }] });

/** A sign-in that starts at `first` (steps the memory pool does not take); whatever a screen answers signs the user in. */
const signInAt = (first: () => TotpSignInStep) => async (): Promise<Loaded> => ({
  steps: { start: async () => first(), next: (result) => ({ type: 'signed-in', result }) },
});

const meta = {
  title: 'TotpSignIn/Sign-in',
  component: TotpSignIn as ComponentType<Args>,
  args: { issuer: 'Acme', accountName, onSignedIn: fn(), onEnrolled: fn(), onStep: fn(), onError: fn(), headingLevel: 2 },
  loaders: [enrolledAs('Ana’s Pixel 8')],
  render: (args, { loaded }) => <TotpSignIn {...args} steps={(loaded as Loaded).steps} />,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Code: Story = {
  name: 'The code, naming the device',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(sentence('Enter the code from “Ana’s Pixel 8”.'))).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(fixedSecret));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith(expect.anything(), { friendlyDeviceName: 'Ana’s Pixel 8' }));
  },
};

export const NewUser: Story = {
  name: 'A new user: the authenticator set up inside sign-in (MFA_SETUP)',
  loaders: [signInOn({ mfaRequired: true, secretCode: fixedSecret, users: [accountName] })],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    const deviceName = canvas.getByRole('textbox', { name: 'Device name' });
    await userEvent.clear(deviceName);
    await userEvent.type(deviceName, 'Work phone');
    await userEvent.type(canvas.getByRole('textbox', { name: '6-digit code' }), totpNow(fixedSecret));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith(expect.anything(), { friendlyDeviceName: 'Work phone' }));
    await expect(args.onEnrolled).toHaveBeenCalledWith(expect.objectContaining({ friendlyDeviceName: 'Work phone' }));
  },
};

export const Choosing: Story = {
  name: 'Choosing a second step (MFA_SETUP offers email too)',
  args: { mfaSetupChoice: 'user' },
  loaders: [signInAt(() => ({ type: 'setup', adapter: createMemoryAdapter({ flow: 'mfa-setup', secretCode: fixedSecret }), alternatives: ['EMAIL_OTP'], handover: null }))],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const choices = await canvas.findByRole('group', { name: 'Set up two-step verification' });
    await expect(choices).toHaveAccessibleDescription('Choose where your sign-in codes come from.');
    await expect(within(choices).getAllByRole('button').map((choice) => choice.textContent)).toEqual(['Authenticator app', 'Email']);
  },
};

export const ChoosingTheAuthenticator: Story = {
  name: 'Choosing the authenticator app, then setting it up',
  args: Choosing.args,
  loaders: Choosing.loaders,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Authenticator app' }));
    await canvas.findByRole('img', { name: /QR code/ });
  },
};

export const HostileDeviceName: Story = {
  name: 'A device name that reverses text',
  // U+202E RIGHT-TO-LEFT OVERRIDE in FRIENDLY_DEVICE_NAME: it must stay inside the name.
  loaders: [enrolledAs('Ana’s \u202Eenohp')],
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(sentence('Enter the code from “Ana’s \u202Eenohp”.'))).toBeVisible();
  },
};
