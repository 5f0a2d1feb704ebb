// <TotpSignIn>: from the app's first sign-in answer to tokens, over the fetch steps and a Cognito wire
// fake (the MFA_SETUP session path has no emulator), rendered the way apps render it.
import { StrictMode, useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCognitoSignInSteps, type CognitoAuthAnswer, type TotpSignInSteps } from '../../src/adapters/cognito/index.js';
import { TotpSignIn, TotpSignInParts, useTotpSignIn, type TotpSignInApi, type TotpSignInProps } from '../../src/index.js';
import { cognitoError, createCognitoWire, json } from '../adapters/cognito-wire.js';
import { expectNoAxeViolations, findAlert, fixedSecret, RerenderingParent } from './helpers.js';

const endpoint = 'https://cognito-idp.sign-in.test/';
const wire = createCognitoWire(endpoint);
beforeAll(() => wire.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => wire.reset());
afterAll(() => wire.server.close());

const session = (n: number) => `AYABeSession${n}`.padEnd(40, `${n}`);
const tokens = { AccessToken: 'access.jwt', IdToken: 'id.jwt', RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' };
const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const mfaSetup = (factors = ['SOFTWARE_TOKEN_MFA']): CognitoAuthAnswer => ({ ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(factors) } });
const codeChallenge = (n = 1): CognitoAuthAnswer => ({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: session(n), ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Ana’s phone' } });
const steps = (answer: CognitoAuthAnswer) => createCognitoSignInSteps({ endpoint, clientId: 'client0id', username: 'ana', answer });

function renderSignIn(answer: CognitoAuthAnswer, props: Partial<TotpSignInProps> = {}) {
  const onSignedIn = vi.fn();
  const onStep = vi.fn();
  const onError = vi.fn();
  const onEnrolled = vi.fn();
  const view = render(
    <TotpSignIn steps={steps(answer)} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} onStep={onStep} onError={onError} onEnrolled={onEnrolled} {...props} />,
  );
  return { ...view, onSignedIn, onStep, onError, onEnrolled, user: userEvent.setup(), root: () => view.container.firstElementChild as HTMLElement };
}

describe('<TotpSignIn> over the fetch steps', () => {
  it('MFA_SETUP: enrollment in the session, then the tokens to onSignedIn', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    const { user, onSignedIn, onEnrolled, container } = renderSignIn(mfaSetup());
    await screen.findByRole('img', { name: /QR code/ });
    await expectNoAxeViolations(container);
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(onSignedIn).toHaveBeenCalledWith({ authenticationResult: expect.objectContaining({ accessToken: 'access.jwt', refreshToken: 'refresh' }) }, { friendlyDeviceName: 'Authenticator app' });
    expect(onEnrolled).toHaveBeenCalledWith(expect.objectContaining({ friendlyDeviceName: 'Authenticator app' }));
    expect(wire.requests.map((request) => request.body.Session)).toEqual([session(1), session(2), session(3)]);
    expect(screen.getByRole('heading', { name: 'Authenticator app added' })).toBeInTheDocument();
  });

  it('SOFTWARE_TOKEN_MFA: the code screen, named after the device, then signed in', async () => {
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    const { user, onSignedIn, root } = renderSignIn(codeChallenge());
    expect(await screen.findByText(/Ana’s phone/)).toBeInTheDocument();
    expect(codeField()).toHaveFocus();
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(wire.requests[0]!.body).toMatchObject({ ChallengeName: 'SOFTWARE_TOKEN_MFA', ChallengeResponses: { USERNAME: 'ana', SOFTWARE_TOKEN_MFA_CODE: '123456' } });
    // The device Cognito named, for an app that shows it on its settings page.
    expect(onSignedIn).toHaveBeenCalledWith(expect.anything(), { friendlyDeviceName: 'Ana’s phone' });
    expect(root()).toHaveAttribute('data-state', 'signed-in');
  });

  it('SELECT_MFA_TYPE offering the authenticator: answers it once, then the code screen, with focus on its heading', async () => {
    wire.reply('RespondToAuthChallenge', json(codeChallenge(2)), json({ AuthenticationResult: tokens }));
    const { user, onSignedIn } = renderSignIn({ ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' } });
    await screen.findByRole('textbox', { name: '6-digit code' });
    expect(wire.requests[0]!.body).toMatchObject({ ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeResponses: { USERNAME: 'ana', ANSWER: 'SOFTWARE_TOKEN_MFA' } });
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(wire.requests.map((request) => [request.body.ChallengeName, request.body.Session])).toEqual([
      ['SELECT_MFA_TYPE', session(1)],
      ['SOFTWARE_TOKEN_MFA', session(2)],
    ]);
  });

  it('MFA_SETUP that also offers email: sets up the authenticator app by default', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    renderSignIn(mfaSetup(['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA']));
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Email' })).not.toBeInTheDocument();
  });

  it('MFA_SETUP that also offers email, with the choice left to the user: email goes to the app, the app’s to the wizard', async () => {
    const { user, onStep, root } = renderSignIn(mfaSetup(['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA']), { mfaSetupChoice: 'user' });
    const choices = await screen.findByRole('group', { name: 'Set up two-step verification' });
    expect(within(choices).getAllByRole('button').map((button) => button.textContent)).toEqual(['Authenticator app', 'Email']);
    await expectNoAxeViolations(root());
    await user.click(screen.getByRole('button', { name: 'Email' }));
    expect(onStep).toHaveBeenCalledExactlyOnceWith({ name: 'MFA_SETUP', session: session(1), parameters: expect.any(Object), username: 'ana' }, { method: 'EMAIL_OTP' });
    expect(root()).toHaveAttribute('data-state', 'handed-over');
    expect(root()).toHaveTextContent('');
    expect(wire.requests).toEqual([]);
  });

  it('MFA_SETUP, the user chooses the authenticator app: the wizard, with focus on its heading', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    const { user } = renderSignIn(mfaSetup(['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA']), { mfaSetupChoice: 'user' });
    await user.click(await screen.findByRole('button', { name: 'Authenticator app' }));
    await screen.findByRole('img', { name: /QR code/ });
    expect(screen.getByRole('heading', { name: 'Set up an authenticator app' })).toHaveFocus();
  });

  it.each([
    ['NEW_PASSWORD_REQUIRED', { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: session(1), ChallengeParameters: { requiredAttributes: '[]' } }],
    ['SMS_MFA', { ChallengeName: 'SMS_MFA', Session: session(1), ChallengeParameters: {} }],
    ['a custom challenge', { ChallengeName: 'CUSTOM_CHALLENGE', Session: session(1), ChallengeParameters: { question: 'colour?' } }],
    ['MFA_SETUP offering email alone', mfaSetup(['EMAIL_OTP'])],
    ['SELECT_MFA_TYPE without the authenticator', { ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' } }],
  ] satisfies Array<[string, CognitoAuthAnswer]>)('%s: goes to onStep with the challenge and its session, and nothing is shown', async (_name, answer) => {
    const { onStep, onSignedIn, root } = renderSignIn(answer);
    await waitFor(() => expect(onStep).toHaveBeenCalledOnce());
    expect(onStep).toHaveBeenCalledWith({ name: answer.ChallengeName, session: session(1), parameters: answer.ChallengeParameters, username: 'ana' }, {});
    expect(root()).toHaveAttribute('data-state', 'handed-over');
    expect(root()).toHaveTextContent('');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(wire.requests).toEqual([]);
  });

  it('tokens in the first answer: signed in at once', async () => {
    const { onSignedIn } = renderSignIn({ AuthenticationResult: tokens });
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith({ authenticationResult: expect.objectContaining({ accessToken: 'access.jwt' }) }, {}));
  });

  it('whatever Cognito answers after enrollment: a further challenge goes to onStep with its new session', async () => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: fixedSecret, Session: session(2) }));
    wire.reply('VerifySoftwareToken', json({ Status: 'SUCCESS', Session: session(3) }));
    wire.reply('RespondToAuthChallenge', json({ ChallengeName: 'CUSTOM_CHALLENGE', Session: session(4), ChallengeParameters: {} }));
    const { user, onStep, onSignedIn, root } = renderSignIn(mfaSetup());
    await screen.findByRole('img', { name: /QR code/ });
    await user.type(codeField(), '123456');
    await waitFor(() => expect(onStep).toHaveBeenCalledWith(expect.objectContaining({ name: 'CUSTOM_CHALLENGE', session: session(4) }), {}));
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(root()).toHaveAttribute('data-state', 'handed-over');
  });

  it('an expired sign-in session: onError with action "sign-in", and the screen says so with no dead button', async () => {
    wire.reply('RespondToAuthChallenge', cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    const { user, onError } = renderSignIn(codeChallenge());
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), '123456');
    await findAlert(/Sign in again/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'session-expired', action: 'sign-in' }));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('a malformed first answer: only a new sign-in helps, so onError says "sign-in" and nothing is offered to press', async () => {
    const { onError, root } = renderSignIn({ Session: session(1) });
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'unknown', action: 'sign-in' })));
    expect(root()).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('alert')).toHaveTextContent(/Sign in again/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('SELECT_MFA_TYPE lost on the network: "Try again" answers it again, then the code screen', async () => {
    wire.reply('RespondToAuthChallenge', () => Response.error(), json(codeChallenge(2)));
    const { user, onError, container } = renderSignIn({ ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeParameters: { MFAS_CAN_CHOOSE: '["SOFTWARE_TOKEN_MFA"]' } });
    await findAlert(/couldn’t reach/);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network', action: 'retry' }));
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Two-step verification' })).toHaveFocus();
    expect(wire.requests.map((request) => request.body.ChallengeName)).toEqual(['SELECT_MFA_TYPE', 'SELECT_MFA_TYPE']);
  });

  it('keeps the tokens out of the state its hook returns, in a layout of its parts', async () => {
    wire.reply('RespondToAuthChallenge', json({ AuthenticationResult: tokens }));
    let api: TotpSignInApi | undefined;
    const onSignedIn = vi.fn();
    const answerSteps = steps(codeChallenge());
    function MySignIn() {
      api = useTotpSignIn({ steps: answerSteps, issuer: 'Acme', accountName: 'ana', onSignedIn });
      return (
        <TotpSignInParts.Root signIn={api} className="card">
          <TotpSignInParts.StatusMessage />
          <TotpSignInParts.Screen headingLevel={3} />
          <TotpSignInParts.ErrorMessage />
        </TotpSignInParts.Root>
      );
    }
    const user = userEvent.setup();
    render(<MySignIn />);
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(api!.status).toBe('signed-in');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Two-step verification');
    expect(JSON.stringify(api!.state)).not.toContain('access.jwt');
  });
});

