import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CognitoLocal } from '../../scripts/cognito-local.js';

const amzJson = 'application/x-amz-json-1.1';

interface Answer {
  status: number;
  body: unknown;
}

interface Bridge {
  /** The secret cognito-local issued, which the client was given. */
  secretCode(): string;
  /** The operations played through the bridge, in order. */
  operations: string[];
}

/**
 * Cognito's MFA_SETUP path, which cognito-local lacks, played for one user and carried out on
 * cognito-local with that user's access token: the sign-in answers the MFA_SETUP challenge (the
 * password is checked by cognito-local), AssociateSoftwareToken and VerifySoftwareToken with the
 * Session run the emulator's real secret and real TOTP check, and RespondToAuthChallenge turns TOTP on,
 * as Cognito does, and hands over the emulator's tokens. Each Session is checked against the last one
 * issued, as Cognito does. `answer` gives undefined for every request that is not part of it (and
 * for everything once the challenge is answered): those go to cognito-local as they are.
 */
function playMfaSetup(cognito: CognitoLocal, username: string) {
  let accessToken = '';
  let tokens: unknown;
  let secretCode = '';
  let issued = 0;
  let enrolled = false;
  const operations: string[] = [];
  const session = (n: number) => `bridge-session-${n}-${'x'.repeat(40)}`;
  const call = async (operation: string, body: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(cognito.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': amzJson, 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  async function answer(operation: string, body: Record<string, any>): Promise<Answer | undefined> {
    const ours = !enrolled && (operation === 'InitiateAuth' ? body.AuthParameters?.USERNAME === username : issued > 0 && 'Session' in body);
    if (!ours) return undefined;
    operations.push(operation);
    if (operation !== 'InitiateAuth' && body.Session !== session(issued)) {
      return { status: 400, body: { __type: 'NotAuthorizedException', message: 'Invalid session for the user.' } };
    }
    switch (operation) {
      case 'InitiateAuth': {
        const signedIn = await call('InitiateAuth', body);
        if (signedIn.status !== 200) return signedIn;
        tokens = signedIn.body.AuthenticationResult;
        accessToken = (tokens as { AccessToken: string }).AccessToken;
        issued = 1;
        return { status: 200, body: { ChallengeName: 'MFA_SETUP', Session: session(1), ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } } };
      }
      case 'AssociateSoftwareToken': {
        const associated = await call('AssociateSoftwareToken', { AccessToken: accessToken });
        secretCode = String(associated.body.SecretCode);
        issued += 1;
        return { status: 200, body: { SecretCode: secretCode, Session: session(issued) } };
      }
      case 'VerifySoftwareToken': {
        expect(body).toEqual({ Session: session(issued), UserCode: expect.stringMatching(/^\d{6}$/), FriendlyDeviceName: expect.any(String) });
        const verified = await call('VerifySoftwareToken', { AccessToken: accessToken, UserCode: body.UserCode, FriendlyDeviceName: body.FriendlyDeviceName });
        if (verified.status !== 200) return verified;
        issued += 1;
        return { status: 200, body: { Status: 'SUCCESS', Session: session(issued) } };
      }
      case 'RespondToAuthChallenge': {
        expect(body).toMatchObject({ ChallengeName: 'MFA_SETUP', ChallengeResponses: { USERNAME: username } });
        await call('SetUserMFAPreference', { AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
        issued = 0;
        enrolled = true;
        return { status: 200, body: { AuthenticationResult: tokens, ChallengeParameters: {} } };
      }
      default:
        return { status: 400, body: { __type: 'InvalidParameterException', message: `${operation} is not part of MFA_SETUP` } };
    }
  }

  return { answer, secretCode: () => secretCode, operations };
}

const operationOf = (target: string | null | undefined) => (target ?? '').replace('AWSCognitoIdentityProviderService.', '');

/** The MFA_SETUP path for `username`, played at the page's network boundary (for clients in the browser). */
export async function bridgeMfaSetup(page: Page, cognito: CognitoLocal, username: string): Promise<Bridge> {
  const play = playMfaSetup(cognito, username);
  await page.route(cognito.endpoint, async (route) => {
    const answer = await play.answer(operationOf(route.request().headers()['x-amz-target']), JSON.parse(route.request().postData() ?? '{}'));
    if (!answer) return route.continue();
    return route.fulfill({ status: answer.status, contentType: amzJson, body: JSON.stringify(answer.body) });
  });
  return { secretCode: play.secretCode, operations: play.operations };
}

/** Every token and Session in an answer, so a test can look for them where they must not be. */
function credentialsIn(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { Session, AuthenticationResult } = body as { Session?: unknown; AuthenticationResult?: Record<string, unknown> };
  const found = [Session, AuthenticationResult?.AccessToken, AuthenticationResult?.IdToken, AuthenticationResult?.RefreshToken];
  return found.filter((value): value is string => typeof value === 'string' && value !== '');
}

/**
 * The MFA_SETUP path for `username` as an HTTP endpoint in front of cognito-local on a free loopback
 * port (for a server that calls Cognito itself); every other request is passed on to the emulator.
 * `credentials` collects every token and Session the server was given through it.
 */
export async function startMfaSetupEndpoint(
  cognito: CognitoLocal,
  username: string,
): Promise<Bridge & { endpoint: string; credentials: Set<string>; close(): Promise<void> }> {
  const play = playMfaSetup(cognito, username);
  const credentials = new Set<string>();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const target = request.headers['x-amz-target'];
    let answer: Answer | undefined;
    try {
      answer = await play.answer(operationOf(Array.isArray(target) ? target[0] : target), JSON.parse(raw || '{}'));
    } catch (error) {
      // A request that breaks the protocol fails the test that caused it, loudly, at the client too.
      answer = { status: 500, body: { __type: 'BridgeAssertionError', message: String(error) } };
    }
    if (!answer) {
      const passed = await fetch(cognito.endpoint, { method: 'POST', headers: { 'Content-Type': amzJson, 'X-Amz-Target': String(target) }, body: raw });
      answer = { status: passed.status, body: await passed.json() };
    }
    for (const credential of credentialsIn(answer.body)) credentials.add(credential);
    response.writeHead(answer.status, { 'Content-Type': amzJson }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the MFA_SETUP endpoint has no port');
  return {
    endpoint: `http://127.0.0.1:${address.port}/`,
    secretCode: play.secretCode,
    operations: play.operations,
    credentials,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
