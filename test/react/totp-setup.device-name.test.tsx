// The name a user gives the device is the one Cognito registers: the wizard asks for it before the
// code, so the sixth digit, which verifies, comes last. Filled in the order the fields are shown, as a
// person (or the Tab key) goes down the form.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCognitoSignInSteps } from '../../src/adapters/cognito/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { TotpSetup, TotpSetupParts as Totp, TotpSignIn } from '../../src/index.js';
import { createCognitoWire, json } from '../adapters/cognito-wire.js';
import { expectNoAxeViolations, fixedSecret, totpCode } from './helpers.js';

const endpoint = 'https://cognito-idp.device-name.test/';
const wire = createCognitoWire(endpoint);
beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => wire.reset());
afterAll(() => wire.server.close());

const deviceField = () => screen.getByRole('textbox', { name: 'Device name' });

/** Every field in the order the wizard shows it, each given what it asks for: the name, or the code. */
async function fillInShownOrder(user: UserEvent, code: string): Promise<void> {
  await screen.findByRole('img', { name: /QR code/ });
  for (const field of screen.getAllByRole('textbox')) {
    if (field === deviceField()) {
      await user.clear(field);
      await user.type(field, 'Work phone');
    } else {
      await user.type(field, code);
    }
  }
}

describe('the device name the user types reaches VerifySoftwareToken', () => {
  it('on the memory backend, and the wizard says so', async () => {
    const adapter = createMemoryAdapter({ secretCode: fixedSecret });
    const verify = vi.spyOn(adapter, 'verifySoftwareToken');
    const onVerified = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana@example.com" onVerified={onVerified} />);
    await fillInShownOrder(user, totpCode(fixedSecret));
    await waitFor(() => expect(onVerified).toHaveBeenCalledExactlyOnceWith({ friendlyDeviceName: 'Work phone' }));
    expect(verify).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ friendlyDeviceName: 'Work phone' }), expect.anything());
    expect(screen.getByRole('status')).toHaveTextContent('From now on, sign-in asks for a code from “Work phone”.');
    await expectNoAxeViolations(container);
  });

  it('on the wire, inside sign-in (MFA_SETUP through <TotpSignIn>)', async () => {
    const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: { AccessToken: 'access.jwt', TokenType: 'Bearer' } }));
    const steps = createCognitoSignInSteps({
      endpoint,
      clientId: 'client0id',
      username: 'ana',
      answer: { ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } },
    });
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<TotpSignIn steps={steps} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} />);
    await fillInShownOrder(user, '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    const verify = wire.requests.find((request) => request.target?.endsWith('.VerifySoftwareToken'));
    expect(verify?.body).toMatchObject({ UserCode: '123456', FriendlyDeviceName: 'Work phone', Session: session(2) });
    expect(onSignedIn).toHaveBeenCalledWith(expect.anything(), { friendlyDeviceName: 'Work phone' });
  });

  it('in a layout of parts with the code before the name: the sixth digit waits for "Verify"', async () => {
    const adapter = createMemoryAdapter({ secretCode: fixedSecret });
    const verify = vi.spyOn(adapter, 'verifySoftwareToken');
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(
      <Totp.Root adapter={adapter} issuer="Acme" accountName="ana@example.com" onVerified={onVerified}>
        <Totp.QrCode />
        <Totp.Form>
          {/* Fields with ids of the app's own, as a form library might give them. */}
          <Totp.CodeLabel htmlFor="my-code" />
          <Totp.CodeInput id="my-code" />
          <Totp.DeviceNameLabel />
          <Totp.DeviceNameInput />
          <Totp.Submit />
        </Totp.Form>
      </Totp.Root>,
    );
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), totpCode(fixedSecret));
    expect(verify).not.toHaveBeenCalled();
    await user.clear(deviceField());
    await user.type(deviceField(), 'Work phone');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledExactlyOnceWith({ friendlyDeviceName: 'Work phone' }));
  });

  it('an emptied name field registers the name it started with, not a nameless device', async () => {
    const adapter = createMemoryAdapter({ secretCode: fixedSecret });
    const verify = vi.spyOn(adapter, 'verifySoftwareToken');
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana@example.com" defaultFriendlyDeviceName="Ana’s phone" onVerified={onVerified} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.clear(deviceField());
    await user.type(deviceField(), '   ');
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), totpCode(fixedSecret));
    await waitFor(() => expect(onVerified).toHaveBeenCalledExactlyOnceWith({ friendlyDeviceName: 'Ana’s phone' }));
    expect(verify).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ friendlyDeviceName: 'Ana’s phone' }), expect.anything());
    expect(screen.getByRole('status')).toHaveTextContent('From now on, sign-in asks for a code from “Ana’s phone”.');
  });
});
