import { DEFAULT_SESSION_VALIDITY_MS, type TotpChallengeAdapter } from '../../core/adapter.js';
import { createTransport } from './common.js';
import { respondToChallenge, type SignInSessionOptions } from './respond.js';

export interface CognitoChallengeOptions extends SignInSessionOptions {
  /**
   * The ChallengeParameters of the SOFTWARE_TOKEN_MFA challenge: FRIENDLY_DEVICE_NAME, when there,
   * names the device in the instructions.
   */
  challengeParameters?: Record<string, string | undefined>;
}

/**
 * Answers Cognito's SOFTWARE_TOKEN_MFA challenge over fetch (RespondToAuthChallenge with
 * SOFTWARE_TOKEN_MFA_CODE), for every sign-in after enrollment. A wrong code leaves the session as
 * it was, so the user can try the next code; tokens, or a further challenge, come back.
 */
export function createCognitoChallengeAdapter(options: CognitoChallengeOptions): TotpChallengeAdapter {
  const transport = createTransport(options, 'createCognitoChallengeAdapter');
  const sessionExpiry = (options.sessionIssuedAt ?? Date.now()) + (options.sessionValidityMs ?? DEFAULT_SESSION_VALIDITY_MS);
  const friendlyDeviceName = options.challengeParameters?.FRIENDLY_DEVICE_NAME;
  return {
    ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
    getSessionExpiry: () => sessionExpiry,
    respondToSoftwareTokenMfa: ({ userCode }, { signal }) =>
      respondToChallenge(transport, options, 'SOFTWARE_TOKEN_MFA', options.session, { SOFTWARE_TOKEN_MFA_CODE: userCode }, signal),
  };
}
