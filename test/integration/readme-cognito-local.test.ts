// The README's way to run an app against cognito-local: its seed script, as written, prepares a pool
// on a running emulator, and the fetch adapters pointed at it with `endpoint` enroll a signed-in user
// and answer the code at that user's next sign-in.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../scripts/temp-dir.mjs';
import { createCognitoAdapter, createCognitoChallengeAdapter, initiatePasswordAuth } from '../../src/adapters/cognito/index.js';
import { useCognitoLocal } from '../support/cognito-local-lifecycle.js';
import { readmeFile } from '../support/readme.js';
import { runOrThrow } from '../support/run.js';
import { totpCode } from '../support/totp.js';

const emulator = useCognitoLocal();
const signal = () => new AbortController().signal;

describe('the README’s cognito-local recipe', () => {
  it('seeds a pool with the README’s script, then enrolls and signs in through the endpoint option', async () => {
    const { endpoint } = emulator();
    const script = join(makeTempDir('readme-seed'), 'seed-cognito-local.mjs');
    writeFileSync(script, readmeFile('seed-cognito-local.mjs'));
    const printed = await runOrThrow(process.execPath, [script], { cwd: join(script, '..'), env: { COGNITO_ENDPOINT: endpoint } });
    expect(printed).toContain(`VITE_COGNITO_ENDPOINT=${endpoint}`);
    const clientId = /VITE_COGNITO_CLIENT_ID=(\S+)/.exec(printed)![1]!;

    // The module's passwordSignIn, with the endpoint and client id the seed printed.
    const signIn = () => initiatePasswordAuth({ endpoint, clientId, username: 'ana', password: 'Dev-password-1' });
    const first = await signIn();
    const settings = createCognitoAdapter({ endpoint, accessToken: first.AuthenticationResult!.AccessToken! });
    const { secretCode } = await settings.associateSoftwareToken({ signal: signal() });
    const enrolledAt = Date.now();
    await expect(settings.verifySoftwareToken({ userCode: totpCode(secretCode, enrolledAt), friendlyDeviceName: 'Dev phone' }, { signal: signal() }))
      .resolves.toEqual({ status: 'SUCCESS' });

    const next = await signIn();
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const challenge = createCognitoChallengeAdapter({ endpoint, clientId, username: 'ana', session: next.Session!, challengeParameters: next.ChallengeParameters! });
    const result = await challenge.respondToSoftwareTokenMfa({ userCode: totpCode(secretCode, enrolledAt + 30_000) }, { signal: signal() });
    expect(result.authenticationResult?.accessToken).toEqual(expect.any(String));
  });
});
