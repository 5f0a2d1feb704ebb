import { useEffect, useMemo, useRef, useState } from 'react';
import type { SignInResult } from '../core/adapter.js';
import { createSignInIds, type TotpSignInIds } from '../core/anatomy.js';
import { classifyError, type ClassifiedError, type ErrorDetails } from '../core/errors.js';
import type { TotpSignInMessages } from '../core/messages.js';
import { connectSignIn, createSignInHandlers, type TotpSignInPartProps, type TotpSignInShow, type TotpSignInText } from '../core/totp-sign-in.connect.js';
import { signInRequestOf, signInTransition, startSignIn } from '../core/totp-sign-in.machine.js';
import {
  SignInStatus,
  type MfaSetupChoice,
  type SignInStepRequest,
  type TotpSignInEffect,
  type TotpSignInEvent,
  type TotpSignInState,
  type TotpSignInDetails,
  type TotpSignInSteps,
} from '../core/totp-sign-in.types.js';
import type { TotpSetupVerifiedDetails } from '../core/totp-setup.types.js';
import { enSignIn, resolveMessages, type TotpSignInMessageOverrides } from '../i18n/messages.js';
import { usePublishedApi } from './api-store.js';
import { useIds } from './use-ids.js';
import { useRunner } from './use-runner.js';
import type { UseTotpChallengeOptions } from './use-totp-challenge.js';
import type { UseTotpSetupOptions } from './use-totp-setup.js';

export interface UseTotpSignInOptions<Handover = unknown> {
  /**
   * The sign-in, from the app's first answer: `createCognitoSignInSteps`, `createAmplifySignInSteps`,
   * `createCognitoIdentityJsSignInSteps`, the memory backend's, or your own. A new one after a failure
   * starts afresh.
   */
  steps: TotpSignInSteps<Handover>;
  /** For enrollment (MFA_SETUP): the QR code's issuer and account. */
  issuer: string;
  accountName: string;
  /**
   * Signed in: the tokens, or the library's `DONE` (the only place they reach the app), and the
   * authenticator's name when the sign-in learnt it (enrolled, or named by Cognito with the code).
   */
  onSignedIn?: (result: SignInResult, details: TotpSignInDetails) => void;
  /**
   * A step the kit does not handle (a new password, SMS or email codes, a custom challenge), or another
   * factor the user chose to set up (`method`): the app continues with `handover`. Nothing is shown.
   */
  onStep?: (handover: Handover, details: { method?: string }) => void;
  /** An authenticator was set up during this sign-in: keep its name for the settings page. */
  onEnrolled?: (details: TotpSetupVerifiedDetails) => void;
  /** Every failure, the screens' too; `action: 'sign-in'` means only a new sign-in helps. */
  onError?: (details: ErrorDetails) => void;
  /**
   * When MFA_SETUP offers other factors beside the authenticator app (EMAIL_OTP): `authenticator`
   * (default) sets it up; `user` lets the user choose, and hands another choice to `onStep`.
   */
  mfaSetupChoice?: MfaSetupChoice;
  /** Full or partial catalogue, for this component and the screens it shows; defaults to English. */
  messages?: TotpSignInMessageOverrides;
  locale?: string;
  id?: string;
}

/** The options of the screen on show, for `<TotpSetup>` or `<TotpChallenge>` (the parts' `Screen` uses them). */
export type TotpSignInScreenOptions =
  | { type: 'setup'; key: number; options: UseTotpSetupOptions }
  | { type: 'code'; key: number; options: UseTotpChallengeOptions };

export interface TotpSignInApi<Handover = unknown> {
  state: TotpSignInState<Handover>;
  status: SignInStatus;
  show: TotpSignInShow;
  text: TotpSignInText;
  parts: TotpSignInPartProps;
  error: ClassifiedError | null;
  /** The screen for the current step, wired to this sign-in; null when none is on show. */
  screen: TotpSignInScreenOptions | null;
  locale: string | undefined;
  messages: TotpSignInMessages;
  ids: TotpSignInIds;
  /** Choose the factor to set up (`SOFTWARE_TOKEN_MFA`, or another, handed to `onStep`). */
  choose(method: string): void;
  /** "Try again" after a failure that trying again can fix (`show.retry`). */
  retry(): void;
}

