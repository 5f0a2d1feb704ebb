import type { Page, Route } from 'playwright-core';
import { expect } from 'vitest';
import type { CognitoLocal } from '../../scripts/cognito-local.js';

const amzJson = 'application/x-amz-json-1.1';
const fulfill = (route: Route, status: number, body: unknown) => route.fulfill({ status, contentType: amzJson, body: JSON.stringify(body) });

interface Bridge {
  /** The secret cognito-local issued, which the page was given as Amplify's. */
  secretCode(): string;
  /** The operations the page sent through the bridge, in order. */
  operations: string[];
}

/**
 * Cognito's MFA_SETUP path, which cognito-local lacks, played at the browser's network boundary for
 * one user and carried out on cognito-local with that user's access token: the sign-in answers the
 * MFA_SETUP challenge (the password is checked by cognito-local), AssociateSoftwareToken and
 * VerifySoftwareToken with the Session run the emulator's real secret and real TOTP check, and
 * RespondToAuthChallenge turns TOTP on, as Cognito does, and hands over the emulator's tokens. Each
 * Session is checked against the last one issued, as Cognito does. Every other request goes through.
 */
export async function bridgeMfaSetup(page: Page, cognito: CognitoLocal, username: string): Promise<Bridge> {
  let accessToken = '';
  let tokens: unknown;
  let secretCode = '';
  let issued = 0;
  const operations: string[] = [];
  const session = (n: number) => `bridge-session-${n}-${'x'.repeat(40)}`;
  const call = async (operation: string, body: Record<string, unknown>) => {
    const response = await fetch(cognito.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': amzJson, 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  await page.route(cognito.endpoint, async (route) => {
    const operation = (route.request().headers()['x-amz-target'] ?? '').replace('AWSCognitoIdentityProviderService.', '');
    const body = JSON.parse(route.request().postData() ?? '{}') as Record<string, any>;
    const ours = operation === 'InitiateAuth' ? body.AuthParameters?.USERNAME === username : issued > 0 && 'Session' in body;
    if (!ours) return route.continue();
    operations.push(operation);
    if (operation !== 'InitiateAuth' && body.Session !== session(issued)) {
      return fulfill(route, 400, { __type: 'NotAuthorizedException', message: 'Invalid session for the user.' });
    }
    switch (operation) {
      case 'InitiateAuth': {
        const signedIn = await call('InitiateAuth', body);
        if (signedIn.status !== 200) return fulfill(route, signedIn.status, signedIn.body);
        tokens = signedIn.body.AuthenticationResult;
        accessToken = (tokens as { AccessToken: string }).AccessToken;
        issued = 1;
        return fulfill(route, 200, { ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } });
      }
      case 'AssociateSoftwareToken': {
        const associated = await call('AssociateSoftwareToken', { AccessToken: accessToken });
        secretCode = String(associated.body.SecretCode);
        issued += 1;
        return fulfill(route, 200, { SecretCode: secretCode, Session: session(issued) });
      }
      case 'VerifySoftwareToken': {
        expect(body).toEqual({ Session: session(issued), UserCode: expect.stringMatching(/^\d{6}$/), FriendlyDeviceName: expect.any(String) });
        const verified = await call('VerifySoftwareToken', { AccessToken: accessToken, UserCode: body.UserCode, FriendlyDeviceName: body.FriendlyDeviceName });
        if (verified.status !== 200) return fulfill(route, verified.status, verified.body);
        issued += 1;
        return fulfill(route, 200, { Status: 'SUCCESS', Session: session(issued) });
      }
      case 'RespondToAuthChallenge': {
        expect(body).toMatchObject({ ChallengeName: 'MFA_SETUP', ChallengeResponses: { USERNAME: username } });
        await call('SetUserMFAPreference', { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
        issued = 0;
        return fulfill(route, 200, { AuthenticationResult: tokens, ChallengeParameters: {} });
      }
      default:
        return fulfill(route, 400, { __type: 'InvalidParameterException', message: `${operation} is not part of MFA_SETUP` });
    }
  });
  return { secretCode: () => secretCode, operations };
}
