import { DEFAULT_SESSION_VALIDITY_MS, type TotpSetupAdapter, type VerifySoftwareTokenResult } from '../../core/adapter.js';
import { createFinalStep } from '../../core/final-step.js';
import { createTransport } from './common.js';
import { respondToChallenge, type SignInSessionOptions } from './respond.js';
import { callCognito, requireString } from './transport.js';

/** The MFA_SETUP challenge's session, user and app client. */
export type CognitoSignInOptions = SignInSessionOptions;

/**
 * A dependency-free client of the Cognito JSON protocol over fetch, for enrollment inside sign-in:
 * the MFA_SETUP challenge. It forwards the newest Session on every call, finishes the challenge
 * (RespondToAuthChallenge) and returns the tokens, or a further challenge, to `onVerified`.
 */
export function createCognitoSignInAdapter(options: CognitoSignInOptions): TotpSetupAdapter {
  const transport = createTransport(options, 'createCognitoSignInAdapter');
  const { sessionValidityMs = DEFAULT_SESSION_VALIDITY_MS } = options;
  // Cognito rejects any but the newest session, so every response's Session replaces it; each new
  // session starts its own validity period.
  let session = options.session;
  let sessionExpiry = (options.sessionIssuedAt ?? Date.now()) + sessionValidityMs;
  const renew = (next: string) => {
    session = next;
    sessionExpiry = Date.now() + sessionValidityMs;
  };
  const adopt = (body: Record<string, unknown>, operation: 'AssociateSoftwareToken' | 'VerifySoftwareToken') => {
    renew(requireString(body, 'Session', operation));
  };

  const respond = createFinalStep(async (signal): Promise<VerifySoftwareTokenResult> => ({
    status: 'SUCCESS',
    ...(await respondToChallenge(transport, options, 'MFA_SETUP', session, {}, signal)),
  }));

  return {
    getSessionExpiry: () => sessionExpiry,

    async associateSoftwareToken({ signal }) {
      const body = await callCognito<Record<string, unknown>>(transport, 'AssociateSoftwareToken', { Session: session }, signal);
      const secretCode = requireString(body, 'SecretCode', 'AssociateSoftwareToken');
      adopt(body, 'AssociateSoftwareToken');
      respond.reset();
      return { secretCode };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }) {
      if (respond.pending) return respond.run(signal);
      const body = await callCognito<Record<string, unknown>>(transport, 'VerifySoftwareToken', {
        Session: session,
        UserCode: userCode,
        // JSON leaves an undefined name out, as Cognito wants when there is none.
        FriendlyDeviceName: friendlyDeviceName,
      }, signal);
      if (body.Status !== 'SUCCESS') {
        if (typeof body.Session === 'string' && body.Session !== '') renew(body.Session);
        return { status: 'ERROR' };
      }
      adopt(body, 'VerifySoftwareToken');
      return respond.run(signal);
    },
  };
}
