import { useId, useMemo } from 'react';
import type { TotpChallengeAdapter } from '../core/adapter.js';
import { isCompleteCode } from '../core/code.js';
import { classifyError } from '../core/errors.js';
import { createChallengeIds, type TotpChallengeIds } from '../core/totp-challenge.anatomy.js';
import { connectChallenge, type TotpChallengePartProps } from '../core/totp-challenge.connect.js';
import { challengeDraft, challengeRequestOf, challengeTransition, createChallengeState } from '../core/totp-challenge.machine.js';
import {
  ChallengeStatus,
  type ChallengeErrorDetails,
  type RespondEffect,
  type SignedInDetails,
  type TotpChallengeEffect,
  type TotpChallengeEvent,
  type TotpChallengeState,
} from '../core/totp-challenge.types.js';
import type { TotpChallengeMessages } from '../core/totp-setup.messages.js';
import type { ClassifiedError } from '../core/totp-setup.types.js';
import { enChallenge, resolveMessages, type TotpChallengeMessageOverrides } from '../i18n/messages.js';
import { secondsLeft, useRunner } from './use-runner.js';

export interface UseTotpChallengeOptions {
  /** The sign-in in progress; it holds the session. Kept for the life of this code step. */
  adapter: TotpChallengeAdapter;
  /** Answer as soon as an edit completes the sixth digit. Default true. */
  autoSubmit?: boolean;
  /** The tokens (or a further challenge): the only place they reach the app. */
  onSignedIn?: (details: SignedInDetails) => void;
  /** Every failure; `action: 'sign-in'` means only a new sign-in helps. */
  onError?: (details: ChallengeErrorDetails) => void;
  /** Full or partial catalogue; defaults to English (`react-mfa-enroll/i18n` has the others). */
  messages?: TotpChallengeMessageOverrides;
  /** BCP 47 tag for numbers and the countdown, and the root's `lang`. */
  locale?: string;
  /** With a session clock, warn when this many seconds are left. Default 30. */
  sessionWarningSeconds?: number;
  /** Base for element ids; defaults to a React `useId`. */
  id?: string;
}

/** Everything a custom sign-in code step needs. */
export interface TotpChallengeApi {
  /** The machine's state: no tokens. */
  state: TotpChallengeState;
  status: ChallengeStatus;
  code: string;
  error: ClassifiedError | null;
  errorText: string | null;
  /** The device Cognito named (FRIENDLY_DEVICE_NAME), if it did. */
  deviceName: string | null;
  canSubmit: boolean;
  sessionSecondsLeft: number | null;
  sessionEndingSoon: boolean;
  sessionWarningSeconds: number;
  locale: string | undefined;
  messages: TotpChallengeMessages;
  ids: TotpChallengeIds;
  /** Attributes and handlers for each part, to spread onto your own elements. */
  parts: TotpChallengePartProps;
  setCode(value: string): void;
  submit(): void;
}

/** The sign-in code step's machine, run by the same runner as enrollment. */
export function useTotpChallenge(options: UseTotpChallengeOptions): TotpChallengeApi {
  const { sessionWarningSeconds = 30, locale } = options;
  const messages = resolveMessages<TotpChallengeMessages>(options.messages, enChallenge);
  const reactId = useId();
  const ids = useMemo(() => createChallengeIds(options.id ?? `totp${reactId.replace(/[^\w-]/g, '')}`), [options.id, reactId]);

  const { state, send, pinned, now } = useRunner<TotpChallengeState, TotpChallengeEvent, TotpChallengeEffect, RespondEffect, TotpChallengeAdapter>(
    {
      adapter: options.adapter,
      ids,
      transition: (current, event) => challengeTransition(current, event, { autoSubmit: options.autoSubmit ?? true }),
      requestOf: challengeRequestOf,
      // Async, so an adapter that throws instead of rejecting is caught too.
      perform: async (adapter, { requestId, userCode }, signal): Promise<TotpChallengeEvent> => {
        try {
          // An adapter that resolves with nothing still signed the user in.
          const result = (await adapter.respondToSoftwareTokenMfa({ userCode }, { signal })) ?? {};
          return { type: 'RESPOND.SUCCEEDED', requestId, result };
        } catch (error) {
          return { type: 'RESPOND.FAILED', requestId, error: classifyError(error) };
        }
      },
      notify: (effect) => {
        if (effect.type === 'notify.signed-in') options.onSignedIn?.(effect.details);
        else if (effect.type === 'notify.error') options.onError?.(effect.details);
      },
    },
    createChallengeState,
    true,
  );

  const adapter = pinned.current;
  const deviceName = adapter.friendlyDeviceName || null;
  const parts = connectChallenge(state, send, messages, { ids, deviceName: deviceName ?? undefined });
  const draft = state.status === ChallengeStatus.Verified ? null : state.draft;
  // The clock counts while a code can still be typed into this session.
  const sessionSecondsLeft = secondsLeft(draft === null ? null : (adapter.getSessionExpiry?.() ?? null), now);

  return {
    state,
    status: state.status,
    code: draft?.code ?? '',
    error: state.status === ChallengeStatus.Error ? state.error : null,
    errorText: parts.errorText,
    deviceName,
    canSubmit: isCompleteCode(challengeDraft(state)?.code ?? ''),
    sessionSecondsLeft,
    sessionEndingSoon: sessionSecondsLeft !== null && sessionSecondsLeft <= sessionWarningSeconds,
    sessionWarningSeconds,
    locale,
    messages,
    ids,
    parts,
    setCode: (value) => send({ type: 'CODE.CHANGE', value }),
    submit: () => send({ type: 'VERIFY.SUBMIT' }),
  };
}
