import type { TotpSettingsAdapter } from '../../core/adapter.js';
import { createFinalStep } from '../../core/final-step.js';
import { createTransport, type CommonOptions } from './common.js';
import { callCognito, requireString } from './transport.js';

/** A signed-in user's access token, or where to get the newest one (a refresh happens behind it). */
export type AccessTokenSource = string | (() => string | Promise<string>);

export interface CognitoAccessTokenOptions extends CommonOptions {
  /**
   * A signed-in user's access token, or a function that returns the newest (say, Amplify's
   * `fetchAuthSession` or your own refresh): asked before every call, so a refreshed token is used
   * without a new adapter. A function that fails should reject with an Error named
   * `NotAuthorizedException` when the user is signed out, so the screens say "sign in again".
   */
  accessToken: AccessTokenSource;
  /** After a successful verify, make TOTP the user's preferred MFA (SetUserMFAPreference). Default true. */
  setPreferredMfa?: boolean;
}

/**
 * A dependency-free client of the Cognito JSON protocol over fetch, for a signed-in user (a settings
 * page, `<TotpSetup>` or `<TotpSettings>`): the access token authorises each call. Inside sign-in
 * (MFA_SETUP) use `createCognitoSignInAdapter`, so that a settings page does not carry the sign-in
 * flow's code.
 */
export function createCognitoAdapter(options: CognitoAccessTokenOptions): TotpSettingsAdapter {
  if (!('accessToken' in options)) {
    throw new TypeError('createCognitoAdapter needs an accessToken');
  }
  const transport = createTransport(options, 'createCognitoAdapter');
  const { setPreferredMfa = true } = options;
  const source = options.accessToken;
  const accessToken = async () => (typeof source === 'function' ? source() : source);
  // On means preferred too: the code is what sign-in asks for. Off clears both.
  const setTotpEnabled = async (enabled: boolean, { signal }: { signal: AbortSignal }) => {
    await callCognito(transport, 'SetUserMFAPreference', {
      AccessToken: await accessToken(),
      SoftwareTokenMfaSettings: { Enabled: enabled, PreferredMfa: enabled },
    }, signal);
  };
  const setPreference = createFinalStep((signal) => setTotpEnabled(true, { signal }));

  return {
    setTotpEnabled,

    async getMfaState({ signal }) {
      const user = await callCognito<{ UserMFASettingList?: string[]; PreferredMfaSetting?: string }>(transport, 'GetUser', { AccessToken: await accessToken() }, signal);
      return { totpEnabled: !!user.UserMFASettingList?.includes('SOFTWARE_TOKEN_MFA'), totpPreferred: user.PreferredMfaSetting === 'SOFTWARE_TOKEN_MFA' };
    },

    async associateSoftwareToken({ signal }) {
      setPreference.reset();
      const body = await callCognito<Record<string, unknown>>(transport, 'AssociateSoftwareToken', { AccessToken: await accessToken() }, signal);
      return { secretCode: requireString(body, 'SecretCode', 'AssociateSoftwareToken') };
    },

    async verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }) {
      if (setPreference.pending) {
        await setPreference.run(signal);
        return { status: 'SUCCESS' };
      }
      const body = await callCognito<{ Status?: string }>(transport, 'VerifySoftwareToken', {
        AccessToken: await accessToken(),
        UserCode: userCode,
        // JSON leaves an undefined name out, as Cognito wants when there is none.
        FriendlyDeviceName: friendlyDeviceName,
      }, signal);
      if (body.Status !== 'SUCCESS') return { status: 'ERROR' };
      if (setPreferredMfa) await setPreference.run(signal);
      return { status: 'SUCCESS' };
    },
  };
}
