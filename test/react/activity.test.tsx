// React 19.2's <Activity>: hidden unmounts effects and keeps state; visible mounts them again. An app
// hides a screen this way (a tab, a step of its own wizard) at any moment, also while a code is being
// checked. (React 18 has no <Activity>; vite.config.ts leaves this file out of the React 18 run.)
import { Activity, type ReactNode } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { confirmSignIn, signIn, signOut } from 'aws-amplify/auth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAmplifyChallengeAdapter } from '../../src/adapters/amplify/index.js';
import { createCognitoAdapter, createCognitoChallengeAdapter, createCognitoSignInAdapter, createCognitoSignInSteps } from '../../src/adapters/cognito/index.js';
import { createMemoryAdapter, createMemoryChallengeAdapter } from '../../src/adapters/memory/index.js';
import type { TotpChallengeAdapter } from '../../src/core/adapter.js';
import { TotpChallenge, TotpSettings, TotpSetup, TotpSignIn } from '../../src/index.js';
import { createCognitoWire, json, type Reply } from '../adapters/cognito-wire.js';
import { configureAmplify } from '../support/amplify.js';
import { fakeCognitoTokens } from '../support/fake-jwt.js';
import { fixedSecret, totpCode } from './helpers.js';

const endpoint = 'https://cognito-idp.activity.test/';
const wire = createCognitoWire(endpoint);
beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => wire.reset());
afterAll(() => wire.server.close());

const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
const tokens = { AccessToken: 'access', IdToken: 'id', RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' };
const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });

/** A reply the test releases when it chooses: the request reached Cognito; its answer is still travelling. */
function held(reply: Reply) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return { reply: (async () => (await released, reply())) as Reply, release };
}

/** Renders `screen` inside <Activity>, and shows or hides it. */
function inActivity(content: () => ReactNode) {
  const page = (mode: 'visible' | 'hidden') => <Activity mode={mode}>{content()}</Activity>;
  const view = render(page('visible'));
  // Awaited acts: React renders a hidden tree at a lower priority, after the synchronous work. A browser
  // takes focus out of what becomes display: none; jsdom does not, so the test does.
  const hide = () =>
    act(async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      view.rerender(page('hidden'));
    });
  return { ...view, hide, show: () => act(async () => view.rerender(page('visible'))) };
}

/** Wraps an adapter so the test can wait for an answer to have arrived (whatever the screen did with it). */
function observed(adapter: TotpChallengeAdapter) {
  let settle: () => void = () => {};
  const answered = new Promise<void>((resolve) => (settle = resolve));
  const wrapped: TotpChallengeAdapter = {
    ...adapter,
    getSessionExpiry: adapter.getSessionExpiry?.bind(adapter),
    respondToSoftwareTokenMfa: (input, options) => adapter.respondToSoftwareTokenMfa(input, options).finally(settle),
  };
  return { adapter: wrapped, answered };
}

