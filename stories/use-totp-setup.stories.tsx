import { QRCodeSVG } from 'qrcode.react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useTotpSetup } from '../src/index.js';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import { memoryBackend, totpNow, type Loaded } from './support.js';

/**
 * Nothing from the kit but the hook: the app draws every element and wires the hook's state and
 * actions to them.
 */
function HeadlessEnrollment({ adapter }: { adapter: MemoryAdapter }) {
  const setup = useTotpSetup({ adapter, issuer: 'Acme', accountName: 'ana@example.com', autoSubmit: false });
  if (setup.status === 'verified') return <p role="status">Two-step sign-in is on.</p>;
  if (setup.otpauthUri === null) return <p role="status">{setup.status === 'error' ? setup.text.error : 'Loading…'}</p>;
  return (
    <form
      className="story-headless"
      onSubmit={(event) => {
        event.preventDefault();
        setup.submit();
      }}
    >
      <QRCodeSVG value={setup.otpauthUri} role="img" aria-label="Scan me" size={128} marginSize={4} />
      <output data-testid="secret">{setup.secretCode}</output>
      <label htmlFor="headless-code">Code</label>
      <input id="headless-code" value={setup.code} onChange={(event) => setup.setCode(event.currentTarget.value)} inputMode="numeric" />
      {setup.text.error ? <p role="alert">{setup.text.error}</p> : null}
      <button type="submit">Check</button>
      <p>State: {setup.status}</p>
    </form>
  );
}

const meta = {
  title: 'TotpSetup/Headless hook',
  component: HeadlessEnrollment,
  loaders: [memoryBackend()],
  render: (_args, { loaded }) => <HeadlessEnrollment adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<typeof HeadlessEnrollment>;
export default meta;

export const HeadlessHook: StoryObj<typeof meta> = {
  args: { adapter: undefined as unknown as MemoryAdapter },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: 'Scan me' });
    await userEvent.click(canvas.getByRole('button', { name: 'Check' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Enter all 6 digits');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Code' }), totpNow(canvas.getByTestId('secret').textContent!));
    await userEvent.click(canvas.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Two-step sign-in is on.'));
  },
};
