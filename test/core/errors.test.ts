import { describe, expect, it } from 'vitest';
import { classifyError, createNamedError } from '../../src/core/errors.js';
import type { ErrorAction, ErrorKind } from '../../src/core/errors.js';

// Every exception of AssociateSoftwareToken, VerifySoftwareToken and RespondToAuthChallenge
// (shared/cognito-facts.md), with what the user should get.
const table: Array<[name: string, kind: ErrorKind, action: ErrorAction]> = [
  ['ConcurrentModificationException', 'unknown', 'retry'],
  ['InvalidParameterException', 'unknown', 'retry'],
  ['NotAuthorizedException', 'signed-out', 'sign-in'],
  ['ResourceNotFoundException', 'configuration', 'none'],
  ['InternalErrorException', 'network', 'retry'],
  ['SoftwareTokenMFANotFoundException', 'totp-not-enabled', 'none'],
  ['ForbiddenException', 'blocked', 'none'],
  ['InvalidUserPoolConfigurationException', 'configuration', 'none'],
  ['TooManyRequestsException', 'rate-limited', 'wait'],
  ['PasswordResetRequiredException', 'signed-out', 'sign-in'],
  ['UserNotFoundException', 'signed-out', 'sign-in'],
  ['UserNotConfirmedException', 'signed-out', 'sign-in'],
  ['EnableSoftwareTokenMFAException', 'wrong-code', 'retry'],
  ['CodeMismatchException', 'wrong-code', 'retry'],
  ['ExpiredCodeException', 'session-expired', 'restart'],
  ['UnexpectedLambdaException', 'configuration', 'none'],
  ['UserLambdaValidationException', 'configuration', 'none'],
  ['InvalidPasswordException', 'unknown', 'retry'],
  ['PasswordHistoryPolicyViolationException', 'unknown', 'retry'],
  ['InvalidLambdaResponseException', 'configuration', 'none'],
  ['MFAMethodNotFoundException', 'unknown', 'retry'],
  ['InvalidSmsRoleAccessPolicyException', 'configuration', 'none'],
  ['InvalidSmsRoleTrustRelationshipException', 'configuration', 'none'],
  ['InvalidEmailRoleAccessPolicyException', 'configuration', 'none'],
  ['AliasExistsException', 'unknown', 'retry'],
  ['NetworkError', 'network', 'retry'],
  ['TimeoutError', 'network', 'retry'],
];

describe('classifyError', () => {
  it.each(table)('%s → %s (%s)', (name, kind, action) => {
    const classified = classifyError(createNamedError(name, 'message from Cognito'));
    expect(classified).toEqual({
      kind,
      action,
      name,
      message: 'message from Cognito',
      retryable: action === 'retry' || action === 'wait',
    });
  });

  it('tells an expired MFA_SETUP session from a signed-out user', () => {
    const expired = classifyError(createNamedError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    expect(expired).toMatchObject({ kind: 'session-expired', action: 'restart', retryable: false });
    const signedOut = classifyError(createNamedError('NotAuthorizedException', 'Access Token has been revoked'));
    expect(signedOut).toMatchObject({ kind: 'signed-out', action: 'sign-in' });
  });

  it('an access token without the aws.cognito.signin.user.admin scope is configuration, and the message names the scope', () => {
    const classified = classifyError(createNamedError('NotAuthorizedException', 'Access Token does not have required scopes'));
    expect(classified).toMatchObject({ kind: 'configuration', action: 'none', retryable: false });
    expect(classified.message).toBe('Access Token does not have required scopes (aws.cognito.signin.user.admin)');
  });

  it('any IAM role or Lambda trigger failure of the pool is configuration, named or not yet known', () => {
    expect(classifyError(createNamedError('InvalidSmsRoleAccessPolicyException', '')).kind).toBe('configuration');
    expect(classifyError(createNamedError('SomeFutureLambdaException', '')).kind).toBe('configuration');
    expect(classifyError(createNamedError('ConcurrentModificationException', '')).kind).toBe('unknown');
  });

  it('reads amazon-cognito-identity-js errors, which carry the name in `code`', () => {
    const libraryError = Object.assign(new Error('Code mismatch'), { code: 'CodeMismatchException' });
    expect(classifyError(libraryError)).toMatchObject({ kind: 'wrong-code', name: 'CodeMismatchException' });
    expect(classifyError({ code: 'TooManyRequestsException', message: 'slow down' })).toMatchObject({
      kind: 'rate-limited',
    });
  });

  it('reads a known Cognito name in `code` before the error’s own class name', () => {
    // A library that throws its own Error subclass (or a TypeError from a polyfill) and keeps Cognito's name in `code`.
    const wrapped = Object.assign(new TypeError('Invalid code received for user'), { code: 'CodeMismatchException' });
    expect(classifyError(wrapped)).toMatchObject({ kind: 'wrong-code', name: 'CodeMismatchException' });
    // An unknown `code` does not win over a meaningful name.
    expect(classifyError(Object.assign(createNamedError('NetworkError', 'offline'), { code: 'ECONNRESET' }))).toMatchObject({ kind: 'network', name: 'NetworkError' });
  });

  it.each([
    ['an exception name Cognito adds later', createNamedError('BrandNewException', 'x')],
    ['a plain Error', new Error('boom')],
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object with odd fields', { name: 7, code: {}, message: [] }],
  ])('degrades %s to a generic, retryable error', (_case, error) => {
    expect(classifyError(error)).toMatchObject({ kind: 'unknown', action: 'retry', retryable: true });
  });

  it('does not treat inherited object keys as exception names', () => {
    expect(classifyError(createNamedError('constructor', 'x')).kind).toBe('unknown');
    expect(classifyError(createNamedError('toString', 'x')).kind).toBe('unknown');
  });
});
