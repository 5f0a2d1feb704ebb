import { errorDetails, type ClassifiedError } from './errors.js';
import { isStaleAnswer, unchanged } from './machine.types.js';
import {
  SignInStatus,
  type SignInStepRequest,
  type SignInTrigger,
  type TotpSignInConfig,
  type TotpSignInEffect,
  type TotpSignInEvent,
  type TotpSignInScreenState,
  type TotpSignInState,
  type TotpSignInStep,
  type TotpSignInTransition,
} from './totp-sign-in.types.js';

/** The authenticator app's name in Cognito's lists of factors (MFAS_CAN_SETUP, MFAS_CAN_CHOOSE). */
export const AUTHENTICATOR = 'SOFTWARE_TOKEN_MFA';

export const defaultSignInConfig: TotpSignInConfig = { mfaSetupChoice: 'authenticator' };

/** Reading the first answer. */
export function startSignIn<Handover>(): TotpSignInTransition<Handover> {
  const state: TotpSignInState<Handover> = { status: SignInStatus.Starting, requestId: 1, screen: 0, select: null, trigger: 'start' };
  return { state, effects: [signInRequestOf(state)!] };
}

function starting<Handover>(
  state: TotpSignInState<Handover>,
  select: Extract<TotpSignInStep<Handover>, { type: 'select' }> | null,
  trigger: SignInTrigger,
): TotpSignInState<Handover> {
  return { status: SignInStatus.Starting, requestId: state.requestId + 1, screen: state.screen, select, trigger };
}

/**
 * The first answer comes from the app's sign-in (a password, a library's callback): when it cannot be
 * read, only a new sign-in helps. Answering SELECT_MFA_TYPE may be tried again where trying helps.
 */
function failed<Handover>(state: TotpSignInState<Handover>, error: ClassifiedError): TotpSignInTransition<Handover> {
  const select = state.status === SignInStatus.Starting ? state.select : null;
  const shown = select ? error : { ...error, action: 'sign-in' as const, retryable: false };
  return {
    state: {
      status: SignInStatus.Error,
      requestId: state.requestId,
      screen: state.screen,
      error: shown,
      retry: select && shown.retryable ? select : null,
      stepsRetried: state.status === SignInStatus.Starting && state.trigger === 'steps',
    },
    effects: [{ type: 'notify.error', details: errorDetails(shown) }, { type: 'focus', target: 'errorMessage' }],
  };
}

/**
 * Reading the first answer may be asked again (a library's answer, or a promise of it); answering
 * SELECT_MFA_TYPE spends the sign-in session's turn, so it is sent once.
 */
export function signInRequestOf<Handover>(state: TotpSignInState<Handover>): SignInStepRequest<Handover> | null {
  if (state.status !== SignInStatus.Starting) return null;
  const { requestId, select } = state;
  return { type: 'request', operation: select ? 'select' : 'start', requestId, once: select !== null, select };
}

function isScreen<Handover>(state: TotpSignInState<Handover>): state is TotpSignInScreenState<Handover> {
  return state.status === SignInStatus.Setup || state.status === SignInStatus.Code;
}

/** The step `step` leads to, from `state`: a screen, a choice, an answer to send, or an outcome for the app. */
function enter<Handover>(
  state: TotpSignInState<Handover>,
  step: TotpSignInStep<Handover>,
  config: TotpSignInConfig,
  friendlyDeviceName?: string,
): TotpSignInTransition<Handover> {
  const { requestId } = state;
  const trigger = state.status === SignInStatus.Starting ? state.trigger : 'start';
  // A new screen after one the user worked in, or after "Try again", is news: its heading takes focus.
  // The first one is the page's.
  const screen = state.screen + 1;
  const focus: TotpSignInEffect<Handover>[] = state.screen > 0 || trigger === 'user' ? [{ type: 'focus', target: 'title' }] : [];
  switch (step.type) {
    case 'signed-in':
      return {
        state: { status: SignInStatus.SignedIn, requestId, screen: state.screen, step: isScreen(state) ? state.step : null },
        effects: [{ type: 'notify.signed-in', result: step.result, details: friendlyDeviceName === undefined ? {} : { friendlyDeviceName } }],
      };
    case 'handover':
      return { state: { status: SignInStatus.HandedOver, requestId, screen: state.screen }, effects: [{ type: 'notify.step', handover: step.handover }] };
    case 'select': {
      const next = starting(state, step, trigger);
      return { state: next, effects: [signInRequestOf(next)!] };
    }
    case 'setup':
      if (step.alternatives.length > 0 && config.mfaSetupChoice === 'user') {
        return { state: { status: SignInStatus.Choosing, requestId, screen, step }, effects: focus };
      }
      return { state: { status: SignInStatus.Setup, requestId, screen, step }, effects: focus };
    case 'code':
      return { state: { status: SignInStatus.Code, requestId, screen, step }, effects: focus };
    default:
      return step satisfies never;
  }
}

/**
 * The sign-in as a pure function: from the first answer through the screens to tokens, or to the app
 * for a step the kit does not handle. The screens themselves run their own machines.
 */
export function signInTransition<Handover>(
  state: TotpSignInState<Handover>,
  event: TotpSignInEvent<Handover>,
  config: TotpSignInConfig = defaultSignInConfig,
): TotpSignInTransition<Handover> {
  if (isStaleAnswer(event, signInRequestOf(state))) return unchanged(state);
  switch (event.type) {
    case 'STEP.SUCCEEDED':
      return enter(state, event.step, config);
    case 'STEP.FAILED':
      return failed(state, event.error);
    case 'RETRY': {
      if (state.status !== SignInStatus.Error || state.retry === null) return unchanged(state);
      const next = starting(state, state.retry, 'user');
      return { state: next, effects: [signInRequestOf(next)!] };
    }
    case 'SCREEN.DONE':
      return isScreen(state) ? enter(state, event.step, config, event.friendlyDeviceName) : unchanged(state);
    case 'CHOOSE': {
      if (state.status !== SignInStatus.Choosing) return unchanged(state);
      if (event.method === AUTHENTICATOR) return { state: { ...state, status: SignInStatus.Setup }, effects: [{ type: 'focus', target: 'title' }] };
      return {
        state: { status: SignInStatus.HandedOver, requestId: state.requestId, screen: state.screen },
        effects: [{ type: 'notify.step', handover: state.step.handover, method: event.method }],
      };
    }
    case 'ADAPTER.CHANGE': {
      // New steps are a new sign-in: after one that failed, they start afresh, once; steps made on
      // every render would otherwise start, fail and re-render without end.
      if (state.status !== SignInStatus.Error || state.stepsRetried) return unchanged(state);
      const next = starting(state, null, 'steps');
      return { state: next, effects: [{ type: 'adapter.adopt' }, signInRequestOf(next)!] };
    }
    case 'SESSION.EXPIRED':
      // The screens run their own session clocks.
      return unchanged(state);
    default:
      return event satisfies never;
  }
}
