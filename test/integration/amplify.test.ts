// The Amplify adapters with the real aws-amplify v6 package against cognito-local: Amplify signs in
// with USER_PASSWORD_AUTH (the emulator has no SRP) and sends every call to the emulator's URL.
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, fetchMFAPreference, signIn, signOut } from 'aws-amplify/auth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAmplifyAdapter, createAmplifyChallengeAdapter } from '../../src/adapters/amplify/index.js';
import { classifyError } from '../../src/core/errors.js';
import { configureAmplify, recordCognitoCalls } from '../support/amplify.js';
import { useCognitoLocal } from '../support/cognito-local-lifecycle.js';
import { staleCode, totpCode } from '../support/totp.js';

const password = 'Correct-horse-1';
const signal = () => new AbortController().signal;
const emulator = useCognitoLocal();
const signInAs = (username: string) => signIn({ username, password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
const failureOf = (promise: Promise<unknown>) => promise.then(() => new Error('expected a failure'), (error: unknown) => error);

const configure = () => configureAmplify({ userPoolId: emulator().userPoolId, clientId: emulator().clientId, endpoint: emulator().endpoint });
let wire: ReturnType<typeof recordCognitoCalls>;
beforeEach(() => {
  configure();
  wire = recordCognitoCalls(emulator().endpoint);
});
afterEach(async () => {
  wire.restore();
  configure();
  await signOut();
});

describe('Amplify v6 against cognito-local', () => {
  it('signed in: setUpTOTP, a wrong code refused, the right one verified and preferred; the next sign-in asks for it', async () => {
    const username = 'amplify-settings';
    await emulator().createUser(username, password);
    expect((await signInAs(username)).nextStep.signInStep).toBe('DONE');
    const adapter = createAmplifyAdapter();
    wire.sent.length = 0;

    const { secretCode } = await adapter.associateSoftwareToken({ signal: signal() });
    expect(secretCode).toMatch(/^[A-Z2-7]{16,}$/);
    const wrong = await failureOf(adapter.verifySoftwareToken({ userCode: staleCode(secretCode), friendlyDeviceName: 'Work phone' }, { signal: signal() }));
    expect(classifyError(wrong)).toMatchObject({ kind: 'wrong-code', action: 'retry' });
    await expect(
      adapter.verifySoftwareToken({ userCode: totpCode(secretCode), friendlyDeviceName: 'Work phone' }, { signal: signal() }),
    ).resolves.toEqual({ status: 'SUCCESS' });
    expect(await fetchMFAPreference()).toEqual({ enabled: ['TOTP'], preferred: 'TOTP' });

    // What Amplify sent, as Cognito's API reference names it: the access token authorises each call.
    const { tokens } = await fetchAuthSession();
    const AccessToken = tokens!.accessToken.toString();
    expect(wire.sent.slice(0, 4)).toEqual([
      { operation: 'AssociateSoftwareToken', body: { AccessToken } },
      { operation: 'VerifySoftwareToken', body: { AccessToken, UserCode: staleCode(secretCode), FriendlyDeviceName: 'Work phone' } },
      { operation: 'VerifySoftwareToken', body: { AccessToken, UserCode: totpCode(secretCode), FriendlyDeviceName: 'Work phone' } },
      { operation: 'SetUserMFAPreference', body: { AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } } },
    ]);

    await signOut();
    const next = await signInAs(username);
    expect(next.nextStep).toEqual({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' });
    const challenge = createAmplifyChallengeAdapter(next.nextStep, { friendlyDeviceName: 'Work phone' });
    expect(challenge.friendlyDeviceName).toBe('Work phone');
    const refused = await failureOf(challenge.respondToSoftwareTokenMfa({ userCode: staleCode(secretCode) }, { signal: signal() }));
    expect(classifyError(refused)).toMatchObject({ kind: 'wrong-code' });
    // Amplify kept the session: the next code signs in, and Amplify stored the tokens.
    await expect(challenge.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode) }, { signal: signal() })).resolves.toEqual({
      nextStep: { signInStep: 'DONE' },
    });
    expect((await fetchAuthSession()).tokens?.accessToken.payload.username).toBe(username);
    const answers = wire.sent.filter((request) => request.operation === 'RespondToAuthChallenge');
    expect(answers.map((request) => request.body)).toEqual([
      expect.objectContaining({ ChallengeName: 'SOFTWARE_TOKEN_MFA', ClientId: emulator().clientId, ChallengeResponses: expect.objectContaining({ USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: staleCode(secretCode) }) }),
      expect.objectContaining({ ChallengeName: 'SOFTWARE_TOKEN_MFA', ChallengeResponses: expect.objectContaining({ SOFTWARE_TOKEN_MFA_CODE: totpCode(secretCode) }) }),
    ]);
    expect(answers[1]!.body.Session).toBe(answers[0]!.body.Session);
  });

  it('setPreferredMfa: false verifies without touching the preference', async () => {
    const username = 'amplify-no-preference';
    await emulator().createUser(username, password);
    await signInAs(username);
    const adapter = createAmplifyAdapter({ setPreferredMfa: false });
    const { secretCode } = await adapter.associateSoftwareToken({ signal: signal() });
    await adapter.verifySoftwareToken({ userCode: totpCode(secretCode) }, { signal: signal() });
    expect(wire.operations()).not.toContain('SetUserMFAPreference');
    expect(wire.sent.find((request) => request.operation === 'VerifySoftwareToken')?.body).not.toHaveProperty('FriendlyDeviceName');
  });

  it('Amplify’s own errors land in the kit’s taxonomy, never "unknown"', async () => {
    // Signed out: Amplify refuses before any request (UserUnAuthenticatedException).
    const signedOut = await failureOf(createAmplifyAdapter().associateSoftwareToken({ signal: signal() }));
    expect(classifyError(signedOut)).toMatchObject({ kind: 'signed-out', action: 'sign-in' });
    expect((signedOut as Error).cause).toMatchObject({ name: 'UserUnAuthenticatedException' });

    // No sign-in in progress any more (it finished, or Amplify's 3 minutes ran out): SignInException.
    const gone = await failureOf(
      createAmplifyChallengeAdapter({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' }).respondToSoftwareTokenMfa({ userCode: '123456' }, { signal: signal() }),
    );
    expect(classifyError(gone)).toMatchObject({ kind: 'session-expired' });
    expect((gone as Error).cause).toMatchObject({ name: 'SignInException' });
    expect(wire.sent).toEqual([]);

    // Amplify.configure without a user pool: a developer's mistake, said as "configuration".
    Amplify.configure({});
    const unconfigured = await failureOf(createAmplifyAdapter().associateSoftwareToken({ signal: signal() }));
    expect(classifyError(unconfigured)).toMatchObject({ kind: 'configuration', action: 'none' });
    expect((unconfigured as Error).cause).toMatchObject({ name: 'AuthUserPoolException' });
  });
});
