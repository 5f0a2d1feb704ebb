import { createNamedError } from '../../core/named-error.js';

export type Operation =
  | 'InitiateAuth'
  | 'AssociateSoftwareToken'
  | 'VerifySoftwareToken'
  | 'RespondToAuthChallenge'
  | 'SetUserMFAPreference'
  | 'GetUser';

export interface TransportOptions {
  endpoint: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** `prefix#Name` and `Name:detail` both come back; the exception name is what's left. */
function exceptionName(body: unknown, response: Response): string | null {
  const type = typeof body === 'object' && body !== null ? (body as { __type?: unknown }).__type : undefined;
  if (typeof type === 'string' && type !== '') return type.split('#').pop()!;
  // Some proxies strip the body and keep only this header.
  const header = response.headers.get('x-amzn-errortype');
  if (header) return header.split(':')[0]!.split('#').pop()!;
  return null;
}

function exceptionMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const { message, Message } = body as { message?: unknown; Message?: unknown };
  return typeof message === 'string' ? message : typeof Message === 'string' ? Message : '';
}

/** What an HTTP status means when the body names no exception. */
function nameForStatus(status: number): string {
  if (status === 429) return 'TooManyRequestsException';
  if (status === 403) return 'ForbiddenException';
  if (status >= 500) return 'InternalErrorException';
  return 'UnknownError';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One call of the Cognito JSON protocol. These operations are authorised by the AccessToken or
 * Session in the body, not by SigV4, so a browser may send them directly. Rejects with an Error named
 * after the Cognito exception, or `NetworkError`, `TimeoutError`, `AbortError`, `MalformedResponseError`.
 * Nothing here logs: bodies carry secrets, codes, tokens and sessions.
 */
export async function callCognito<T>(
  { endpoint, fetch: fetchImpl, timeoutMs }: TransportOptions,
  operation: Operation,
  body: Record<string, unknown>,
  signal: AbortSignal,
): Promise<T> {
  if (signal.aborted) throw createNamedError('AbortError', 'The request was aborted');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  // Why fetch or reading the body threw: our timeout, the caller's abort, or the network.
  const failure = (cause: unknown, network: string) =>
    timedOut ? createNamedError('TimeoutError', `${operation} took longer than ${timeoutMs} ms`, cause)
      : signal.aborted ? createNamedError('AbortError', 'The request was aborted', cause)
      : createNamedError('NetworkError', `${operation}: ${network}`, cause);
  // Removed in `finally`, whatever happens.
  signal.addEventListener('abort', forwardAbort);

  try {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (cause) {
      throw failure(cause, 'could not reach Cognito');
    }

    let parsed: unknown;
    try {
      parsed = await readJson(response);
    } catch (cause) {
      throw failure(cause, 'the response was cut off');
    }

    if (!response.ok) {
      const name = exceptionName(parsed, response) ?? nameForStatus(response.status);
      throw createNamedError(name, exceptionMessage(parsed) || `${operation} failed with HTTP ${response.status}`);
    }
    if (typeof parsed !== 'object' || parsed === null) {
      throw createNamedError('MalformedResponseError', `${operation} answered with a body that is not a JSON object`);
    }
    return parsed as T;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}

/** Reads a string field of a response, or rejects the response as malformed. */
export function requireString(body: Record<string, unknown>, field: string, operation: Operation): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw createNamedError('MalformedResponseError', `${operation} answered without ${field}`);
  }
  return value;
}
