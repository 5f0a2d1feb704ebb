import { fetchMFAPreference, setUpTOTP, updateMFAPreference, verifyTOTPSetup } from 'aws-amplify/auth';
import type { TotpSettingsAdapter } from '../../core/adapter.js';
import { createFinalStep } from '../../core/final-step.js';
import { createAmplifyCaller } from './call.js';

export interface AmplifyAdapterOptions {
  /** After a successful verify, make TOTP the preferred MFA (`updateMFAPreference`). Default true. */
  setPreferredMfa?: boolean;
}

/**
 * For a user signed in through Amplify JS v6 (a settings page): `setUpTOTP()` for the secret,
 * `verifyTOTPSetup()` for the code, then `updateMFAPreference({ totp: 'PREFERRED' })`; for
 * `<TotpSettings>`, `fetchMFAPreference()` and `updateMFAPreference({ totp: 'DISABLED' })`. Amplify
 * reads its own tokens; a signed-out user is told to sign in again.
 */
export function createAmplifyAdapter({ setPreferredMfa = true }: AmplifyAdapterOptions = {}): TotpSettingsAdapter {
  const call = createAmplifyCaller();
  const setTotpEnabled = (enabled: boolean, { signal }: { signal: AbortSignal }) =>
    call(`preference ${enabled}`, signal, () => updateMFAPreference({ totp: enabled ? 'PREFERRED' : 'DISABLED' }));
  const setPreference = createFinalStep((signal) => setTotpEnabled(true, { signal }));
  return {
    setTotpEnabled,

    async getMfaState({ signal }) {
      const { enabled, preferred } = await call('read', signal, () => fetchMFAPreference());
      return { totpEnabled: enabled?.includes('TOTP') ?? false, totpPreferred: preferred === 'TOTP' };
    },

    async associateSoftwareToken({ signal }) {
      setPreference.reset();
      const { sharedSecret } = await call('associate', signal, () => setUpTOTP());
      return { secretCode: sharedSecret };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }) {
      if (!setPreference.pending) {
        // Amplify reads no Status: a wrong code rejects (EnableSoftwareTokenMFAException or CodeMismatchException).
        await call(`verify ${userCode} ${friendlyDeviceName}`, signal, () =>
          // An undefined name is left out of the request, as Cognito wants when there is none.
          verifyTOTPSetup({ code: userCode, options: { friendlyDeviceName } }),
        );
        if (!setPreferredMfa) return { status: 'SUCCESS' };
      }
      await setPreference.run(signal);
      return { status: 'SUCCESS' };
    },
  };
}
