/** What went wrong, in terms of what the user (or the app) can do about it. */
export const ErrorKind = {
  WrongCode: 'wrong-code',
  /** Sign-in only: the code was already used, or fell out of its window (ExpiredCodeException). */
  CodeUsed: 'code-used',
  SessionExpired: 'session-expired',
  SignedOut: 'signed-out',
  RateLimited: 'rate-limited',
  TotpNotEnabled: 'totp-not-enabled',
  Blocked: 'blocked',
  Network: 'network',
  Configuration: 'configuration',
  /** Settings only: the user pool requires MFA, so the authenticator cannot be turned off. */
  MfaRequired: 'mfa-required',
  Unknown: 'unknown',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

/**
 * The next step that makes sense: `retry` in place, `wait` then retry, `restart` the whole enrollment
 * (a new secret, or a new sign-in session), `sign-in` again, or `none` (only the app can fix it).
 */
export type ErrorAction = 'retry' | 'wait' | 'restart' | 'sign-in' | 'none';

export interface ClassifiedError {
  kind: ErrorKind;
  action: ErrorAction;
  /** True when trying the same step again, in place, can succeed. */
  retryable: boolean;
  /** The exception name as received (`CodeMismatchException`, `NetworkError`, …). */
  name: string;
  /** The backend's own message, for logs; never shown verbatim to users. */
  message: string;
}

/** What every component's `onError` receives; each adds the step that failed where it has several. */
export interface ErrorDetails {
  kind: ErrorKind;
  action: ErrorAction;
  error: ClassifiedError;
}

export function errorDetails(error: ClassifiedError): ErrorDetails {
  return { kind: error.kind, action: error.action, error };
}

interface Rule {
  kind: ErrorKind;
  action: ErrorAction;
}

const wrongCode: Rule = { kind: ErrorKind.WrongCode, action: 'retry' };
const sessionExpired: Rule = { kind: ErrorKind.SessionExpired, action: 'restart' };
const signedOut: Rule = { kind: ErrorKind.SignedOut, action: 'sign-in' };
const rateLimited: Rule = { kind: ErrorKind.RateLimited, action: 'wait' };
const network: Rule = { kind: ErrorKind.Network, action: 'retry' };
const configuration: Rule = { kind: ErrorKind.Configuration, action: 'none' };
const unknown: Rule = { kind: ErrorKind.Unknown, action: 'retry' };

/**
 * Every exception AssociateSoftwareToken, VerifySoftwareToken and RespondToAuthChallenge can raise,
 * plus the names adapters give to transport failures.
 */
const rules: Record<string, Rule> = {
  // Real Cognito answers a wrong enrollment code with EnableSoftwareTokenMFAException; emulators (and
  // sign-in challenges) with CodeMismatchException.
  CodeMismatchException: wrongCode,
  EnableSoftwareTokenMFAException: wrongCode,
  ExpiredCodeException: sessionExpired,
  NotAuthorizedException: signedOut,
  UserNotFoundException: signedOut,
  UserNotConfirmedException: signedOut,
  PasswordResetRequiredException: signedOut,
  TooManyRequestsException: rateLimited,
  LimitExceededException: rateLimited,
  SoftwareTokenMFANotFoundException: { kind: ErrorKind.TotpNotEnabled, action: 'none' },
  ForbiddenException: { kind: ErrorKind.Blocked, action: 'none' },
  InternalErrorException: network,
  NetworkError: network,
  TimeoutError: network,
  AbortError: network,
  InvalidUserPoolConfigurationException: configuration,
  ResourceNotFoundException: configuration,
  // And, by `roleOrLambda` below: the SMS and email roles' policies and trust, and the pool's Lambda
  // triggers (InvalidSmsRoleAccessPolicyException, UnexpectedLambdaException, …).
  // Not listed, so `unknown` (try again): ConcurrentModificationException, InvalidParameterException,
  // InvalidPasswordException, PasswordHistoryPolicyViolationException, MFAMethodNotFoundException,
  // AliasExistsException: a new challenge after MFA_SETUP, a stale secret, a password rule.
};

// The only NotAuthorizedException the user can recover from by restarting: an MFA_SETUP session
// that outlived the app client's AuthSessionValidity (3 minutes by default).
const expiredSessionMessage = /session is expired|invalid session/i;

// A misconfigured IAM role (SMS, email) or Lambda trigger of the pool: for the developer.
const roleOrLambda = /Role|Lambda/;

// Tokens from the Hosted UI / managed login (OIDC) carry only the scopes the app asked for.
const missingScope = /required scopes/i;

function readName(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    // amazon-cognito-identity-js puts the exception name in `code` and sometimes leaves `name` as "Error".
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (typeof code === 'string' && code in rules) return code;
    if (typeof name === 'string' && name !== '' && name !== 'Error') return name;
    if (typeof code === 'string' && code !== '') return code;
  }
  return 'UnknownError';
}

function readMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { message } = error as { message?: unknown };
    if (typeof message === 'string') return message;
  }
  return typeof error === 'string' ? error : '';
}

/** What the kit reports when the sign-in session's clock runs out before the code was accepted. */
export const sessionClockExpired: ClassifiedError = {
  ...sessionExpired,
  retryable: false,
  name: 'SessionExpired',
  message: 'The sign-in session expired before the code was verified',
};

/** Turns whatever an adapter rejected with into something the UI can act on. Never throws. */
export function classifyError(error: unknown): ClassifiedError {
  const name = readName(error);
  let message = readMessage(error);
  let rule = Object.hasOwn(rules, name) ? rules[name]! : roleOrLambda.test(name) ? configuration : unknown;
  if (name === 'NotAuthorizedException') {
    if (expiredSessionMessage.test(message)) rule = sessionExpired;
    else if (missingScope.test(message)) {
      rule = configuration;
      message += ' (aws.cognito.signin.user.admin)';
    }
  }
  return { ...rule, name, message, retryable: rule.action === 'retry' || rule.action === 'wait' };
}

// Adapters import it from its own module, so they don't pull in the classification table.
export { createNamedError } from './named-error.js';
