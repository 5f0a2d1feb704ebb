import { isCompleteCode, normalizeDeviceName } from '../core/index.js';
import { RequestError } from './http.js';

const badRequest = (message: string) => new RequestError(400, 'BadRequestError', message);

/** `userCode`: exactly six ASCII digits, as Cognito takes it (the browser already normalised it). */
export function readCode(body: Record<string, unknown>): string {
  const { userCode } = body;
  if (userCode === undefined) throw badRequest('userCode is missing');
  if (typeof userCode !== 'string' || !isCompleteCode(userCode)) throw badRequest('userCode must be exactly 6 digits');
  return userCode;
}

/** `friendlyDeviceName`: optional; a string the kit's field could have sent (trimmed, within its limit). */
export function readDeviceName(body: Record<string, unknown>): string | undefined {
  const { friendlyDeviceName: name } = body;
  if (name === undefined || name === null) return undefined;
  if (typeof name !== 'string') throw badRequest('friendlyDeviceName must be a string');
  const normalized = normalizeDeviceName(name);
  if (normalized !== name.trim()) throw badRequest('friendlyDeviceName is too long');
  return normalized === '' ? undefined : normalized;
}

export function readEnabled(body: Record<string, unknown>): boolean {
  const { enabled } = body;
  if (enabled === undefined) throw badRequest('enabled is missing');
  if (typeof enabled !== 'boolean') throw badRequest('enabled must be true or false');
  return enabled;
}
