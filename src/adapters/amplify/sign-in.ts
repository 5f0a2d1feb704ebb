import { confirmSignIn } from 'aws-amplify/auth';
import type { TotpSetupAdapter } from '../../core/adapter.js';
import { createNamedError } from '../../core/named-error.js';
import { createAmplifyCaller } from './call.js';
import { createSessionClock, expectStep, type AmplifySessionOptions, type AmplifySignInStep } from './next-step.js';

const totpSetup = 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP';
const setupSelection = 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION';

/**
 * Enrollment inside an Amplify JS v6 sign-in, when the pool requires MFA and the user has none:
 * built from the `nextStep` of `signIn`/`confirmSignIn`.
 *
 * - `CONTINUE_SIGN_IN_WITH_TOTP_SETUP`: Amplify already called AssociateSoftwareToken; the secret
 *   is its `totpSetupDetails.sharedSecret`.
 * - `CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION` (the pool offers email too): the adapter chooses TOTP
 *   (`confirmSignIn({ challengeResponse: 'TOTP' })`) and shows the secret that answer carries.
 *
 * Verify is `confirmSignIn({ challengeResponse: code, options: { friendlyDeviceName } })`; Amplify
 * then finishes the challenge and stores the tokens. `onVerified` gets Amplify's next step in
 * `nextStep`: `{ signInStep: 'DONE' }`, or a further step for the app.
 */
export function createAmplifySignInAdapter(nextStep: AmplifySignInStep, options: AmplifySessionOptions = {}): TotpSetupAdapter {
  expectStep('createAmplifySignInAdapter', nextStep, [totpSetup, setupSelection]);
  if (nextStep.signInStep === setupSelection ? !nextStep.allowedMFATypes?.includes('TOTP') : !nextStep.totpSetupDetails) {
    throw new TypeError('createAmplifySignInAdapter: this step offers no TOTP set-up');
  }
  const call = createAmplifyCaller();
  const clock = createSessionClock(options);
  let secretCode = nextStep.totpSetupDetails?.sharedSecret;

  return {
    getSessionExpiry: clock.get,

    async associateSoftwareToken({ signal }) {
      if (secretCode === undefined) {
        const chosen = await call('choose TOTP', signal, () => confirmSignIn({ challengeResponse: 'TOTP' }));
        if (chosen.nextStep.signInStep !== totpSetup) {
          throw createNamedError('UnexpectedSignInStep', `Choosing TOTP led to ${chosen.nextStep.signInStep}`);
        }
        secretCode = chosen.nextStep.totpSetupDetails.sharedSecret;
        clock.renew();
      }
      return { secretCode };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }) {
      const output = await call(`verify ${userCode} ${friendlyDeviceName}`, signal, () =>
        confirmSignIn({ challengeResponse: userCode, options: { friendlyDeviceName } }),
      );
      return { status: 'SUCCESS', nextStep: output.nextStep };
    },
  };
}
