import { errorDetails } from './errors.js';
import { isStaleAnswer, unchanged } from './machine.types.js';
import {
  SignInStatus,
  type SignInStepRequest,
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
  const state: TotpSignInState<Handover> = { status: SignInStatus.Starting, requestId: 1, screen: 0, select: null };
  return { state, effects: [signInRequestOf(state)!] };
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
  // A new screen after one the user worked in is news: its heading takes focus. The first one is the page's.
  const screen = state.screen + 1;
  const focus: TotpSignInEffect<Handover>[] = state.screen > 0 ? [{ type: 'focus', target: 'title' }] : [];
  switch (step.type) {
    case 'signed-in':
      return {
        state: { status: SignInStatus.SignedIn, requestId, screen: state.screen, step: isScreen(state) ? state.step : null },
        effects: [{ type: 'notify.signed-in', result: step.result, details: friendlyDeviceName === undefined ? {} : { friendlyDeviceName } }],
      };
    case 'handover':
      return { state: { status: SignInStatus.HandedOver, requestId, screen: state.screen }, effects: [{ type: 'notify.step', handover: step.handover }] };
    case 'select': {
      const next: TotpSignInState<Handover> = { status: SignInStatus.Starting, requestId: requestId + 1, screen: state.screen, select: step };
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
      return {
        state: { status: SignInStatus.Error, requestId: state.requestId, screen: state.screen, error: event.error },
        effects: [{ type: 'notify.error', details: errorDetails(event.error) }, { type: 'focus', target: 'errorMessage' }],
      };
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
      // New steps are a new sign-in: after one that failed, they start afresh.
      if (state.status !== SignInStatus.Error) return unchanged(state);
      const next: TotpSignInState<Handover> = { status: SignInStatus.Starting, requestId: state.requestId + 1, screen: state.screen, select: null };
      return { state: next, effects: [{ type: 'adapter.adopt' }, signInRequestOf(next)!] };
    }
    case 'SESSION.EXPIRED':
      // The screens run their own session clocks.
      return unchanged(state);
    default:
      return event satisfies never;
  }
}
