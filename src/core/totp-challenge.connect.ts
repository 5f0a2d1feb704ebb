import { challengeAnatomy, type PartAttrs, type TotpChallengeIds } from './anatomy.js';
import { isolate } from './bidi.js';
import { codeProblemText, connectCodeStep, createCodeStepHandlers, errorText, type CodeStepHandlers, type CodeStepPartProps } from './code-step.connect.js';
import { ErrorKind, type ClassifiedError } from './errors.js';
import type { TotpChallengeMessages } from './messages.js';
import { challengeDraft, challengeRequestOf, isChallengeEditable } from './totp-challenge.machine.js';
import { ChallengeStatus, type TotpChallengeEvent, type TotpChallengeState } from './totp-challenge.types.js';


/** Which parts have something to show now. */
export interface TotpChallengeShow {
  /** The instructions, the code field and "Verify": while a code can be typed or is being checked. */
  form: boolean;
}

/** The texts that change with the state; the fixed ones are in the catalogue. */
export interface TotpChallengeText {
  title: string;
  instructions: string;
  status: string;
  error: string | null;
  submit: string;
}

export interface TotpChallengePartProps extends CodeStepPartProps<'totp-challenge'> {
  root: PartAttrs<'totp-challenge', 'root'> & { id: string; 'data-state': ChallengeStatus; 'aria-busy': true | undefined };
  title: PartAttrs<'totp-challenge', 'title'> & { id: string; tabIndex: -1 };
  instructions: PartAttrs<'totp-challenge', 'instructions'> & { id: string };
}

export interface TotpChallengeView {
  show: TotpChallengeShow;
  text: TotpChallengeText;
  parts: TotpChallengePartProps;
}

export type TotpChallengeHandlers = CodeStepHandlers;

/** The code step's handlers, made once per sign-in step so they keep their identity across renders. */
export function createChallengeHandlers(send: (event: TotpChallengeEvent) => void): TotpChallengeHandlers {
  return createCodeStepHandlers(send);
}

function challengeErrorText(error: ClassifiedError, messages: TotpChallengeMessages): string {
  if (error.action === 'sign-in' && error.kind !== ErrorKind.SessionExpired) return messages.signInAgain;
  return error.kind === ErrorKind.CodeUsed ? messages.codeUsed : errorText(error, messages);
}

function challengeStatusText(state: TotpChallengeState, messages: TotpChallengeMessages): string {
  if (state.status === ChallengeStatus.Verifying) return messages.verifying;
  if (state.status !== ChallengeStatus.Verified) return '';
  return state.furtherStep ? messages.challengeAccepted : messages.challengeVerified;
}

/** Every part's attributes, texts and handlers for the sign-in code step, with no framework. */
export function connectChallenge(
  state: TotpChallengeState,
  handlers: TotpChallengeHandlers,
  messages: TotpChallengeMessages,
  ids: TotpChallengeIds,
  /** The device Cognito named (FRIENDLY_DEVICE_NAME), if it did. */
  deviceName: string | null,
): TotpChallengeView {
  const attrs = challengeAnatomy.attrs;
  const editable = isChallengeEditable(state);
  const draft = challengeDraft(state);
  const error = state.status === ChallengeStatus.Error ? state.error : null;
  const errorMessage = error ? challengeErrorText(error, messages) : codeProblemText(draft, messages);
  const codeStep = connectCodeStep(
    { status: state.status, draft, editable, verifying: state.status === ChallengeStatus.Verifying, error, errorAboutCode: errorMessage !== null && draft !== null },
    attrs,
    ids,
    handlers,
    // The screen's one instruction says what to type; it shows no code hint of its own.
    ids.instructions,
  );
  return {
    show: { form: draft !== null },
    text: {
      title: messages.challengeTitle,
      instructions: deviceName ? messages.challengeInstructionsForDevice({ deviceName: isolate(deviceName) }) : messages.challengeInstructions,
      status: challengeStatusText(state, messages),
      error: errorMessage,
      submit: state.status === ChallengeStatus.Verifying ? messages.verifying : messages.submit,
    },
    parts: {
      ...codeStep,
      root: { ...attrs('root'), id: ids.root, 'data-state': state.status, 'aria-busy': challengeRequestOf(state) !== null || undefined },
      title: { ...attrs('title'), id: ids.title, tabIndex: -1 },
      instructions: { ...attrs('instructions'), id: ids.instructions },
    },
  };
}
