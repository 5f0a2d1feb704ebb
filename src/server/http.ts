import { classifyError } from '../core/index.js';

/**
 * The header the kit's browser adapters send with every request. A cross-origin page can only send
 * it after a CORS preflight, which these handlers never grant, so together with the Origin check it
 * keeps other sites from driving a signed-in user's MFA.
 */
export const REQUEST_HEADER = 'x-mfa-enroll';

// Work on the server is not cancelled when the browser goes away: a code Cognito accepted must be
// recorded, or the next attempt would send it again.
export const noAbort = new AbortController().signal;

/** Bad input, refused before anything reaches Cognito. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    name: string,
    message: string,
  ) {
    super(message);
    this.name = name;
  }
}

/**
 * Only the app's own pages: the kit's header, and an Origin among `allowedOrigins` (default: the
 * request's own). Without an Origin, the browser's `Sec-Fetch-Site` must say same-origin.
 */
export function assertSameOrigin(request: Request, allowedOrigins: readonly string[] | undefined): void {
  if (request.headers.get(REQUEST_HEADER) !== '1') {
    throw new RequestError(403, 'ForbiddenException', `Refused: the request lacks the ${REQUEST_HEADER} header the kit's adapters send`);
  }
  const origin = request.headers.get('origin');
  const allowed = allowedOrigins ?? [new URL(request.url).origin];
  const sameOrigin = origin !== null ? allowed.includes(origin) : request.headers.get('sec-fetch-site') === 'same-origin';
  if (!sameOrigin) throw new RequestError(403, 'ForbiddenException', 'Refused: the request does not come from this site');
}

/** The JSON object body, at most `maxBytes` long, or a RequestError saying what is wrong. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new RequestError(415, 'UnsupportedMediaTypeError', 'Send the body as application/json');
  }
  const tooLarge = () => new RequestError(413, 'PayloadTooLargeError', `The body is over ${maxBytes} bytes`);
  if (Number(request.headers.get('content-length')) > maxBytes) throw tooLarge();
  // Content-Length may be absent (chunked) or wrong: count what actually arrives.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(concat(chunks, size)));
  } catch {
    throw new RequestError(400, 'BadRequestError', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RequestError(400, 'BadRequestError', 'The body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The app's own code (its token getter, its callback, its store) failed: the browser hears a bare
 * 500, since the message may hold what it must not see; the app hears the cause through `onError`.
 */
export class ServerFault extends Error {
  constructor(cause: unknown) {
    super('The server could not complete the request', { cause });
    this.name = 'InternalServerError';
  }
}

/** Runs the app's code, turning whatever it throws into a ServerFault. */
export async function appCode<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    throw new ServerFault(cause);
  }
}

export function jsonResponse(status: number, body: unknown, headers: Headers): Response {
  headers.set('Content-Type', 'application/json');
  // Answers carry a user's secret or MFA state: no cache may keep them.
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

const statusForKind: Record<string, number> = {
  'wrong-code': 400,
  'session-expired': 401,
  'signed-out': 401,
  'rate-limited': 429,
  blocked: 403,
  network: 502,
  configuration: 500,
  'totp-not-enabled': 500,
};

/**
 * What the browser hears when a call failed: `{ error: { name, message, kind, action } }`. For a
 * Cognito answer `name` is the exception's, so the browser adapter rejects as the other adapters do,
 * and `kind` / `action` are `classifyError`'s.
 */
export function errorResponse(error: unknown, headers: Headers): Response {
  const { name, message, kind, action } = classifyError(error);
  const status = error instanceof RequestError ? error.status
    : error instanceof ServerFault ? 500
    : name === 'TimeoutError' ? 504
    : name === 'MalformedResponseError' ? 502
    // A code already used (or outside its window): the request's fault, whatever the session's state.
    : name === 'ExpiredCodeException' ? 400
    : statusForKind[kind] ?? 400;
  return jsonResponse(status, { error: { name, message, kind, action } }, headers);
}
