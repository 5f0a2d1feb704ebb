import { signInAnatomy, type ButtonProps, type PartAttrs, type TotpSignInIds } from './anatomy.js';
import { errorText, type ValueEvent } from './code-step.connect.js';
import { ErrorKind } from './errors.js';
import type { TotpSignInMessages } from './messages.js';
import { AUTHENTICATOR, signInRequestOf } from './totp-sign-in.machine.js';
import { SignInStatus, type TotpSignInEvent, type TotpSignInState } from './totp-sign-in.types.js';

/** Which parts have something to show now. */
export interface TotpSignInShow {
  /** The screen for the current step: enrollment, or the code. */
  screen: 'setup' | 'code' | null;
  /** The factors to choose from, when MFA_SETUP offers more than the authenticator app. */
  choices: boolean;
  /** Its own heading, over the choice; each screen has its own. */
  title: boolean;
  /** "Try again", after a failure that trying again can fix (SELECT_MFA_TYPE's answer lost on the way). */
  retry: boolean;
}

/** One factor the user may choose to set up. */
export interface TotpSignInChoice {
  /** Cognito's name (`SOFTWARE_TOKEN_MFA`, `EMAIL_OTP`). */
  method: string;
  label: string;
}

export interface TotpSignInText {
  title: string;
  status: string;
  error: string | null;
  choices: TotpSignInChoice[];
}

export interface TotpSignInPartProps {
  root: PartAttrs<'totp-sign-in', 'root'> & { id: string; 'data-state': SignInStatus; 'aria-busy': true | undefined };
  title: PartAttrs<'totp-sign-in', 'title'> & { id: string; tabIndex: -1 };
  instructions: PartAttrs<'totp-sign-in', 'instructions'> & { id: string };
  choices: PartAttrs<'totp-sign-in', 'choices'> & { role: 'group'; 'aria-labelledby': string; 'aria-describedby': string };
  /** One button per choice: give it the choice's `method` as `value`. */
  choice: Omit<ButtonProps<'totp-sign-in', 'choice'>, 'onClick'> & { name: 'method'; onClick(event: ValueEvent): void };
  status: PartAttrs<'totp-sign-in', 'status'> & { role: 'status' };
  errorMessage: PartAttrs<'totp-sign-in', 'error-message'> & { id: string; role: 'alert'; tabIndex: -1; 'data-kind': string | undefined };
  retry: ButtonProps<'totp-sign-in', 'retry'>;
}

export interface TotpSignInView {
  show: TotpSignInShow;
  text: TotpSignInText;
  parts: TotpSignInPartProps;
}

export interface TotpSignInHandlers {
  onChoose(event: ValueEvent): void;
  onRetry(): void;
}

/** The handlers (each choice button's `value` is its method), made once so they keep their identity. */
export function createSignInHandlers(send: (event: TotpSignInEvent) => void): TotpSignInHandlers {
  return {
    onChoose: (event) => send({ type: 'CHOOSE', method: event.currentTarget.value }),
    onRetry: () => send({ type: 'RETRY' }),
  };
}

function choiceLabel(method: string, messages: TotpSignInMessages): string {
  if (method === AUTHENTICATOR) return messages.choiceAuthenticator;
  // Cognito's name (EMAIL_OTP) or Amplify's (EMAIL); a factor the kit has no word for keeps its name.
  return method === 'EMAIL_OTP' || method === 'EMAIL' ? messages.choiceEmail : method;
}

/** Every part's attributes, texts and handlers for `<TotpSignIn>`'s own parts, with no framework. */
export function connectSignIn<Handover>(state: TotpSignInState<Handover>, handlers: TotpSignInHandlers, messages: TotpSignInMessages, ids: TotpSignInIds): TotpSignInView {
  const attrs = signInAnatomy.attrs;
  const { status } = state;
  const error = status === SignInStatus.Error ? state.error : null;
  const choosing = status === SignInStatus.Choosing;
  return {
    show: {
      screen: status === SignInStatus.Setup || status === SignInStatus.Code ? status : status === SignInStatus.SignedIn && state.step ? state.step.type : null,
      choices: choosing,
      title: choosing,
      retry: status === SignInStatus.Error && state.retry !== null,
    },
    text: {
      title: messages.choiceTitle,
      status: status === SignInStatus.Starting ? messages.signInStarting : '',
      error: error
        ? error.action === 'sign-in' && error.kind !== ErrorKind.SessionExpired ? messages.signInAgain : errorText(error, messages)
        : null,
      choices: choosing ? [AUTHENTICATOR, ...state.step.alternatives].map((method) => ({ method, label: choiceLabel(method, messages) })) : [],
    },
    parts: {
      root: { ...attrs('root'), id: ids.root, 'data-state': status, 'aria-busy': signInRequestOf(state) !== null || undefined },
      title: { ...attrs('title'), id: ids.title, tabIndex: -1 },
      instructions: { ...attrs('instructions'), id: ids.instructions },
      choices: { ...attrs('choices'), role: 'group', 'aria-labelledby': ids.title, 'aria-describedby': ids.instructions },
      choice: { ...attrs('choice'), type: 'button', name: 'method', onClick: handlers.onChoose },
      status: { ...attrs('status'), role: 'status' },
      errorMessage: { ...attrs('error-message'), id: ids.errorMessage, role: 'alert', tabIndex: -1, 'data-kind': error?.kind },
      retry: { ...attrs('retry'), type: 'button', onClick: handlers.onRetry },
    },
  };
}
