import { useEffect, useId, useMemo, useState } from 'react';
import type { TotpSetupAdapter } from '../core/adapter.js';
import { classifyError } from '../core/errors.js';
import { buildOtpauthUri } from '../core/otpauth-uri.js';
import { createIds, type TotpSetupIds } from '../core/totp-setup.anatomy.js';
import { connect, type TotpSetupPartProps } from '../core/totp-setup.connect.js';
import { canSubmit, createInitialState, editableDraft, requestOf, shownDraft, transition, verifyResultEvent } from '../core/totp-setup.machine.js';
import type { TotpSetupMessages } from '../core/totp-setup.messages.js';
import {
  Status,
  type AssociateEffect,
  type ClassifiedError,
  type ErrorDetails,
  type Step,
  type TotpSetupEffect,
  type TotpSetupEvent,
  type TotpSetupState,
  type VerifiedDetails,
  type VerifyEffect,
} from '../core/totp-setup.types.js';
import { enSetup, resolveMessages, type TotpSetupMessageOverrides } from '../i18n/messages.js';
import { secondsLeft, useRunner } from './use-runner.js';

export interface UseTotpSetupOptions {
  /**
   * The backend; the hook never sees the credential the adapter holds. Pinned for the life of an
   * enrollment: a new object on a later render is used from the next secret ("Start again") on.
   */
  adapter: TotpSetupAdapter;
  /** Shown in the authenticator app above the account, e.g. the product name. */
  issuer: string;
  /** Shown in the authenticator app, e.g. the user's email. */
  accountName: string;
  /** Pre-filled device name. Defaults to the catalogue's `defaultDeviceName`. */
  defaultFriendlyDeviceName?: string;
  /** Verify as soon as an edit completes the sixth digit. Default true. */
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
   * Called by "Start again" instead of fetching a new secret, e.g. to send the user back to sign in
   * when the MFA_SETUP session expired. Without it, a signed-in user's "Start again" fetches a new
   * secret, and an expired sign-in session ends in "sign in again" (`onError` with `action: 'sign-in'`).
   */
  onRestart?: () => void;
  /** With a session clock (MFA_SETUP), warn when this many seconds are left. Default 30. */
  sessionWarningSeconds?: number;
  /** Base for element ids; defaults to a React `useId`. */
  id?: string;
}

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Everything a custom layout needs: what to show, and what the user can do. */
export interface TotpSetupApi {
  /** The machine's state: no tokens, and the secret only while it is on screen. */
  state: TotpSetupState;
  status: Status;
  /** While on screen (ready, verifying, or a failed verify that can be tried again); else null. */
  secretCode: string | null;
  /** The otpauth URI for the QR code and the "open in app" link, while the secret is on screen. */
  otpauthUri: string | null;
  code: string;
  friendlyDeviceName: string;
  error: ClassifiedError | null;
  failedStep: Step | null;
  /** The message for the error or the incomplete code, from the catalogue; null when none. */
  errorText: string | null;
  /** The device name that was verified; the tokens went to `onVerified` alone. */
  verified: { friendlyDeviceName: string } | null;
  copyStatus: CopyStatus;
  /** "Verify" would send a request now. */
  canSubmit: boolean;
  /** The secret could not be fetched and fetching it again may work ("Try again"). */
  canRetry: boolean;
  /** Only a fresh start helps ("Start again"). */
  canRestart: boolean;
  /** Seconds until the sign-in session expires, while a secret is on screen in that flow; else null. */
  sessionSecondsLeft: number | null;
  sessionEndingSoon: boolean;
  sessionWarningSeconds: number;
  issuer: string;
  accountName: string;
  locale: string | undefined;
  messages: TotpSetupMessages;
  ids: TotpSetupIds;
  /** Attributes and handlers for each part, to spread onto your own elements. */
  parts: TotpSetupPartProps;
  setCode(value: string): void;
  setFriendlyDeviceName(value: string): void;
  /** Verify the code; after a failed verify, verify again. */
  submit(): void;
  /** Fetch the secret again after it could not be fetched. */
  retry(): void;
  /** Start over with a new secret and the newest `adapter` (or hand over to `onRestart`). */
  restart(): void;
  copySecret(): Promise<void>;
}

const COPIED_FEEDBACK_MS = 2000;

