import type { SignInResult } from './adapter.js';
import type { ClassifiedError, ErrorAction, ErrorKind } from './totp-setup.types.js';

/** Where a sign-in with a code stands; the values appear in the DOM as `data-state`. */
export const ChallengeStatus = {
  Ready: 'ready',
  Verifying: 'verifying',
  Verified: 'verified',
  Error: 'error',
} as const;
export type ChallengeStatus = (typeof ChallengeStatus)[keyof typeof ChallengeStatus];

/** The code being typed. */
export interface ChallengeDraft {
  /** Digits only, at most six. */
  code: string;
  /** Set when a submit was refused because the code was incomplete. */
  codeInvalid: boolean;
}

interface Shared {
  /** The newest request asked for; a response carries it back. */
  requestId: number;
}

export type TotpChallengeState =
  | (Shared & { status: typeof ChallengeStatus.Ready; draft: ChallengeDraft })
  | (Shared & { status: typeof ChallengeStatus.Verifying; draft: ChallengeDraft })
  /** No tokens: those go to `onSignedIn` alone. */
  | (Shared & { status: typeof ChallengeStatus.Verified })
  | (Shared & {
      status: typeof ChallengeStatus.Error;
      error: ClassifiedError;
      /** Kept while another code can be tried in the same session; null when only a new sign-in helps. */
      draft: ChallengeDraft | null;
    });

export type TotpChallengeEvent =
  | { type: 'CODE.CHANGE'; value: string }
  | { type: 'VERIFY.SUBMIT' }
  | { type: 'RESPOND.SUCCEEDED'; requestId: number; result: SignInResult }
  | { type: 'RESPOND.FAILED'; requestId: number; error: ClassifiedError }
  | { type: 'SESSION.EXPIRED' };

export type RespondEffect = { type: 'respond'; requestId: number; userCode: string };

/** Tokens, a further challenge (e.g. device tracking's DEVICE_SRP_AUTH), or the library's next step. */
export type SignedInDetails = SignInResult;

export interface ChallengeErrorDetails {
  kind: ErrorKind;
  action: ErrorAction;
  error: ClassifiedError;
}

export type TotpChallengeEffect =
  | RespondEffect
  | { type: 'notify.signed-in'; details: SignedInDetails }
  | { type: 'notify.error'; details: ChallengeErrorDetails }
  | { type: 'focus'; target: 'title' | 'codeInput' | 'errorMessage'; ifFocusWithin?: boolean }
  | { type: 'clock.start' }
  | { type: 'clock.stop' };

export interface TotpChallengeTransition {
  state: TotpChallengeState;
  effects: TotpChallengeEffect[];
}