/** `<TotpSignIn>`'s machine: it follows the steps and shows enrollment or the code screen in turn. */
export function useTotpSignIn<Handover = unknown>(options: UseTotpSignInOptions<Handover>): TotpSignInApi<Handover> {
  const messages = useMemo(() => resolveMessages<TotpSignInMessages>(options.messages, enSignIn), [options.messages]);
  const ids = useIds(options.id, createSignInIds);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const runner = useRunner<TotpSignInState<Handover>, TotpSignInEvent<Handover>, TotpSignInEffect<Handover>, SignInStepRequest<Handover>, TotpSignInSteps<Handover>>(
    {
      adapter: options.steps,
      ids,
      transition: (current, event) => signInTransition(current, event, { mfaSetupChoice: options.mfaSetupChoice ?? 'authenticator' }),
      requestOf: signInRequestOf,
      perform: async (steps, { requestId, select }, signal): Promise<TotpSignInEvent<Handover>> => {
        try {
          const step = select ? await select.chooseAuthenticator({ signal }) : await steps.start({ signal });
          return { type: 'STEP.SUCCEEDED', requestId, step };
        } catch (error) {
          return { type: 'STEP.FAILED', requestId, error: classifyError(error) };
        }
      },
      run: (effect) => {
        if (effect.type === 'notify.signed-in') options.onSignedIn?.(effect.result, effect.details);
        else if (effect.type === 'notify.step') options.onStep?.(effect.handover, effect.method === undefined ? {} : { method: effect.method });
        else if (effect.type === 'notify.error') options.onError?.(effect.details);
      },
    },
    startSignIn,
  );
  const { state, send } = runner;
  const [handlers] = useState(() => createSignInHandlers(send as (event: TotpSignInEvent) => void));
  // The screens' callbacks, made once: they read the app's newest options when called.
  const [screenCallbacks] = useState(() => {
    const done = (result: SignInResult, friendlyDeviceName?: string) =>
      send({ type: 'SCREEN.DONE', step: latest.current.steps.next(result), friendlyDeviceName });
    const onError = (details: ErrorDetails) => latest.current.onError?.(details);
    return {
      setup: {
        onVerified(details: TotpSetupVerifiedDetails) {
          latest.current.onEnrolled?.(details);
          const { friendlyDeviceName, ...result } = details;
          done(result, friendlyDeviceName);
        },
        onError,
      },
      code: { onError },
      done,
    };
  });
  const view = useMemo(() => connectSignIn(state, handlers, messages, ids), [state, handlers, messages, ids]);
  const step = state.status === SignInStatus.Setup || state.status === SignInStatus.Code || state.status === SignInStatus.SignedIn ? state.step : null;
  const common = { id: ids.screen, messages, locale: options.locale };
  const screen: TotpSignInScreenOptions | null =
    step === null ? null
      : step.type === 'setup'
        ? { type: 'setup', key: state.screen, options: { ...common, ...screenCallbacks.setup, adapter: step.adapter, issuer: options.issuer, accountName: options.accountName } }
        : {
            type: 'code',
            key: state.screen,
            // Cognito named the device with the challenge (FRIENDLY_DEVICE_NAME): the app may keep it.
            options: { ...common, ...screenCallbacks.code, adapter: step.adapter, onSignedIn: (result) => screenCallbacks.done(result, step.adapter.friendlyDeviceName) },
          };

  return usePublishedApi<TotpSignInApi<Handover>>(
    {
      state,
      status: state.status,
      ...view,
      error: state.status === SignInStatus.Error ? state.error : null,
      screen,
      locale: options.locale,
      messages,
      ids,
      choose: (method) => send({ type: 'CHOOSE', method }),
      retry: handlers.onRetry,
    },
    runner.flushFocus,
  );
}
