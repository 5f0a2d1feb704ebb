import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCognitoAdapter } from '../../src/adapters/cognito/index.js';
import type { RequestOptions } from '../../src/core/adapter.js';
import { TotpSetup } from '../../src/index.js';
import { cognitoError, createCognitoWire, json, type Reply } from '../adapters/cognito-wire.js';
import { findAlert } from './helpers.js';

const endpoint = 'https://cognito-idp.eu-west-1.amazonaws.com/';
const wire = createCognitoWire(endpoint);
const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(() => {
  wire.server.listen({ onUnhandledRequest: 'error' });
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  wire.reset();
  wire.server.resetHandlers();
  expect(unhandled, 'unhandled promise rejections').toEqual([]);
});
afterAll(() => {
  wire.server.close();
  process.off('unhandledRejection', onUnhandled);
});

const hang: Reply = async () => {
  await delay('infinite');
  return HttpResponse.json({});
};

/** The wizard on the fetch adapter; `timeoutMs` short only where a request is meant to hang. */
function renderOnCognito(timeoutMs?: number) {
  const onError = vi.fn();
  const onVerified = vi.fn();
  const adapter = createCognitoAdapter({ endpoint, accessToken: 'token', timeoutMs, setPreferredMfa: false });
  const associations: Array<Promise<unknown>> = [];
  const watched = { ...adapter, associateSoftwareToken: (options: RequestOptions) => push(associations, adapter.associateSoftwareToken(options)) };
  const view = render(<TotpSetup adapter={watched} issuer="Acme" accountName="ana" onError={onError} onVerified={onVerified} />);
  return { ...view, onError, onVerified, associations };
}

function push<T>(list: Array<Promise<unknown>>, promise: Promise<T>): Promise<T> {
  list.push(promise);
  return promise;
}

/** Only the hanging request needs a time-out to end; on the others a short one could fire first on a loaded machine. */
const timeoutFor = (reply: Reply) => (reply === hang ? 200 : undefined);

const faults: Array<[string, Reply, RegExp, string]> = [
  ['the network is down', () => HttpResponse.error(), /couldn’t reach/, 'network'],
  ['Cognito answers HTTP 500', () => new HttpResponse(null, { status: 500 }), /couldn’t reach/, 'network'],
  ['a gateway answers 503 with HTML', () => new HttpResponse('<h1>Service Unavailable</h1>', { status: 503 }), /couldn’t reach/, 'network'],
  ['the body is malformed', () => new HttpResponse('{"Status": "SUCC', { status: 200 }), /Something went wrong/, 'unknown'],
  ['the body is empty', () => new HttpResponse(null, { status: 200 }), /Something went wrong/, 'unknown'],
  ['the request hangs past the timeout', hang, /couldn’t reach/, 'network'],
  ['Cognito rate-limits', cognitoError('TooManyRequestsException', 'Rate exceeded'), /Too many attempts/, 'rate-limited'],
];

describe('faults at verify, through the fetch adapter', () => {
  it.each(faults)('when %s: a recoverable error, nothing typed lost, and a retry that works', async (_fault, reply, message, kind) => {
    wire.reply('AssociateSoftwareToken', json({ SecretCode: secretCode }));
    wire.reply('VerifySoftwareToken', reply, json({ Status: 'SUCCESS' }));
    const user = userEvent.setup();
    const { onError, onVerified } = renderOnCognito(timeoutFor(reply));
    await screen.findByRole('img', { name: /QR code/ });
    await user.clear(screen.getByRole('textbox', { name: 'Device name' }));
    await user.type(screen.getByRole('textbox', { name: 'Device name' }), 'Work phone');
    await user.type(screen.getByRole('textbox', { name: '6-digit code' }), '123456');

    await findAlert(message);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind, step: 'verify' }));
    expect(screen.getByRole('textbox', { name: '6-digit code' })).toHaveValue('123456');
    expect(screen.getByRole('textbox', { name: 'Device name' })).toHaveValue('Work phone');

    // One press: "Verify" sends the kept code again.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledExactlyOnceWith({ friendlyDeviceName: 'Work phone' }));
    expect(wire.requests.filter((r) => r.target?.endsWith('VerifySoftwareToken')).map((r) => r.body.UserCode)).toEqual(['123456', '123456']);
  });
});

describe('faults while fetching the secret', () => {
  it.each(faults)('when %s: an error with "Try again" that fetches a new secret', async (_fault, reply, message, kind) => {
    wire.reply('AssociateSoftwareToken', reply, json({ SecretCode: secretCode }));
    const user = userEvent.setup();
    renderOnCognito(timeoutFor(reply));
    // With no known cause, the message says what failed: the key.
    await findAlert(kind === 'unknown' ? 'We couldn’t create your setup key. Try again.' : message);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('img', { name: /QR code/ });
  });
});

describe('unmounting in the middle of a request', () => {
  it('aborts the request on the wire and leaves nothing behind', async () => {
    let requestSignal: AbortSignal | undefined;
    wire.server.use(http.post(endpoint, async ({ request }) => {
      requestSignal = request.signal;
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const { unmount, onError, associations } = renderOnCognito();
    await waitFor(() => expect(requestSignal).toBeDefined());
    unmount();
    await waitFor(() => expect(requestSignal?.aborted).toBe(true));
    // Once the adapter's promise has settled, the kit has handled it (its handlers ran first).
    await expect(associations[0]).rejects.toMatchObject({ name: 'AbortError' });
    expect(associations).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });
});
