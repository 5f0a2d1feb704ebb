import { useEffect, useMemo, useRef, useState } from 'react';
import type { TotpSetupAdapter } from '../core/adapter.js';
import { createSetupIds, type TotpSetupIds } from '../core/anatomy.js';
import { isCompleteCode } from '../core/code.js';
import type { CodeDraft } from '../core/code-step.machine.js';
import { classifyError, type ClassifiedError } from '../core/errors.js';
import type { TotpSetupMessages } from '../core/messages.js';
import { buildOtpauthUri } from '../core/otpauth-uri.js';
import { connectSetup, createSetupHandlers, type TotpSetupPartProps, type TotpSetupShow, type TotpSetupText } from '../core/totp-setup.connect.js';
import { isSetupEditable, setupDraft, setupRequestOf, setupSecret, setupTransition, setupVerifyEvent, startSetup } from '../core/totp-setup.machine.js';
import {
  SetupStatus,
  type CopyStatus,
  type SetupRequest,
  type SetupStep,
  type TotpSetupEffect,
  type TotpSetupErrorDetails,
  type TotpSetupEvent,
  type TotpSetupState,
  type TotpSetupVerifiedDetails,
} from '../core/totp-setup.types.js';
import { enSetup, resolveMessages, type TotpSetupMessageOverrides } from '../i18n/messages.js';
import { usePublishedApi } from './api-store.js';
import { useIds } from './use-ids.js';
import { secondsLeft, useRunner } from './use-runner.js';

