// <TotpSignIn> on the steps of the two client libraries, the real packages, over a Cognito wire fake:
// what each library sends, and where each of its answers leads.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { signIn, signOut } from 'aws-amplify/auth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAmplifySignInSteps } from '../../src/adapters/amplify/index.js';
import { createCognitoIdentityJsSignInSteps } from '../../src/adapters/cognito-identity-js/index.js';
import { TotpSignIn } from '../../src/index.js';
import { cognitoError, createCognitoWire, json } from '../adapters/cognito-wire.js';
import { configureAmplify } from '../support/amplify.js';
import { fakeCognitoTokens } from '../support/fake-jwt.js';
import { fixedSecret } from './helpers.js';

const endpoint = 'https://cognito-idp.libraries.test/';
const wire = createCognitoWire(endpoint);
beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  await signOut().catch(() => undefined);
  wire.reset();
});
afterAll(() => wire.server.close());

const password = 'Correct-horse-1';
const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const challenges = () => wire.requests.filter((request) => request.target?.endsWith('RespondToAuthChallenge')).map((request) => request.body.ChallengeName);

describe('createAmplifySignInSteps (aws-amplify v6)', () => {
  async function signInTo(answer: object) {
    configureAmplify({ userPoolId: 'eu-west-1_WIRE', clientId: 'wireclient', endpoint });
    wire.reply('InitiateAuth', json(answer));
    return (await signIn({ username: 'ana', password, options: { authFlowType: 'USER_PASSWORD_AUTH' } })).nextStep;
  }

  it('MFA selection: answers with TOTP, then the code, then DONE', async () => {
    const nextStep = await signInTo({ ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' } });
    expect(nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_MFA_SELECTION');
    wire.reply('RespondToAuthChallenge', json({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(2), ChallengeParameters: {} }), json({ AuthenticationResult: fakeCognitoTokens('ana', 'wireclient'), ChallengeParameters: {} }));
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<TotpSignIn steps={createAmplifySignInSteps(nextStep)} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} />);
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith({ nextStep: { signInStep: 'DONE' } }, {}));
    expect(challenges()).toEqual(['SELECT_MFA_TYPE', 'SOFTWARE_TOKEN_MFA']);
    expect(wire.requests[1]!.body).toMatchObject({ ChallengeResponses: { ANSWER: 'SOFTWARE_TOKEN_MFA' } });
  });

  it('TOTP set-up with email offered too, left to the user: email goes to the app in Amplify’s words', async () => {
    const nextStep = await signInTo({ ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' } });
    expect(nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION');
    const onStep = vi.fn();
    const user = userEvent.setup();
    render(<TotpSignIn steps={createAmplifySignInSteps(nextStep)} issuer="Acme" accountName="ana" onStep={onStep} mfaSetupChoice="user" />);
    await user.click(await screen.findByRole('button', { name: 'Email' }));
    expect(onStep).toHaveBeenCalledExactlyOnceWith({ nextStep: expect.objectContaining({ signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION' }) }, { method: 'EMAIL' });
    expect(challenges()).toEqual([]);
  });

  it('TOTP set-up: Amplify’s secret, verified and finished in one confirmSignIn, then DONE with the name typed', async () => {
    // Amplify associates during signIn itself when TOTP is the only factor offered.
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    const nextStep = await signInTo({ ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } });
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: fakeCognitoTokens('ana', 'wireclient'), ChallengeParameters: {} }));
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<TotpSignIn steps={createAmplifySignInSteps(nextStep)} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.clear(screen.getByRole('textbox', { name: 'Device name' }));
    await user.type(screen.getByRole('textbox', { name: 'Device name' }), 'Work phone');
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith({ nextStep: { signInStep: 'DONE' } }, { friendlyDeviceName: 'Work phone' }));
    expect(wire.requests.find((request) => request.target?.endsWith('VerifySoftwareToken'))!.body).toMatchObject({ FriendlyDeviceName: 'Work phone' });
  });
});

describe('createCognitoIdentityJsSignInSteps (amazon-cognito-identity-js)', () => {
  const pool = new CognitoUserPool({ UserPoolId: 'eu-west-1_Example01', ClientId: 'exampleclientid0000000000', endpoint });

  function signInWithSteps() {
    const user = new CognitoUser({ Username: 'ana', Pool: pool });
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    const steps = createCognitoIdentityJsSignInSteps(user);
    user.authenticateUser(new AuthenticationDetails({ Username: 'ana', Password: password }), steps.callbacks);
    return steps;
  }

  it('MFA_SETUP: the library’s session carries enrollment to the tokens', async () => {
    wire.reply('InitiateAuth', json({ ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } }));
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: fakeCognitoTokens('ana', 'exampleclientid0000000000') }));
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<TotpSignIn steps={signInWithSteps()} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ authenticationResult: { accessToken: expect.any(String) } });
    expect(wire.requests.map((request) => request.body.Session ?? null)).toEqual([null, session(1), session(2), session(3)]);
  });

  it('SELECT_MFA_TYPE, then the code: sendMFASelectionAnswer, then sendMFACode', async () => {
    wire.reply('InitiateAuth', json({ ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' } }));
    wire.reply('RespondToAuthChallenge', json({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(2), ChallengeParameters: {} }), json({ AuthenticationResult: fakeCognitoTokens('ana', 'exampleclientid0000000000') }));
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<TotpSignIn steps={signInWithSteps()} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} />);
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(challenges()).toEqual(['SELECT_MFA_TYPE', 'SOFTWARE_TOKEN_MFA']);
  });

  it('a new password: goes to the app with the library’s attributes, nothing shown', async () => {
    wire.reply('InitiateAuth', json({ ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: session(1), ChallengeParameters: { userAttributes: '{"email":"ana@example.com"}', requiredAttributes: '[]' } }));
    const onStep = vi.fn();
    const { container } = render(<TotpSignIn steps={signInWithSteps()} issuer="Acme" accountName="ana" onStep={onStep} />);
    await waitFor(() => expect(onStep).toHaveBeenCalledOnce());
    expect(onStep.mock.calls[0]![0]).toMatchObject({ name: 'NEW_PASSWORD_REQUIRED', parameters: { userAttributes: { email: 'ana@example.com' } }, user: expect.any(CognitoUser) });
    expect(container.firstElementChild).toHaveTextContent('');
  });

  it('a wrong password: onError with Cognito’s words, for the app’s own form', async () => {
    wire.reply('InitiateAuth', cognitoError('NotAuthorizedException', 'Incorrect username or password.'));
    const onError = vi.fn();
    render(<TotpSignIn steps={signInWithSteps()} issuer="Acme" accountName="ana" onError={onError} />);
    await waitFor(() => expect(onError).toHaveBeenCalledOnce());
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'signed-out', action: 'sign-in', error: expect.objectContaining({ message: 'Incorrect username or password.' }) }));
  });
});
