// The demo `npm run dev` opens: the whole journey on the memory backend, as a visitor walks it.
import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryDemo } from '../../demo/memory-demo.js';
import { expectNoAxeViolations, readSecretFromScreen, sentence, totpCode } from './helpers.js';

/** A clock the test moves, so the second sign-in's code is a new one (a code is good once). */
function movableClock() {
  let now = Date.now();
  return { now: () => now, pass: (ms: number) => (now += ms) };
}

/** Sets up the authenticator on the settings page, named `deviceName`; returns the secret it shows. */
async function setUpInSettings(user: UserEvent, deviceName: string, at: number): Promise<string> {
  await user.click(await screen.findByRole('button', { name: 'Set up' }));
  await screen.findByRole('img', { name: /QR code/ });
  const secret = readSecretFromScreen();
  const field = screen.getByRole('textbox', { name: 'Device name' });
  await user.clear(field);
  await user.type(field, deviceName);
  await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(secret, at));
  return secret;
}

describe('the in-memory demo', () => {
  it('signs in, sets up the authenticator, asks for its code at the next sign-in naming it, and turns it off', async () => {
    const clock = movableClock();
    const user = userEvent.setup();
    const { container } = render(<MemoryDemo latency={0} clock={clock.now} />);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Signed in as demo@example.com' });
    const secret = await setUpInSettings(user, 'Work phone', clock.now());
    expect(await screen.findByText('Authenticator app added.')).toBeInTheDocument();
    expect(screen.getByText(sentence('On: “Work phone”. You enter a code from it when you sign in.'))).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(sentence('Enter the code from “Work phone”.'))).toBeInTheDocument();
    await expectNoAxeViolations(container);
    clock.pass(30_000);
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(secret, clock.now()));

    await screen.findByRole('heading', { name: 'Signed in as demo@example.com' });
    expect(await screen.findByText(sentence('On: “Work phone”. You enter a code from it when you sign in.'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(await screen.findByText('Authenticator app turned off.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('button', { name: 'Set up' })).toBeInTheDocument();
  });

  it('sends the visitor back to sign in when the simulator signs them out during set-up', async () => {
    const clock = movableClock();
    const user = userEvent.setup();
    render(<MemoryDemo latency={0} clock={clock.now} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Make the next verify fail with' }), 'NotAuthorizedException');
    await setUpInSettings(user, 'Work phone', clock.now());

    expect(await screen.findByRole('alert')).toHaveTextContent('The sign-in expired. Sign in again.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('takes a chosen failure back when the simulator is set to nothing before the verify', async () => {
    const clock = movableClock();
    const user = userEvent.setup();
    render(<MemoryDemo latency={0} clock={clock.now} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const simulator = await screen.findByRole('combobox', { name: 'Make the next verify fail with' });
    await user.selectOptions(simulator, 'TooManyRequestsException');
    await user.selectOptions(simulator, '');
    await setUpInSettings(user, 'Work phone', clock.now());
    expect(await screen.findByText('Authenticator app added.')).toBeInTheDocument();
  });
});
