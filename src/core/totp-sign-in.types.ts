import type { RequestOptions, SignInResult, TotpChallengeAdapter, TotpSetupAdapter } from './adapter.js';
import type { ClassifiedError, ErrorDetails } from './errors.js';
import type { AdoptAdapterEffect, FocusEffect, RequestEffect, RunnerEvent, Transition } from './machine.types.js';

/**
 * Where a sign-in stands, as the kit reads the app's sign-in library. `handover` is what the app
 * needs to continue a step itself (in its library's terms: a challenge and its session, a `nextStep`, …).
 */
export type TotpSignInStep<Handover = unknown> =
  /** MFA_SETUP offering an authenticator app; `alternatives` are the other factors offered (EMAIL_OTP). */
  | { type: 'setup'; adapter: TotpSetupAdapter; alternatives: readonly string[]; handover: Handover }
  /** SOFTWARE_TOKEN_MFA: the code from the authenticator app. */
  | { type: 'code'; adapter: TotpChallengeAdapter; handover: Handover }
  /** SELECT_MFA_TYPE offering the authenticator app: answered with it, then the code is asked for. */
  | { type: 'select'; chooseAuthenticator(options: RequestOptions): Promise<TotpSignInStep<Handover>>; handover: Handover }
  /** Signed in: tokens, or the library's `DONE`. */
  | { type: 'signed-in'; result: SignInResult }
  /** Anything the kit does not handle (NEW_PASSWORD_REQUIRED, SMS_MFA, EMAIL_OTP, a custom challenge). */
  | { type: 'handover'; handover: Handover };

/**
 * A sign-in as the kit follows it, built from the app's first sign-in answer by a library's
 * `create…SignInSteps`. The steps hold the session; the component never sees it.
 */
export interface TotpSignInSteps<Handover = unknown> {
  /** The step of the first answer; it may wait for a library's callback. Asking again is harmless. */
  start(options: RequestOptions): Promise<TotpSignInStep<Handover>>;
  /** The step after a screen finished, from what it answered (tokens, a further challenge, a library step). */
  next(result: SignInResult): TotpSignInStep<Handover>;
}

/** What the sign-in learnt on the way, beside the tokens. */
export interface TotpSignInDetails {
  /** The authenticator's name: the one just enrolled, or the one Cognito named with the code (FRIENDLY_DEVICE_NAME). */
  friendlyDeviceName?: string;
}

/** Where `<TotpSignIn>` stands; the values appear in the DOM as `data-state`. */
export const SignInStatus = {
  /** Reading the first answer, or answering SELECT_MFA_TYPE. */
  Starting: 'starting',
  /** MFA_SETUP offers other factors too, and the user chooses. */
  Choosing: 'choosing',
  Setup: 'setup',
  Code: 'code',
  SignedIn: 'signed-in',
  /** A step the kit does not handle went to the app (`onStep`); nothing is shown. */
  HandedOver: 'handed-over',
  Error: 'error',
} as const;
export type SignInStatus = (typeof SignInStatus)[keyof typeof SignInStatus];

/** Who chooses when MFA_SETUP offers other factors beside the authenticator app. */
export type MfaSetupChoice = 'authenticator' | 'user';

export interface TotpSignInConfig {
  mfaSetupChoice: MfaSetupChoice;
}

/** A step with a screen of its own: enrollment, or the code. */
export type TotpSignInScreenStep<Handover = unknown> = Extract<TotpSignInStep<Handover>, { type: 'setup' | 'code' }>;

/** What every sign-in state has. */
export interface TotpSignInStateBase {
  requestId: number;
  /** Counts the screens shown, so each new step gets a fresh one (and focus moves to its heading). */
  screen: number;
}

/** What set a request off: the first render, new steps from the app, or the user's "Try again". */
export type SignInTrigger = 'start' | 'steps' | 'user';

export interface TotpSignInStartingState<Handover = unknown> extends TotpSignInStateBase {
  status: typeof SignInStatus.Starting;
  /** SELECT_MFA_TYPE being answered, or null while the first answer is read. */
  select: Extract<TotpSignInStep<Handover>, { type: 'select' }> | null;
  trigger: SignInTrigger;
}
export interface TotpSignInChoosingState<Handover = unknown> extends TotpSignInStateBase {
  status: typeof SignInStatus.Choosing;
  step: Extract<TotpSignInStep<Handover>, { type: 'setup' }>;
}
export interface TotpSignInScreenState<Handover = unknown> extends TotpSignInStateBase {
  status: typeof SignInStatus.Setup | typeof SignInStatus.Code;
  step: TotpSignInScreenStep<Handover>;
}
/** No tokens: they went to `onSignedIn` alone. The last screen stays, showing its outcome. */
export interface TotpSignInSignedInState<Handover = unknown> extends TotpSignInStateBase {
  status: typeof SignInStatus.SignedIn;
  step: TotpSignInScreenStep<Handover> | null;
}
export interface TotpSignInHandedOverState extends TotpSignInStateBase {
  status: typeof SignInStatus.HandedOver;
}
export interface TotpSignInErrorState<Handover = unknown> extends TotpSignInStateBase {
  status: typeof SignInStatus.Error;
  error: ClassifiedError;
  /** The SELECT_MFA_TYPE answer "Try again" sends again, after a failure that trying again can fix. */
  retry: Extract<TotpSignInStep<Handover>, { type: 'select' }> | null;
  /** The failure came from new steps: more new steps (made on every render) do not start again. */
  stepsRetried: boolean;
}

export type TotpSignInState<Handover = unknown> =
  | TotpSignInStartingState<Handover>
  | TotpSignInChoosingState<Handover>
  | TotpSignInScreenState<Handover>
  | TotpSignInSignedInState<Handover>
  | TotpSignInHandedOverState
  | TotpSignInErrorState<Handover>;

export type TotpSignInEvent<Handover = unknown> =
  | RunnerEvent
  | { type: 'STEP.SUCCEEDED'; requestId: number; step: TotpSignInStep<Handover> }
  | { type: 'STEP.FAILED'; requestId: number; error: ClassifiedError }
  /** The step after the current screen's success, as the steps read its result; the device it named. */
  | { type: 'SCREEN.DONE'; step: TotpSignInStep<Handover>; friendlyDeviceName: string | undefined }
  /** The user chose the authenticator app, or another factor (`method`), in MFA_SETUP. */
  | { type: 'CHOOSE'; method: string }
  /** "Try again" after a failure that trying again can fix. */
  | { type: 'RETRY' };

export interface SignInStepRequest<Handover = unknown> extends RequestEffect {
  operation: 'start' | 'select';
  /** For `select`: the SELECT_MFA_TYPE step to answer. */
  select: Extract<TotpSignInStep<Handover>, { type: 'select' }> | null;
}

export type SignInFocusTarget = 'title' | 'errorMessage';

export type TotpSignInEffect<Handover = unknown> =
  | SignInStepRequest<Handover>
  | { type: 'notify.signed-in'; result: SignInResult; details: TotpSignInDetails }
  | { type: 'notify.step'; handover: Handover; method?: string }
  | { type: 'notify.error'; details: ErrorDetails }
  | FocusEffect<SignInFocusTarget>
  | AdoptAdapterEffect;

export type TotpSignInTransition<Handover = unknown> = Transition<TotpSignInState<Handover>, TotpSignInEffect<Handover>>;
