import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TotpSetupParts as Totp } from '../src/index.js';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import { memoryBackend, readSecret, totpNow, type Loaded } from './support.js';

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
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    await userEvent.type(canvas.getByRole('textbox', { name: '2. Enter the code it shows' }), totpNow(readSecret(canvasElement)));
    await waitFor(() => expect(args.onVerified).toHaveBeenCalledOnce());
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveClass('story-card');
  },
};
