// The drop-in components over the Amplify adapters and the real aws-amplify v6 package, rendered the
// way apps render them: adapters built inline in a parent that re-renders on every key, StrictMode.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAmplifyAdapter, createAmplifyChallengeAdapter, createAmplifySignInAdapter, type AmplifySignInStep } from '../../src/adapters/amplify/index.js';
import { TotpChallenge, TotpSetup } from '../../src/index.js';
import { cognitoError, createCognitoWire, json } from '../adapters/cognito-wire.js';
import { configureAmplify } from '../support/amplify.js';
import { useCognitoLocal } from '../support/cognito-local-lifecycle.js';
import { fakeCognitoTokens } from '../support/fake-jwt.js';
import { expectingAdapterWarning, expectNoAxeViolations, findAlert, readSecretFromScreen, RerenderingParent, staleCode, totpCode } from './helpers.js';

const password = 'Correct-horse-1';
const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const signInAs = (username: string) => signIn({ username, password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });

const fakeEndpoint = 'https://cognito-idp.wire.test/';
const wire = createCognitoWire(fakeEndpoint);
// The wire fake answers its own endpoint; cognito-local's requests pass through untouched.
beforeAll(() => wire.server.listen({ onUnhandledRequest: 'bypass' }));
afterEach(async () => {
  await signOut().catch(() => undefined);
  wire.reset();
});
afterAll(() => wire.server.close());

describe('Amplify v6 against cognito-local', () => {
  const emulator = useCognitoLocal();
  const configure = () => configureAmplify({ userPoolId: emulator().userPoolId, clientId: emulator().clientId, endpoint: emulator().endpoint });

  it('settings page: <TotpSetup> with createAmplifyAdapter(); then <TotpChallenge> at the next sign-in', async () => {
    // The adapters are built inline on purpose: the signed-in one simply follows the app; the sign-in
    // code step keeps the one that carries its session, and says so in development.
    await expectingAdapterWarning(async () => {
      configure();
      await emulator().createUser('amplify-wizard', password);
      await signInAs('amplify-wizard');
      const user = userEvent.setup();
      const onVerified = vi.fn();
      const view = render(
        <StrictMode>
          <RerenderingParent>{() => <TotpSetup adapter={createAmplifyAdapter()} issuer="Acme" accountName="ana" onVerified={onVerified} />}</RerenderingParent>
        </StrictMode>,
      );
      await screen.findByRole('img', { name: /QR code/ });
      const secret = readSecretFromScreen();
      await user.type(codeField(), staleCode(secret));
      await findAlert(/didn’t match/);
      await user.type(codeField(), totpCode(secret));
      await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
      expect(onVerified).toHaveBeenCalledWith({ friendlyDeviceName: 'Authenticator app' });
      await expectNoAxeViolations(view.container);
      view.unmount();

      await signOut();
      const { nextStep } = await signInAs('amplify-wizard');
      const onSignedIn = vi.fn();
      render(
        <StrictMode>
          <RerenderingParent>{() => <TotpChallenge adapter={createAmplifyChallengeAdapter(nextStep)} onSignedIn={onSignedIn} />}</RerenderingParent>
        </StrictMode>,
      );
      await user.type(codeField(), staleCode(secret));
      await findAlert(/didn’t match/);
      await user.type(codeField(), totpCode(secret));
      await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
      expect(onSignedIn).toHaveBeenCalledWith({ nextStep: { signInStep: 'DONE' } });
      expect((await fetchAuthSession()).tokens?.accessToken.payload.username).toBe('amplify-wizard');
    });
  });
});

describe('Amplify v6 over a Cognito wire fake: MFA required at sign-in', () => {
  const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  async function signInToTotpSetup(): Promise<AmplifySignInStep> {
    configureAmplify({ userPoolId: 'eu-west-1_WIRE', clientId: 'wireclient', endpoint: fakeEndpoint });
    wire.reply('InitiateAuth', json({ ChallengeName: 'MFA_SETUP', Session: 'S1', ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } }));
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode, Session: 'S2' }));
    return (await signInAs('ana')).nextStep;
  }

  it('<TotpSetup> with createAmplifySignInAdapter(nextStep) inline: Amplify’s secret, a wrong code, then signed in', async () => {
    // The adapter is built inline on purpose: it carries the sign-in session, so the kit keeps the first and says so in development.
    await expectingAdapterWarning(async () => {
      const nextStep = await signInToTotpSetup();
      wire.reply('VerifySoftwareToken', cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA'));
      wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: 'S3' }));
      wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: fakeCognitoTokens('ana', 'wireclient') }));
      const user = userEvent.setup();
      const onVerified = vi.fn();
      const view = render(
        <StrictMode>
          <RerenderingParent>
            {() => <TotpSetup adapter={createAmplifySignInAdapter(nextStep)} issuer="Acme" accountName="ana" autoSubmit={false} onVerified={onVerified} />}
          </RerenderingParent>
        </StrictMode>,
      );
      await screen.findByRole('img', { name: /QR code/ });
      expect(readSecretFromScreen()).toBe(secretCode);
      // The countdown of Amplify's sign-in session is on screen.
      expect(screen.getByText(/left to finish/)).toBeInTheDocument();
      await user.type(codeField(), '000000');
      await user.click(screen.getByRole('button', { name: 'Verify' }));
      await findAlert(/didn’t match/);
      await user.type(codeField(), '123456');
      await user.dblClick(screen.getByRole('button', { name: 'Verify' }));
      await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
      expect(onVerified).toHaveBeenCalledWith({ friendlyDeviceName: 'Authenticator app', nextStep: { signInStep: 'DONE' } });
      // One AssociateSoftwareToken (Amplify's, during signIn) and one verify per submitted code.
      expect(wire.operations()).toEqual(['InitiateAuth', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
      await expectNoAxeViolations(view.container);
    });
  });

  it('a sign-in Amplify no longer holds: "sign in again", with no dead button', async () => {
    const nextStep = await signInToTotpSetup();
    // Another sign-in finishes meanwhile, so Amplify drops this one (as it does on a reload after its
    // 3 minutes): confirmSignIn throws SignInException.
    wire.reply('InitiateAuth', json({ AuthenticationResult: fakeCognitoTokens('ana', 'wireclient'), ChallengeParameters: {} }));
    expect((await signInAs('ana')).nextStep.signInStep).toBe('DONE');
    const sent = wire.requests.length;
    const onError = vi.fn();
    const user = userEvent.setup();
    render(<TotpSetup adapter={createAmplifySignInAdapter(nextStep)} issuer="Acme" accountName="ana" onError={onError} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await findAlert(/sign in again/i);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }));
    expect(screen.queryByRole('button', { name: /start again/i })).not.toBeInTheDocument();
    expect(wire.requests.length).toBe(sent);
  });
});
