import { confirmSignIn } from 'aws-amplify/auth';
import type { SignInResult } from '../../core/adapter.js';
import type { TotpSignInStep, TotpSignInSteps } from '../../core/totp-sign-in.types.js';
import { createAmplifyCaller } from './call.js';
import { createAmplifyChallengeAdapter } from './challenge.js';
import type { AmplifySessionOptions, AmplifySignInStep } from './next-step.js';
import { createAmplifySignInAdapter } from './sign-in.js';

/** A step the kit does not handle, for the app to answer with `confirmSignIn`. */
export interface AmplifyHandover {
  nextStep: AmplifySignInStep;
}

/**
 * The sign-in steps for `<TotpSignIn>` in an Amplify JS v6 app, from the `nextStep` of `signIn` (or
 * `confirmSignIn`): TOTP set-up (also when email is offered beside it), the TOTP code, MFA selection
 * answered with TOTP, and `DONE`; any other step (a new password, SMS or email codes, a custom
 * challenge) goes to the app. Amplify keeps the session and the tokens itself.
 */
export function createAmplifySignInSteps(nextStep: AmplifySignInStep, options: AmplifySessionOptions = {}): TotpSignInSteps<AmplifyHandover> {
  const call = createAmplifyCaller();

  function fromStep(step: AmplifySignInStep): TotpSignInStep<AmplifyHandover> {
    const handover: AmplifyHandover = { nextStep: step };
    // The other factors offered, in Amplify's names (EMAIL), as `confirmSignIn` takes them.
    const others = step.allowedMFATypes?.filter((type) => type !== 'TOTP') ?? [];
    const offersTotp = step.allowedMFATypes?.includes('TOTP') ?? false;
    switch (step.signInStep) {
      case 'DONE':
        return { type: 'signed-in', result: { nextStep: step } };
      case 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP':
        return { type: 'setup', adapter: createAmplifySignInAdapter(step, options), alternatives: [], handover };
      case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION':
        return offersTotp ? { type: 'setup', adapter: createAmplifySignInAdapter(step, options), alternatives: others, handover } : { type: 'handover', handover };
      case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
        return { type: 'code', adapter: createAmplifyChallengeAdapter(step, options), handover };
      case 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION':
        if (!offersTotp) return { type: 'handover', handover };
        return {
          type: 'select',
          handover,
          chooseAuthenticator: async ({ signal }) => fromStep((await call('select TOTP', signal, () => confirmSignIn({ challengeResponse: 'TOTP' }))).nextStep),
        };
      default:
        return { type: 'handover', handover };
    }
  }

  return {
    start: async () => fromStep(nextStep),
    next: (result: SignInResult) => (result.nextStep ? fromStep(result.nextStep as AmplifySignInStep) : { type: 'signed-in', result }),
  };
}
