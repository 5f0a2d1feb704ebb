import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCognitoAdapter, createCognitoSignInAdapter } from '../../src/adapters/cognito/index.js';
import { createCognitoIdentityJsAdapter } from '../../src/adapters/cognito-identity-js/index.js';
import type { TotpSetupAdapter } from '../../src/core/adapter.js';
import { TotpSetup } from '../../src/index.js';
import { cognitoError, createCognitoWire, json } from '../adapters/cognito-wire.js';
import { useCognitoLocal } from '../support/cognito-local-lifecycle.js';
import { expectTotpChallengeAtSignIn, signInWithLibrary } from '../support/cognito-users.js';
import { expectNoAxeViolations, findAlert, readSecretFromScreen, staleCode, totpCode } from './helpers.js';

const password = 'Correct-horse-1';
const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const deviceField = () => screen.getByRole('textbox', { name: 'Device name' });

/** A person's enrollment: read the key, mistype a code, then type the right one. */
async function enrollThroughWizard(adapter: TotpSetupAdapter, deviceName: string) {
  const onVerified = vi.fn();
  const user = userEvent.setup();
  const { container } = render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />);
  await screen.findByRole('img', { name: /QR code/ });
  const secret = readSecretFromScreen();
  await user.clear(deviceField());
  await user.type(deviceField(), deviceName);
  await user.type(codeField(), staleCode(secret));
  await findAlert(/didn’t match/);
  expect(deviceField()).toHaveValue(deviceName);
  await user.type(codeField(), totpCode(secret));
  await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
  expect(container.firstElementChild).toHaveAttribute('data-state', 'verified');
  await expectNoAxeViolations(container);
  return { secret, details: onVerified.mock.calls[0]![0] };
}

describe('<TotpSetup> with the Cognito adapters against cognito-local', () => {
  const emulator = useCognitoLocal();
  const poolData = () => ({ UserPoolId: emulator().userPoolId, ClientId: emulator().clientId, endpoint: emulator().endpoint });
  const expectCodeAtNextSignIn = (username: string, secret: string, deviceName: string) =>
    expectTotpChallengeAtSignIn(poolData(), { username, password }, totpCode(secret), deviceName);

  it('enrolls a signed-in user through the fetch adapter', async () => {
    const cognito = emulator();
    await cognito.createUser('wizard-fetch', password);
    const { outcome } = await signInWithLibrary(poolData(), 'wizard-fetch', password);
    if (outcome.kind !== 'signed-in') throw new Error(`unexpected ${outcome.kind}`);
    const accessToken = outcome.session.getAccessToken().getJwtToken();
    const { secret } = await enrollThroughWizard(createCognitoAdapter({ endpoint: cognito.endpoint, accessToken }), 'Pixel 9');
    await expectCodeAtNextSignIn('wizard-fetch', secret, 'Pixel 9');
  });

  it('enrolls a signed-in CognitoUser through the amazon-cognito-identity-js adapter', async () => {
    await emulator().createUser('wizard-library', password);
    const { user } = await signInWithLibrary(poolData(), 'wizard-library', password);
    const { secret } = await enrollThroughWizard(createCognitoIdentityJsAdapter(user), 'iPad');
    await expectCodeAtNextSignIn('wizard-library', secret, 'iPad');
  });
});

describe('<TotpSetup> in the MFA_SETUP flow (fetch adapter, wire contract)', () => {
  const endpoint = 'https://cognito-idp.us-east-1.amazonaws.com/';
  const wire = createCognitoWire(endpoint);
  beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => wire.server.close());

  it('finishes sign-in and hands the app its tokens', async () => {
    const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: 'S2'.padEnd(30, '2') }));
    wire.reply(
      'VerifySoftwareToken',
      cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch'),
      json({ Status: 'SUCCESS', Session: 'S3'.padEnd(30, '3') }),
    );
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: { AccessToken: 'a.b.c', IdToken: 'i.d.t', RefreshToken: 'r', ExpiresIn: 3600, TokenType: 'Bearer' } }));
    const adapter = createCognitoSignInAdapter({ region: 'us-east-1', session: 'S1'.padEnd(30, '1'), username: 'ana', clientId: 'client123' });
    const { details } = await enrollThroughWizard(adapter, 'Phone');
    expect(details).toEqual({
      friendlyDeviceName: 'Phone',
      authenticationResult: { accessToken: 'a.b.c', idToken: 'i.d.t', refreshToken: 'r', expiresIn: 3600, tokenType: 'Bearer' },
    });
    expect(wire.requests.map((request) => request.body.Session)).toEqual([
      'S1'.padEnd(30, '1'),
      'S2'.padEnd(30, '2'),
      'S2'.padEnd(30, '2'),
      'S3'.padEnd(30, '3'),
    ]);
  });
});