describe('<TotpSignIn> as apps render it', () => {
  it('steps built inline in a re-rendering parent, under StrictMode: one request per step, nothing lost', async () => {
    wire.reply('RespondToAuthChallenge', json(codeChallenge(2)), json({ AuthenticationResult: tokens }));
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    const answer: CognitoAuthAnswer = { ChallengeName: 'SELECT_MFA_TYPE', Session: session(1), ChallengeParameters: { MFAS_CAN_CHOOSE: '["SOFTWARE_TOKEN_MFA"]' } };
    render(
      <StrictMode>
        <RerenderingParent>{() => <TotpSignIn steps={steps(answer)} issuer="Acme" accountName="ana" onSignedIn={onSignedIn} />}</RerenderingParent>
      </StrictMode>,
    );
    await user.type(await screen.findByRole('textbox', { name: '6-digit code' }), '123456');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(wire.operations()).toEqual(['RespondToAuthChallenge', 'RespondToAuthChallenge']);
  });

  it('steps built inline after a failure, with a parent that re-renders on each error: tried once more, then still (no loop)', async () => {
    let starts = 0;
    const failing = (): TotpSignInSteps => ({
      start: async () => {
        starts += 1;
        throw Object.assign(new Error('Cognito did not answer'), { name: 'NetworkError' });
      },
      next: () => ({ type: 'handover', handover: null }),
    });
    function Page() {
      const [errors, setErrors] = useState(0);
      return (
        <>
          <p>Errors: {errors}</p>
          <TotpSignIn steps={failing()} issuer="Acme" accountName="ana" onError={() => setErrors((n) => n + 1)} />
        </>
      );
    }
    render(<Page />);
    await screen.findByText('Errors: 2');
    await findAlert(/Sign in again/);
    expect(starts).toBe(2);
  });
});
