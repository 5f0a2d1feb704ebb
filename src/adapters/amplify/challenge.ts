import { confirmSignIn } from 'aws-amplify/auth';
import type { TotpChallengeAdapter } from '../../core/adapter.js';
import { createAmplifyCaller } from './call.js';
import { createSessionClock, expectStep, type AmplifySessionOptions, type AmplifySignInStep } from './next-step.js';

export interface AmplifyChallengeOptions extends AmplifySessionOptions {
  /**
   * The authenticator's name, for the instructions. Amplify does not pass on the FRIENDLY_DEVICE_NAME
   * Cognito sends with the challenge; an app that kept the name from enrollment can give it here.
   */
  friendlyDeviceName?: string;
}

/**
 * The code at sign-in for an Amplify JS v6 app: built from the `nextStep` whose `signInStep` is
 * `CONFIRM_SIGN_IN_WITH_TOTP_CODE`, answered with `confirmSignIn({ challengeResponse: code })`.
 * Amplify keeps the session, so a wrong code can be followed by the next one. `onSignedIn` gets
 * Amplify's next step in `nextStep` (`DONE`: the tokens are stored; read them with `fetchAuthSession()`).
 */
export function createAmplifyChallengeAdapter(nextStep: AmplifySignInStep, options: AmplifyChallengeOptions = {}): TotpChallengeAdapter {
  expectStep('createAmplifyChallengeAdapter', nextStep, ['CONFIRM_SIGN_IN_WITH_TOTP_CODE']);
  const call = createAmplifyCaller();
  const clock = createSessionClock(options);
  const { friendlyDeviceName } = options;
  return {
    ...(friendlyDeviceName ? { friendlyDeviceName } : {}),
    getSessionExpiry: clock.get,
    async respondToSoftwareTokenMfa({ userCode }, { signal }) {
      const output = await call(`respond ${userCode}`, signal, () => confirmSignIn({ challengeResponse: userCode }));
      return { nextStep: output.nextStep };
    },
  };
}