describe('a one-time code while the screen is hidden', () => {
  it('<TotpChallenge> on the wire: the answer that arrives while hidden is kept and delivered when shown; the code goes out once', async () => {
    const answer = held(json({ AuthenticationResult: tokens }));
    wire.reply('RespondToAuthChallenge', answer.reply);
    const { adapter, answered } = observed(createCognitoChallengeAdapter({ endpoint, session: session(1), username: 'ana', clientId: 'client0id' }));
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    const view = inActivity(() => <TotpChallenge adapter={adapter} onSignedIn={onSignedIn} />);
    await user.type(codeField(), '123456');
    await waitFor(() => expect(wire.operations()).toEqual(['RespondToAuthChallenge']));
    await view.hide();
    await act(async () => {
      answer.release();
      await answered;
    });
    expect(onSignedIn).not.toHaveBeenCalled();
    await view.show();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(onSignedIn).toHaveBeenCalledWith({ authenticationResult: expect.objectContaining({ accessToken: 'access' }) });
    expect(screen.getByRole('status')).toHaveTextContent('You are signed in');
    expect(wire.operations()).toEqual(['RespondToAuthChallenge']);
  });

  it('<TotpChallenge> on the memory backend: signed in, never "That code was already used"', async () => {
    const memory = createMemoryChallengeAdapter({ secretCode: fixedSecret });
    const answer = held(() => new Response());
    const { adapter, answered } = observed({
      ...memory,
      // Cognito spends the code at once; its answer is what travels.
      respondToSoftwareTokenMfa: (input, options) => {
        const result = memory.respondToSoftwareTokenMfa(input, options);
        return Promise.resolve(answer.reply()).then(() => result);
      },
    });
    const onSignedIn = vi.fn();
    const onError = vi.fn();
    const user = userEvent.setup();
    const view = inActivity(() => <TotpChallenge adapter={adapter} onSignedIn={onSignedIn} onError={onError} />);
    await user.type(codeField(), totpCode(fixedSecret));
    await waitFor(() => expect(memory.calls).toBe(1));
    await view.hide();
    await act(async () => {
      answer.release();
      await answered;
    });
    await view.show();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(onError).not.toHaveBeenCalled();
    expect(screen.queryByText(/already used/)).not.toBeInTheDocument();
    expect(memory.calls).toBe(1);
  });

  it('<TotpSetup> inside MFA_SETUP on the wire: verifies once, finishes the challenge once, hands over the tokens', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    const verify = held(json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('VerifySoftwareToken', verify.reply);
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    const adapter = createCognitoSignInAdapter({ endpoint, session: session(1), username: 'ana', clientId: 'client0id' });
    const onVerified = vi.fn();
    const user = userEvent.setup();
    const view = inActivity(() => <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} onRestart={() => {}} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await waitFor(() => expect(wire.operations()).toContain('VerifySoftwareToken'));
    await view.hide();
    verify.release();
    // The answer travels on to RespondToAuthChallenge while hidden: the adapter finishes the challenge.
    await waitFor(() => expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']));
    await view.show();
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(onVerified).toHaveBeenCalledWith(expect.objectContaining({ authenticationResult: expect.objectContaining({ accessToken: 'access' }) }));
    expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
  });

  it('<TotpChallenge> over Amplify: a call that finished while hidden is not made again', async () => {
    configureAmplify({ userPoolId: 'eu-west-1_WIRE', clientId: 'wireclient', endpoint });
    wire.reply('InitiateAuth', json({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(1), ChallengeParameters: {} }));
    const { nextStep } = await signIn({ username: 'ana', password: 'Correct-horse-1', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    const answer = held(json({ AuthenticationResult: fakeCognitoTokens('ana', 'wireclient'), ChallengeParameters: {} }));
    wire.reply('RespondToAuthChallenge', answer.reply);
    const { adapter, answered } = observed(createAmplifyChallengeAdapter(nextStep));
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    try {
      const view = inActivity(() => <TotpChallenge adapter={adapter} onSignedIn={onSignedIn} />);
      await user.type(codeField(), '123456');
      await waitFor(() => expect(wire.operations()).toEqual(['InitiateAuth', 'RespondToAuthChallenge']));
      await view.hide();
      await act(async () => {
        answer.release();
        await answered;
      });
      await view.show();
      await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith({ nextStep: { signInStep: 'DONE' } }));
      expect(onSignedIn).toHaveBeenCalledOnce();
      expect(wire.operations()).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
      // Nothing of the sign-in is left in Amplify to answer again.
      await expect(confirmSignIn({ challengeResponse: '123456' })).rejects.toMatchObject({ name: 'SignInException' });
    } finally {
      await signOut().catch(() => undefined);
    }
  });

  it('<TotpSettings>: a turn-off answered while hidden is told to the app when shown, and sent once', async () => {
    const memory = createMemoryAdapter({ enrolled: { friendlyDeviceName: 'Phone' } });
    const answer = held(() => new Response());
    let settled: () => void = () => {};
    const done = new Promise<void>((resolve) => (settled = resolve));
    const adapter = { ...memory, setTotpEnabled: (enabled: boolean, options: { signal: AbortSignal }) => memory.setTotpEnabled(enabled, options).then(answer.reply).then(() => settled()) };
    const onChange = vi.fn();
    const user = userEvent.setup();
    const view = inActivity(() => <TotpSettings adapter={adapter} issuer="Acme" accountName="ana" onChange={onChange} />);
    await user.click(await screen.findByRole('button', { name: 'Turn off' }));
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(memory.calls.setTotpEnabled).toBe(1));
    await view.hide();
    await act(async () => {
      answer.release();
      await done;
    });
    await view.show();
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ totpEnabled: false, totpPreferred: false }));
    expect(memory.calls.setTotpEnabled).toBe(1);
  });

  it('a repeatable request (a new secret) hidden while loading is asked for afresh when shown', async () => {
    const memory = createMemoryAdapter({ latency: { associateSoftwareToken: Infinity } });
    const signals: AbortSignal[] = [];
    const adapter = { ...memory, associateSoftwareToken: (options: { signal: AbortSignal }) => (signals.push(options.signal), memory.associateSoftwareToken(options)) };
    const view = inActivity(() => <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" />);
    await waitFor(() => expect(signals).toHaveLength(1));
    await view.hide();
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
    await view.show();
    await waitFor(() => expect(signals).toHaveLength(2));
    expect(signals[1]!.aborted).toBe(false);
  });

  it('a signed-in wizard hidden while its code is checked: one VerifySoftwareToken, one preference, verified when shown', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret }));
    const verify = held(json({ Status: 'SUCCESS' }));
    wire.reply('VerifySoftwareToken', verify.reply);
    wire.reply('SetUserMFAPreference', json({}));
    const adapter = createCognitoAdapter({ endpoint, accessToken: 'token-1' });
    const onVerified = vi.fn();
    const user = userEvent.setup();
    const view = inActivity(() => <TotpSetup adapter={adapter} issuer="Acme" accountName="ana" onVerified={onVerified} />);
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await waitFor(() => expect(wire.operations()).toContain('VerifySoftwareToken'));
    await view.hide();
    verify.release();
    await waitFor(() => expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference']));
    await view.show();
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(wire.operations()).toEqual(['AssociateSoftwareToken', 'VerifySoftwareToken', 'SetUserMFAPreference']);
  });

  it('<TotpSignIn>: SELECT_MFA_TYPE answered while hidden is answered once, and the code screen follows when shown', async () => {
    const select = held(json({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(2), ChallengeParameters: {} }));
    wire.reply('RespondToAuthChallenge', select.reply, json({ AuthenticationResult: tokens }));
    const steps = createCognitoSignInSteps({
      endpoint,
      clientId: 'client0id',
      username: 'ana',
      answer: { ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeParameters: { MFAS_CAN_CHOOSE: '["SOFTWARE_TOKEN_MFA"]' } },
    });
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    const view = inActivity(() => <TotpSignIn steps={steps} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} />);
    await waitFor(() => expect(wire.operations()).toEqual(['RespondToAuthChallenge']));
    await view.hide();
    select.release();
    await view.show();
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(wire.requests.map((request) => request.body.ChallengeName)).toEqual(['SELECT_MFA_TYPE', 'SOFTWARE_TOKEN_MFA']);
  });
});
