import { useMemo, useState } from 'react';
import type { SignInResult, TotpChallengeAdapter } from '../core/adapter.js';
import { createChallengeIds, type TotpChallengeIds } from '../core/anatomy.js';
import { isCompleteCode } from '../core/code.js';
import { classifyError, type ClassifiedError } from '../core/errors.js';
import type { TotpChallengeMessages } from '../core/messages.js';
import { connectChallenge, createChallengeHandlers, type TotpChallengePartProps, type TotpChallengeShow, type TotpChallengeText } from '../core/totp-challenge.connect.js';
import { challengeDraft, challengeRequestOf, challengeTransition, isChallengeEditable, startChallenge } from '../core/totp-challenge.machine.js';
import {
  ChallengeStatus,
  type RespondRequest,
  type TotpChallengeEffect,
  type TotpChallengeErrorDetails,
  type TotpChallengeEvent,
  type TotpChallengeState,
} from '../core/totp-challenge.types.js';
import { enChallenge, resolveMessages, type TotpChallengeMessageOverrides } from '../i18n/messages.js';
import { usePublishedApi } from './api-store.js';
import { useIds } from './use-ids.js';
import { secondsLeft, useRunner } from './use-runner.js';

export interface UseTotpChallengeOptions {
  /**
   * The sign-in in progress; it holds the session, so it is kept for the session's life. After a
   * failure only a new sign-in can fix, a new adapter (a new session) starts the step afresh.
   */
  adapter: TotpChallengeAdapter;
  /** Answer as soon as an edit completes the sixth digit. Default true. */
  autoSubmit?: boolean;
  /** The tokens, a further challenge or the library's next step: the only place they reach the app. */
  onSignedIn?: (details: SignInResult) => void;
  /** Every failure; `action: 'sign-in'` means only a new sign-in helps. */
  onError?: (details: TotpChallengeErrorDetails) => void;
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
  show: TotpChallengeShow;
  text: TotpChallengeText;
  /** Attributes and handlers for each part, to spread onto your own elements; they keep their identity. */
  parts: TotpChallengePartProps;
  code: string;
  error: ClassifiedError | null;
  /** The device Cognito named (FRIENDLY_DEVICE_NAME), if it did. */
  deviceName: string | null;
  canSubmit: boolean;
  sessionSecondsLeft: number | null;
  sessionEndingSoon: boolean;
  sessionWarningSeconds: number;
  locale: string | undefined;
  messages: TotpChallengeMessages;
  ids: TotpChallengeIds;
  setCode(value: string): void;
  submit(): void;
}

/** The sign-in code step's machine, run by the same runner as enrollment. */
export function useTotpChallenge(options: UseTotpChallengeOptions): TotpChallengeApi {
  const { sessionWarningSeconds = 30, locale } = options;
  const messages = useMemo(() => resolveMessages<TotpChallengeMessages>(options.messages, enChallenge), [options.messages]);
  const ids = useIds(options.id, createChallengeIds);

  const runner = useRunner<TotpChallengeState, TotpChallengeEvent, TotpChallengeEffect, RespondRequest, TotpChallengeAdapter>(
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
          return { type: 'VERIFY.SUCCEEDED', requestId, result };
        } catch (error) {
          return { type: 'VERIFY.FAILED', requestId, error: classifyError(error) };
        }
      },
      run: (effect) => {
        if (effect.type === 'notify.signed-in') options.onSignedIn?.(effect.details);
        else if (effect.type === 'notify.error') options.onError?.(effect.details);
      },
    },
    startChallenge,
  );
  const { state, send } = runner;
  const [handlers] = useState(() => createChallengeHandlers(send));
  const [actions] = useState(() => ({
    setCode: (value: string) => send({ type: 'CODE.CHANGE', value }),
    submit: () => send({ type: 'VERIFY.SUBMIT' }),
  }));

  const adapter = runner.adapter() as TotpChallengeAdapter;
  const deviceName = adapter.friendlyDeviceName || null;
  const view = useMemo(() => connectChallenge(state, handlers, messages, ids, deviceName), [state, handlers, messages, ids, deviceName]);
  const draft = challengeDraft(state);
  // The clock counts while a code can still be typed into this session.
  const sessionSecondsLeft = secondsLeft(draft === null ? null : (adapter.getSessionExpiry?.() ?? null), runner.now);

  return usePublishedApi<TotpChallengeApi>(
    {
      state,
      status: state.status,
      ...view,
      code: draft?.code ?? '',
      error: state.status === ChallengeStatus.Error ? state.error : null,
      deviceName,
      canSubmit: isChallengeEditable(state) && isCompleteCode(draft?.code ?? ''),
      sessionSecondsLeft,
      sessionEndingSoon: sessionSecondsLeft !== null && sessionSecondsLeft <= sessionWarningSeconds,
      sessionWarningSeconds,
      locale,
      messages,
      ids,
      ...actions,
    },
    runner.flushFocus,
  );
}
