import { useEffect, useId, useMemo, useRef, useState } from 'react';
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
  type FocusTarget,
  type Step,
  type TotpSetupConfig,
  type TotpSetupEffect,
  type TotpSetupEvent,
  type TotpSetupState,
  type VerifiedDetails,
  type VerifyEffect,
} from '../core/totp-setup.types.js';
import { resolveMessages, type TotpSetupMessageOverrides } from '../i18n/messages.js';

// Bundlers replace it, so production builds drop the development-only warnings with their text.
declare const process: { env: { NODE_ENV?: string } };

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

interface LiveRequest {
  requestId: number;
  controller: AbortController;
  /** Between an effect cleanup and the next mount (StrictMode, `<Activity>` hidden, unmount). */
  detached: boolean;
  abortTimer?: ReturnType<typeof setTimeout>;
}

/**
 * The runner: keeps the machine's state, runs the effects each transition declares, pins the adapter
 * for the life of an enrollment and owns the lifetime of the one request in flight.
 */
export function useTotpSetup(options: UseTotpSetupOptions): TotpSetupApi {
  const { issuer, accountName, sessionWarningSeconds = 30 } = options;
  const messages = resolveMessages(options.messages);
  const reactId = useId();
  const ids = useMemo(() => createIds(options.id ?? `totp${reactId.replace(/[^\w-]/g, '')}`), [options.id, reactId]);
  const [state, setState] = useState(() => createInitialState({ defaultFriendlyDeviceName: options.defaultFriendlyDeviceName ?? messages.defaultDeviceName }));
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');
  const [clockRunning, setClockRunning] = useState(false);
  const [now, setNow] = useState(Date.now);

  // Read when something happens, not when the request started.
  const latest = useRef(options);
  const pinned = useRef(options.adapter);
  const machine = useRef(state);
  const live = useRef<LiveRequest | null>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const warned = useRef(false);
  useEffect(() => {
    latest.current = options;
    if (process.env.NODE_ENV !== 'production' && options.adapter !== pinned.current && !warned.current) {
      warned.current = true;
      console.warn(
        'react-mfa-enroll: a new adapter was passed during an enrollment; the first one is kept until it restarts. Create it once (useState or useMemo).',
      );
    }
  });

  const config = (): TotpSetupConfig => ({
    autoSubmit: latest.current.autoSubmit ?? true,
    restart: latest.current.onRestart ? 'app' : pinned.current.getSessionExpiry?.() != null ? 'sign-in' : 'new-secret',
  });

  const send = (event: TotpSetupEvent) => {
    const result = transition(machine.current, event, config());
    if (result.state !== machine.current) {
      machine.current = result.state;
      setState(result.state);
    }
    result.effects.forEach(run);
  };

  const start = (request: AssociateEffect | VerifyEffect) => {
    const previous = live.current;
    if (previous) {
      clearTimeout(previous.abortTimer);
      previous.controller.abort();
    }
    const entry: LiveRequest = { requestId: request.requestId, controller: new AbortController(), detached: false };
    live.current = entry;
    const { signal } = entry.controller;
    const settle = (event: TotpSetupEvent) => {
      if (live.current !== entry || signal.aborted) return;
      // Answered while unmounted or hidden: dropped, so the next mount asks afresh.
      if (entry.detached) return entry.controller.abort();
      send(event);
    };
    const { requestId } = request;
    const adapter = pinned.current;
    if (request.type === 'associate') {
      Promise.resolve()
        .then(() => adapter.associateSoftwareToken({ signal }))
        .then(
          // The machine checks the secret: a broken adapter may answer anything.
          (result) => settle({ type: 'ASSOCIATE.SUCCEEDED', requestId, secretCode: result?.secretCode as string }),
          (error: unknown) => settle({ type: 'ASSOCIATE.FAILED', requestId, error: classifyError(error) }),
        );
    } else {
      Promise.resolve()
        .then(() => adapter.verifySoftwareToken({ userCode: request.userCode, friendlyDeviceName: request.friendlyDeviceName }, { signal }))
        .then(
          (result) => settle(verifyResultEvent(requestId, result)),
          (error: unknown) => settle({ type: 'VERIFY.FAILED', requestId, error: classifyError(error) }),
        );
    }
  };

  const run = (effect: TotpSetupEffect) => {
    switch (effect.type) {
      case 'associate':
        // A new enrollment adopts the app's newest adapter; until then the pinned one carries the session.
        pinned.current = latest.current.adapter;
        return start(effect);
      case 'verify':
        return start(effect);
      case 'notify.verified':
        return latest.current.onVerified?.(effect.details);
      case 'notify.error':
        return latest.current.onError?.(effect.details);
      case 'notify.restart':
        return latest.current.onRestart?.();
      case 'focus':
        // Read now, before React removes the element that had focus.
        if (!effect.ifFocusWithin || document.getElementById(ids.root)?.contains(document.activeElement)) pendingFocus.current = effect.target;
        return;
      case 'clock.start':
        setNow(Date.now());
        return setClockRunning(true);
      case 'clock.stop':
        return setClockRunning(false);
      default:
        return effect satisfies never;
    }
  };

  // Every mount (StrictMode's second one, `<Activity>` shown again, Suspense) makes sure the request
  // the state waits for is in flight: kept if still alive, asked afresh if it was aborted meanwhile.
  useEffect(() => {
    const wanted = requestOf(machine.current);
    const entry = live.current;
    if (entry && wanted?.requestId === entry.requestId && !entry.controller.signal.aborted) {
      clearTimeout(entry.abortTimer);
      entry.detached = false;
    } else if (wanted) {
      start(wanted);
    }
    return () => {
      const current = live.current;
      if (!current) return;
      current.detached = true;
      // StrictMode mounts again at once; aborting now would send every request twice.
      current.abortTimer = setTimeout(() => current.controller.abort(), 0);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    document.getElementById(ids[target])?.focus();
  }, [state, ids]);

  // The MFA_SETUP clock ticks only while the user can act; the adapter knows its newest session's end.
  useEffect(() => {
    if (!clockRunning) return undefined;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      const expiry = pinned.current.getSessionExpiry?.() ?? null;
      if (expiry !== null && time >= expiry) send({ type: 'SESSION.EXPIRED' });
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clockRunning]);

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
  const expiry = secretCode === null ? null : (pinned.current.getSessionExpiry?.() ?? null);
  const sessionSecondsLeft = expiry === null ? null : Math.max(0, Math.ceil((expiry - now) / 1000));

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
