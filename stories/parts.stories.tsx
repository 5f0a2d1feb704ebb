import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TotpSetupParts as Totp, useTotpSetup } from '../src/index.js';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import { fixedSecret, memoryBackend, readSecret, totpNow, type Loaded } from './support.js';

interface Args {
  onVerified: () => void;
}

/** The unstyled parts composed into the app's own layout: a two-column card with its own headings. */
function CustomLayout({ adapter, onVerified }: Args & { adapter: MemoryAdapter }) {
  return (
    <Totp.Root adapter={adapter} issuer="Acme" accountName="ana@example.com" onVerified={onVerified} className="story-card">
      <h2>Protect your account</h2>
      <Totp.QrCode size={144} />
      <div className="story-steps">
        <Totp.Instructions>1. Scan the code with your authenticator app.</Totp.Instructions>
        <Totp.SecretKey />
        <Totp.CopySecret>Copy the key instead</Totp.CopySecret>
        <Totp.CopyStatus />
        <Totp.Form>
          <Totp.CodeLabel>2. Enter the code it shows</Totp.CodeLabel>
          <Totp.CodeInput placeholder="123456" />
          <Totp.CodeHint />
          <Totp.ErrorMessage />
          <Totp.Submit>Turn on two-step sign-in</Totp.Submit>
          <Totp.Retry />
        </Totp.Form>
        <Totp.StatusMessage />
      </div>
    </Totp.Root>
  );
}

const meta = {
  title: 'TotpSetup/Parts',
  component: CustomLayout as (props: Args) => ReturnType<typeof CustomLayout>,
  args: { onVerified: fn() },
  loaders: [memoryBackend()],
  render: (args, { loaded }) => <CustomLayout {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<Args>;
export default meta;

export const CustomLayoutFromParts: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    await expect(canvas.getByRole('textbox', { name: '2. Enter the code it shows' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveClass('story-card');
  },
};

export const CustomLayoutVerified: StoryObj<typeof meta> = {
  name: 'Custom layout from parts, verified',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    await userEvent.type(canvas.getByRole('textbox', { name: '2. Enter the code it shows' }), totpNow(readSecret(canvasElement)));
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledOnce());
  },
};

/**
 * The README's "Your own layout" recipe, as it is written there, on the kit's default stylesheet: one
 * column, the steps in the drop-in's order, numbered where the recipe numbers them
 * (test/visual/layout.test.ts compares its boxes with the drop-in's).
 */
function ReadmeRecipe({ adapter, onVerified }: Args & { adapter: MemoryAdapter }) {
  const setup = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana@example.com', onVerified });
  return (
    <Totp.Root setup={setup} className="card">
      <Totp.Title level={3} />
      <Totp.Instructions data-step="1" />
      <Totp.QrCode size={160} />
      <Totp.SecretKey />
      <Totp.CopySecret />
      <Totp.CopyStatus />
      <Totp.Form>
        <Totp.DeviceNameLabel data-step="2" />
        <Totp.DeviceNameHint />
        <Totp.DeviceNameInput />
        <Totp.CodeLabel data-step="3" />
        <Totp.CodeHint />
        <Totp.CodeInput className="input" />
        <Totp.ErrorMessage />
        <Totp.Submit className="button primary" />
      </Totp.Form>
      <Totp.Retry />
      <Totp.StatusMessage />
      {setup.verified ? <p>Welcome, <bdi>{setup.verified.friendlyDeviceName}</bdi>.</p> : null}
    </Totp.Root>
  );
}

export const YourOwnLayout: StoryObj<typeof meta> = {
  name: 'Your own layout (the README recipe)',
  loaders: [memoryBackend({ secretCode: fixedSecret })],
  render: (args, { loaded }) => <ReadmeRecipe {...args} adapter={(loaded as Loaded).adapter} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    await expect(canvas.getByRole('textbox', { name: 'Device name' })).toBeVisible();
  },
};