/** The enrollment's machine, run by the kit's shared runner. */
export function useTotpSetup(options: UseTotpSetupOptions): TotpSetupApi {
  const { issuer, accountName, sessionWarningSeconds = 30 } = options;
  const messages = resolveMessages<TotpSetupMessages>(options.messages, enSetup);
  const reactId = useId();
  const ids = useMemo(() => createIds(options.id ?? `totp${reactId.replace(/[^\w-]/g, '')}`), [options.id, reactId]);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');

  const { state, send, machine, pinned, now } = useRunner<TotpSetupState, TotpSetupEvent, TotpSetupEffect, AssociateEffect | VerifyEffect, TotpSetupAdapter>(
    {
      adapter: options.adapter,
      ids,
      transition: (current, event, adapter) =>
        transition(current, event, {
          autoSubmit: options.autoSubmit ?? true,
          restart: options.onRestart ? 'app' : adapter.getSessionExpiry?.() != null ? 'sign-in' : 'new-secret',
        }),
      requestOf,
      // Async, so an adapter that throws instead of rejecting is caught too.
      perform: async (adapter, request, signal): Promise<TotpSetupEvent> => {
        const { requestId } = request;
        try {
          if (request.type === 'associate') {
            // The machine checks the secret: a broken adapter may answer anything.
            const result = await adapter.associateSoftwareToken({ signal });
            return { type: 'ASSOCIATE.SUCCEEDED', requestId, secretCode: result?.secretCode as string };
          }
          const { userCode, friendlyDeviceName } = request;
          return verifyResultEvent(requestId, await adapter.verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }));
        } catch (error) {
          return { type: request.type === 'associate' ? 'ASSOCIATE.FAILED' : 'VERIFY.FAILED', requestId, error: classifyError(error) };
        }
      },
      notify: (effect) => {
        if (effect.type === 'notify.verified') options.onVerified?.(effect.details);
        else if (effect.type === 'notify.error') options.onError?.(effect.details);
        else if (effect.type === 'notify.restart') options.onRestart?.();
      },
    },
    () => createInitialState({ defaultFriendlyDeviceName: options.defaultFriendlyDeviceName ?? messages.defaultDeviceName }),
  );

  useEffect(() => {
    if (copyStatus !== 'copied') return undefined;
    const timer = setTimeout(() => setCopyStatus('idle'), COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copyStatus]);

  const draft = shownDraft(state);
  const secretCode = draft?.secretCode ?? null;
  const otpauthUri = useMemo(
    () => (secretCode === null ? null : buildOtpauthUri({ issuer, accountName, secretCode })),
    [issuer, accountName, secretCode],
  );

  const copySecret = async () => {
    const secret = editableDraft(machine.current)?.secretCode;
    if (secret === undefined) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopyStatus('copied');
    } catch {
      // The Clipboard API is refused in insecure contexts, some iframes and older WebViews: select
      // the key so the user can copy it themselves.
      const element = document.getElementById(ids.secretKey);
      if (element) window.getSelection()?.selectAllChildren(element);
      setCopyStatus('failed');
    }
  };

  const parts = connect(state, send, messages, { ids, copySecret: () => void copySecret() });
  const sessionSecondsLeft = secondsLeft(secretCode === null ? null : (pinned.current.getSessionExpiry?.() ?? null), now);

  return {
    state,
    status: state.status,
    secretCode,
    otpauthUri,
    code: draft?.code ?? '',
    friendlyDeviceName: state.friendlyDeviceName,
    error: state.status === Status.Error ? state.error : null,
    failedStep: state.status === Status.Error ? state.step : null,
    errorText: parts.errorText,
    verified: state.status === Status.Verified ? { friendlyDeviceName: state.friendlyDeviceName } : null,
    copyStatus,
    canSubmit: canSubmit(state),
    canRetry: parts.canRetry,
    canRestart: parts.canRestart,
    sessionSecondsLeft,
    sessionEndingSoon: sessionSecondsLeft !== null && sessionSecondsLeft <= sessionWarningSeconds,
    sessionWarningSeconds,
    issuer,
    accountName,
    locale: options.locale,
    messages,
    ids,
    parts,
    setCode: (value) => send({ type: 'CODE.CHANGE', value }),
    setFriendlyDeviceName: (value) => send({ type: 'NAME.CHANGE', value }),
    submit: () => send({ type: 'VERIFY.SUBMIT' }),
    retry: () => send({ type: 'RETRY' }),
    restart: () => send({ type: 'RESTART' }),
    copySecret,
  };
}
