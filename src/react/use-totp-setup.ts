import { useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import type { TotpSetupAdapter } from '../core/adapter.js';
import { isCompleteCode, normalizeCode } from '../core/code.js';
import { classifyError, createNamedError, sessionClockExpired } from '../core/errors.js';
import { buildOtpauthUri, isBase32Secret, normalizeSecret } from '../core/otpauth-uri.js';
import { createIds } from '../core/totp-setup.anatomy.js';
import { connect } from '../core/totp-setup.connect.js';
import { canRetry, canSubmit, createInitialState, isEditable, isRequesting, transition } from '../core/totp-setup.machine.js';
import {
  Status,
  type ClassifiedError,
  type ErrorDetails,
  type Step,
  type TotpSetupEvent,
  type VerifiedDetails,
} from '../core/totp-setup.types.js';
import { resolveMessages, type TotpSetupMessageOverrides, type TotpSetupMessages } from '../i18n/messages.js';
import { useSingleRequest } from './use-single-request.js';

export interface UseTotpSetupOptions {
  /** The backend; the hook never sees the credential the adapter holds. */
  adapter: TotpSetupAdapter;
  /** Shown in the authenticator app above the account, e.g. the product name. */
  issuer: string;
  /** Shown in the authenticator app, e.g. the user's email. */
  accountName: string;
  /** Pre-filled device name. Defaults to the catalogue's `defaultDeviceName`. */
  defaultFriendlyDeviceName?: string;
  /** Verify as soon as the sixth digit is in. Default true. */
  autoSubmit?: boolean;
  onVerified?: (details: VerifiedDetails) => void;
  onError?: (details: ErrorDetails) => void;
  /**
   * Full or partial catalogue; defaults to English. Built-in catalogues come from
   * `react-mfa-enroll/i18n` (`messagesFor(locale)`).
   */
  messages?: TotpSetupMessageOverrides;
  /** BCP 47 tag for numbers and the countdown (`Intl`), and the root's `lang`. */
  locale?: string;
  /**
   * Called by "Start again" when the enrollment cannot restart on its own, e.g. an expired MFA_SETUP
   * session that only a new sign-in replaces. Without it, "Start again" fetches a new secret.
   */
  onRestart?: () => void;
  /** With a session clock (MFA_SETUP), warn when this many seconds are left. Default 30. */
  sessionWarningSeconds?: number;
  /** Base for element ids; defaults to a React `useId`. */
  id?: string;
}

export type CopyStatus = 'idle' | 'copied' | 'failed';

const COPIED_FEEDBACK_MS = 2000;

function invalidSecretError(): Error {
  // The message names no value: whatever came back may be a real secret.
  return createNamedError('InvalidSecretError', 'The backend returned a secret that is not Base32');
}

export function useTotpSetup(options: UseTotpSetupOptions) {
  const { adapter, issuer, accountName, autoSubmit = true, sessionWarningSeconds = 30 } = options;
  const messages: TotpSetupMessages = resolveMessages(options.messages);
  const reactId = useId();
  const ids = useMemo(() => createIds(options.id ?? `totp${reactId.replace(/[^\w-]/g, '')}`), [options.id, reactId]);
  const [state, dispatch] = useReducer(transition, options.defaultFriendlyDeviceName ?? messages.defaultDeviceName, (name) =>
    createInitialState({ defaultFriendlyDeviceName: name }),
  );
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');

  // Callbacks are read when a response lands, not when the request started.
  const callbacks = useRef({ onVerified: options.onVerified, onError: options.onError });
  useEffect(() => {
    callbacks.current = { onVerified: options.onVerified, onError: options.onError };
  });

  const fail = (step: Step, error: ClassifiedError) => {
    dispatch({ type: step === 'associate' ? 'ASSOCIATE.FAILED' : 'VERIFY.FAILED', error });
    callbacks.current.onError?.({ kind: error.kind, action: error.action, step, error });
  };

  useSingleRequest(isRequesting(state), state.requestId, (signal, isCurrent) => {
    if (state.status === Status.Loading) {
      adapter.associateSoftwareToken({ signal }).then(
        ({ secretCode }) => {
          if (!isCurrent()) return;
          if (typeof secretCode !== 'string' || !isBase32Secret(secretCode)) {
            fail('associate', classifyError(invalidSecretError()));
            return;
          }
          dispatch({ type: 'ASSOCIATE.SUCCEEDED', secretCode: normalizeSecret(secretCode) });
        },
        (error: unknown) => {
          if (isCurrent()) fail('associate', classifyError(error));
        },
      );
      return;
    }
    const friendlyDeviceName = state.friendlyDeviceName;
    adapter.verifySoftwareToken({ userCode: state.code, friendlyDeviceName }, { signal }).then(
      (result) => {
        if (!isCurrent()) return;
        if (result.status !== 'SUCCESS') {
          // Cognito's documented answer to a wrong code, besides the exceptions.
          fail('verify', classifyError(createNamedError('CodeMismatchException', 'VerifySoftwareToken returned ERROR')));
          return;
        }
        const { authenticationResult, nextChallenge } = result;
        dispatch({ type: 'VERIFY.SUCCEEDED', authenticationResult, nextChallenge });
        callbacks.current.onVerified?.({
          friendlyDeviceName,
          ...(authenticationResult && { authenticationResult }),
          ...(nextChallenge && { nextChallenge }),
        });
      },
      (error: unknown) => {
        if (isCurrent()) fail('verify', classifyError(error));
      },
    );
  });

  // The MFA_SETUP clock: the adapter knows when its newest session stops being accepted.
  const sessionExpiry = adapter.getSessionExpiry?.() ?? null;
  const clockRunning = sessionExpiry !== null && (isRequesting(state) || isEditable(state));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!clockRunning) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [clockRunning]);
  const sessionSecondsLeft = clockRunning ? Math.max(0, Math.ceil((sessionExpiry - now) / 1000)) : null;
  const sessionExpired = sessionSecondsLeft === 0;
  useEffect(() => {
    if (!sessionExpired) return;
    // Rather than let the user type a code into a dead session.
    const step: Step = state.status === Status.Loading ? 'associate' : 'verify';
    dispatch({ type: 'SESSION.EXPIRED' });
    const error = sessionClockExpired;
    callbacks.current.onError?.({ kind: error.kind, action: error.action, step, error });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionExpired]);

  useEffect(() => {
    if (copyStatus !== 'copied') return undefined;
    const timer = setTimeout(() => setCopyStatus('idle'), COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copyStatus]);

  const otpauthUri = useMemo(
    () => (state.secretCode === null ? null : buildOtpauthUri({ issuer, accountName, secretCode: state.secretCode })),
    [issuer, accountName, state.secretCode],
  );

  const setCode = (value: string) => {
    const code = normalizeCode(value);
    dispatch({ type: 'CODE.CHANGE', value: code });
    // Only the change that completes the code submits, not every later keystroke in a full field.
    if (autoSubmit && isCompleteCode(code) && code !== state.code) dispatch({ type: 'VERIFY.SUBMIT' });
  };

  const copySecret = async () => {
    if (state.secretCode === null) return;
    try {
      await navigator.clipboard.writeText(state.secretCode);
      setCopyStatus('copied');
    } catch {
      // The Clipboard API is refused in insecure contexts, some iframes and older WebViews: select
      // the key so the user can copy it themselves.
      const element = document.getElementById(ids.secretKey);
      const selection = element ? window.getSelection() : null;
      if (element && selection) {
        const range = document.createRange();
        range.selectNodeContents(element);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopyStatus('failed');
    }
  };

  const errorText = state.error
    ? messages.errors[state.error.kind]
    : state.codeInvalid
      ? messages.codeIncomplete
      : null;

  return {
    state,
    status: state.status,
    secretCode: state.secretCode,
    otpauthUri,
    code: state.code,
    friendlyDeviceName: state.friendlyDeviceName,
    error: state.error,
    failedStep: state.failedStep,
    errorText,
    verified: state.verified,
    copyStatus,
    canSubmit: canSubmit(state),
    /** Seconds until the sign-in session expires, while that clock runs; otherwise null. */
    sessionSecondsLeft,
    sessionEndingSoon: sessionSecondsLeft !== null && sessionSecondsLeft <= sessionWarningSeconds,
    sessionWarningSeconds,
    canRetry: canRetry(state),
    issuer,
    accountName,
    locale: options.locale,
    messages,
    ids,
    parts: connect(state, ids),
    /** Sends any machine event; the named actions below cover the usual ones. */
    send: dispatch as (event: TotpSetupEvent) => void,
    setCode,
    setFriendlyDeviceName: (value: string) => dispatch({ type: 'NAME.CHANGE', value }),
    submit: () => dispatch({ type: 'VERIFY.SUBMIT' }),
    retry: () => dispatch({ type: 'RETRY' }),
    restart: () => {
      if (options.onRestart) options.onRestart();
      else dispatch({ type: 'RESTART' });
    },
    copySecret,
  };
}

export type TotpSetupApi = ReturnType<typeof useTotpSetup>;
