import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { createMemoryAdapter, createMemoryChallengeAdapter } from '../src/adapters/memory/index.js';
import { TotpChallenge, TotpSettings, TotpSetup } from '../src/index.js';
import { fixedSecret, sentence } from './support.js';

/** The three components side by side: the README's screenshot is this story's visual baseline. */
const meta = {
  title: 'Overview/The three components',
  parameters: { layout: 'fullscreen' },
  loaders: [
    async () => ({
      settings: createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Ana’s Pixel 8' } }),
      setup: createMemoryAdapter({ secretCode: fixedSecret }),
      challenge: createMemoryChallengeAdapter({ secretCode: fixedSecret, friendlyDeviceName: 'Ana’s Pixel 8' }),
    }),
  ],
  render: (_args, { loaded }) => {
    const { settings, setup, challenge } = loaded as {
      settings: ReturnType<typeof createMemoryAdapter>;
      setup: ReturnType<typeof createMemoryAdapter>;
      challenge: ReturnType<typeof createMemoryChallengeAdapter>;
    };
    return (
      <div className="overview">
        <TotpSettings adapter={settings} issuer="Acme" accountName="ana@example.com" deviceName="Ana’s Pixel 8" headingLevel={2} />
        <TotpSetup adapter={setup} issuer="Acme" accountName="ana@example.com" headingLevel={2} />
        <TotpChallenge adapter={challenge} headingLevel={2} autoSubmit />
      </div>
    );
  },
} satisfies Meta;
export default meta;

export const Overview: StoryObj<typeof meta> = {
  name: 'Settings, setup and sign-in',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: /QR code/ });
    await canvas.findByText(sentence('On: “Ana’s Pixel 8”. You enter a code from it when you sign in.'));
    await expect(canvas.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
  },
};