export interface UseTotpSetupOptions {
  /**
   * The backend; the hook never sees the credential the adapter holds. One that carries a sign-in
   * session (MFA_SETUP) is kept for that session's life; one bound to an access token is replaced by
   * the newest the app passes, and a new one starts afresh an enrollment that ended in "sign in again".
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
  onVerified?: (details: TotpSetupVerifiedDetails) => void;
  onError?: (details: TotpSetupErrorDetails) => void;
  /** After each change of `status` (the settings panel uses it to keep "Cancel" away from a code being checked). */
  onStatusChange?: (status: SetupStatus) => void;
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

/** Everything a custom layout needs: what to show, and what the user can do. */
export interface TotpSetupApi {
  /** The machine's state: no tokens, and the secret only while it is on screen. */
  state: TotpSetupState;
  status: SetupStatus;
  /** Which parts have something to show now. */
  show: TotpSetupShow;
  /** The texts that change with the state (the error's among them); the fixed ones are in `messages`. */
  text: TotpSetupText;
  /** Attributes and handlers for each part, to spread onto your own elements; they keep their identity. */
  parts: TotpSetupPartProps;
  /** While on screen (ready, verifying, or a failed verify that can be tried again); else null. */
  secretCode: string | null;
  /** The otpauth URI for the QR code and the "open in app" link, while the secret is on screen. */
  otpauthUri: string | null;
  code: string;
  friendlyDeviceName: string;
  error: ClassifiedError | null;
  failedStep: SetupStep | null;
  /** The device name that was verified; the tokens went to `onVerified` alone. */
  verified: { friendlyDeviceName: string } | null;
  copyStatus: CopyStatus;
  /** "Verify" would send a request now. */
  canSubmit: boolean;
  /** Seconds until the sign-in session expires, while a secret is on screen in that flow; else null. */
  sessionSecondsLeft: number | null;
  sessionEndingSoon: boolean;
  sessionWarningSeconds: number;
  issuer: string;
  accountName: string;
  locale: string | undefined;
  messages: TotpSetupMessages;
  ids: TotpSetupIds;
  setCode(value: string): void;
  setFriendlyDeviceName(value: string): void;
  /** Verify the code; after a failed verify, verify again. */
  submit(): void;
  /** Fetch the secret again after it could not be fetched (`show.retry`). */
  retry(): void;
  /** Start over where only that helps (`show.restart`): a new secret, or the app's `onRestart`. */
  restart(): void;
  /** Copy the key; `copyStatus` says how it went. */
  copySecret(): void;
}

/**
 * A device-name field after the code field, as a layout of parts may put it: the sixth digit must
 * not verify before the name below it is typed, or Cognito registers the default name.
 */
function nameFollowsCode(ids: TotpSetupIds): boolean {
  // Found by part, not by id: an app may give a field an id of its own.
  const root = typeof document === 'undefined' ? null : document.getElementById(ids.root);
  const code = root?.querySelector('input[data-part="code-input"]');
  const name = root?.querySelector('input[data-part="device-name-input"]');
  return !!code && !!name && (code.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The enrollment's machine, run by the kit's shared runner. */
export function useTotpSetup(options: UseTotpSetupOptions): TotpSetupApi {
  const { issuer, accountName, sessionWarningSeconds = 30 } = options;
  const messages = useMemo(() => resolveMessages<TotpSetupMessages>(options.messages, enSetup), [options.messages]);
  const ids = useIds(options.id, createSetupIds);
  const defaultFriendlyDeviceName = options.defaultFriendlyDeviceName ?? messages.defaultDeviceName;

  const runner = useRunner<TotpSetupState, TotpSetupEvent, TotpSetupEffect, SetupRequest, TotpSetupAdapter>(
    {
      adapter: options.adapter,
      ids,
      transition: (current, event, adapter) =>
        setupTransition(current, event, {
          autoSubmit: (options.autoSubmit ?? true) && !nameFollowsCode(ids),
          defaultFriendlyDeviceName,
          restart: options.onRestart ? 'app' : adapter.getSessionExpiry?.() != null ? 'sign-in' : 'new-secret',
        }),
      requestOf: setupRequestOf,
      // Async, so an adapter that throws instead of rejecting is caught too.
      perform: async (adapter, request, signal): Promise<TotpSetupEvent> => {
        const { requestId } = request;
        try {
          if (request.operation === 'associate') {
            // The machine checks the secret: a broken adapter may answer anything.
            const result = await adapter.associateSoftwareToken({ signal });
            return { type: 'ASSOCIATE.SUCCEEDED', requestId, secretCode: result?.secretCode as string };
          }
          const { userCode, friendlyDeviceName } = request;
          return setupVerifyEvent(requestId, await adapter.verifySoftwareToken({ userCode, friendlyDeviceName }, { signal }));
        } catch (error) {
          return { type: request.operation === 'associate' ? 'ASSOCIATE.FAILED' : 'VERIFY.FAILED', requestId, error: classifyError(error) };
        }
      },
      run: (effect, send) => {
        if (effect.type === 'notify.verified') options.onVerified?.(effect.details);
        else if (effect.type === 'notify.error') options.onError?.(effect.details);
        else if (effect.type === 'notify.restart') options.onRestart?.();
        else if (effect.type === 'copy') copyToClipboard(effect.secretCode, ids.secretKey).then((copied) => send({ type: copied ? 'COPY.SUCCEEDED' : 'COPY.FAILED' }));
      },
    },
    () => startSetup({ defaultFriendlyDeviceName }),
  );
  const { state, send } = runner;

  const onStatusChange = useRef(options.onStatusChange);
  useEffect(() => {
    onStatusChange.current = options.onStatusChange;
  });
  useEffect(() => onStatusChange.current?.(state.status), [state.status]);

  const [handlers] = useState(() => createSetupHandlers(send));
  const [actions] = useState(() => ({
    setCode: (value: string) => send({ type: 'CODE.CHANGE', value }),
    setFriendlyDeviceName: (value: string) => send({ type: 'NAME.CHANGE', value }),
    submit: () => send({ type: 'VERIFY.SUBMIT' }),
    retry: () => send({ type: 'RETRY' }),
    restart: () => send({ type: 'RESTART' }),
    copySecret: () => send({ type: 'SECRET.COPY' }),
  }));
  const view = useMemo(() => connectSetup(state, handlers, messages, ids), [state, handlers, messages, ids]);

  const draft: CodeDraft | null = setupDraft(state);
  const secretCode = setupSecret(state)?.secretCode ?? null;
  const otpauthUri = useMemo(
    () => (secretCode === null ? null : buildOtpauthUri({ issuer, accountName, secretCode })),
    [issuer, accountName, secretCode],
  );
  const sessionSecondsLeft = secondsLeft(secretCode === null ? null : (runner.adapter().getSessionExpiry?.() ?? null), runner.now);

  return usePublishedApi<TotpSetupApi>(
    {
      state,
      status: state.status,
      ...view,
      secretCode,
      otpauthUri,
      code: draft?.code ?? '',
      friendlyDeviceName: state.friendlyDeviceName,
      error: state.status === SetupStatus.Error ? state.error : null,
      failedStep: state.status === SetupStatus.Error ? state.step : null,
      verified: state.status === SetupStatus.Verified ? { friendlyDeviceName: state.friendlyDeviceName } : null,
      copyStatus: setupSecret(state)?.copy ?? 'idle',
      canSubmit: isSetupEditable(state) && isCompleteCode(draft?.code ?? ''),
      sessionSecondsLeft,
      sessionEndingSoon: sessionSecondsLeft !== null && sessionSecondsLeft <= sessionWarningSeconds,
      sessionWarningSeconds,
      issuer,
      accountName,
      locale: options.locale,
      messages,
      ids,
      ...actions,
    },
    runner.flushFocus,
  );
}

/**
 * Puts the key on the clipboard. The Clipboard API is refused in insecure contexts, some iframes and
 * older WebViews: then the key is selected, so the user can copy it themselves.
 */
async function copyToClipboard(secretCode: string, keyElementId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(secretCode);
    return true;
  } catch {
    const element = document.getElementById(keyElementId);
    if (element) window.getSelection()?.selectAllChildren(element);
    return false;
  }
}
