import { createTransport, type CommonOptions } from './common.js';
import type { CognitoAuthAnswer } from './respond.js';
import { computeSecretHash } from './secret-hash.js';
import { callCognito } from './transport.js';

/** Where Cognito is, the app client, and the credentials the user typed (never stored or logged). */
export interface CognitoPasswordAuthOptions extends CommonOptions {
  clientId: string;
  /** Only for app clients with a secret (never in a public browser app): SECRET_HASH is sent. */
  clientSecret?: string;
  username: string;
  password: string;
  /** Cancels the call: it rejects with `AbortError`. */
  signal?: AbortSignal;
}

/**
 * The app's password step over fetch: InitiateAuth with USER_PASSWORD_AUTH (the app client must allow
 * ALLOW_USER_PASSWORD_AUTH; for SRP use a client library). Its answer, as Cognito sent it, is what
 * `createCognitoSignInSteps` takes. A refusal rejects like every call of these adapters, with an Error
 * named after Cognito's exception and carrying its message (`NotAuthorizedException`, "Incorrect
 * username or password."), or `NetworkError`, `TimeoutError`, `AbortError`.
 */
export async function initiatePasswordAuth(options: CognitoPasswordAuthOptions): Promise<CognitoAuthAnswer> {
  const { clientId, clientSecret, username, password, signal = new AbortController().signal } = options;
  const transport = createTransport(options, 'initiatePasswordAuth');
  const parameters: Record<string, string> = { USERNAME: username, PASSWORD: password };
  if (clientSecret !== undefined) parameters.SECRET_HASH = await computeSecretHash(username, clientId, clientSecret);
  return callCognito<CognitoAuthAnswer>(transport, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: parameters }, signal);
}
