// Names the kit did not write reach the screen isolated, on pages with many of them, and in every
// label that carries one; and every field is described only by elements that are there.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, createMemoryChallengeAdapter } from '../../src/adapters/memory/index.js';
import { TotpChallenge, TotpSetup } from '../../src/index.js';
import { expectNoAxeViolations, fixedSecret, sentence } from './helpers.js';

describe('names the kit did not write', () => {
  it('render in many screens at once, each sentence once and in order', async () => {
    // More sentences with names than any cache of rendered sentences would hold.
    const names = Array.from({ length: 40 }, (_, index) => `Phone ${index}`);
    render(
      <>
        {names.map((friendlyDeviceName) => (
          <section key={friendlyDeviceName} aria-label={friendlyDeviceName}>
            <TotpChallenge adapter={createMemoryChallengeAdapter({ secretCode: fixedSecret, friendlyDeviceName })} onSignedIn={() => {}} />
          </section>
        ))}
      </>,
    );
    for (const name of names) {
      const screenOf = screen.getByRole('region', { name });
      expect(within(screenOf).getByText(sentence(`Enter the code from “${name}”.`))).toBeVisible();
    }
  });

  it('the QR code’s label isolates the account name and the issuer', async () => {
    render(<TotpSetup adapter={createMemoryAdapter({ secretCode: fixedSecret })} issuer={'Ac\u202Eme'} accountName={'ana\u202Emoc.'} />);
    const qr = await screen.findByRole('img', { name: /QR code/ });
    expect(qr.getAttribute('aria-label')).toBe('QR code that adds \u2068ana\u202Emoc.\u2069 at \u2068Ac\u202Eme\u2069 to an authenticator app');
  });
});

describe('every field is described by elements that are there', () => {
  it('on the sign-in code screen', async () => {
    const { container } = render(<TotpChallenge adapter={createMemoryChallengeAdapter({ secretCode: fixedSecret, friendlyDeviceName: 'Work phone' })} onSignedIn={() => {}} />);
    expect(screen.getByRole('textbox', { name: '6-digit code' })).toHaveAccessibleDescription('Enter the code from “Work phone”.');
    await expectNoAxeViolations(container);
  });
});
