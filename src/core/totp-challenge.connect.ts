import { codeFieldProps, flag, type CancelableEvent } from './code-field.connect.js';
import { challengeDraft, challengeRequestOf } from './totp-challenge.machine.js';
import { challengePartAttrs as attrs, type TotpChallengeIds } from './totp-challenge.anatomy.js';
import { ChallengeStatus, type TotpChallengeEvent, type TotpChallengeState } from './totp-challenge.types.js';
import type { CommonErrorKind, TotpChallengeMessages } from './totp-setup.messages.js';
import { ErrorKind } from './totp-setup.types.js';

/** Every part's attributes, texts and handlers for the sign-in code step, with no framework. */
export function connectChallenge(
  state: TotpChallengeState,
  send: (event: TotpChallengeEvent) => void,
  messages: TotpChallengeMessages,
  { ids, deviceName }: { ids: TotpChallengeIds; deviceName?: string | undefined },
) {
  const editable = challengeDraft(state) !== null;
  const draft = state.status === ChallengeStatus.Verified ? null : state.draft;
  const error = state.status === ChallengeStatus.Error ? state.error : null;
  const errorText = error
    ? error.action === 'sign-in' ? (error.kind === ErrorKind.SessionExpired ? messages.sessionExpiredSignIn : messages.signInAgain)
      : error.kind === ErrorKind.CodeUsed ? messages.codeUsed : messages.errors[error.kind as CommonErrorKind]
    : draft?.codeInvalid ? messages.codeIncomplete : null;
  const invalid = (draft?.codeInvalid ?? false) || error?.kind === ErrorKind.WrongCode || error?.kind === ErrorKind.CodeUsed;

  return {
    errorText,
    titleText: messages.challengeTitle,
    instructionsText: deviceName ? messages.challengeInstructionsForDevice({ deviceName }) : messages.challengeInstructions,
    submitText: state.status === ChallengeStatus.Verifying ? messages.verifying : messages.submit,
    statusText: state.status === ChallengeStatus.Verifying ? messages.verifying : state.status === ChallengeStatus.Verified ? messages.challengeVerified : '',
    root: { ...attrs('root'), id: ids.root, 'data-state': state.status, 'aria-busy': challengeRequestOf(state) !== null || undefined },
    title: { ...attrs('title'), id: ids.title, tabIndex: -1 },
    instructions: { ...attrs('instructions'), id: ids.instructions },
    form: {
      ...attrs('form'),
      noValidate: true,
      'aria-labelledby': ids.title,
      onSubmit(event: CancelableEvent) {
        event.preventDefault();
        send({ type: 'VERIFY.SUBMIT' });
      },
    },
    codeLabel: { ...attrs('code-label'), htmlFor: ids.codeInput },
    codeHint: { ...attrs('code-hint'), id: ids.codeHint },
    codeInput: {
      ...attrs('code-input'),
      ...codeFieldProps(
        ids.codeInput,
        draft?.code ?? '',
        editable,
        invalid,
        `${errorText !== null && draft !== null ? `${ids.errorMessage} ` : ''}${ids.instructions} ${ids.codeHint}`,
        (value) => send({ type: 'CODE.CHANGE', value }),
      ),
    },
    submit: { ...attrs('submit'), type: 'submit' as const, 'aria-disabled': !editable || undefined, 'data-loading': flag(state.status === ChallengeStatus.Verifying) },
    status: { ...attrs('status'), role: 'status', 'data-state': state.status },
    errorMessage: { ...attrs('error-message'), id: ids.errorMessage, role: 'alert', tabIndex: -1, 'data-kind': error?.kind ?? (draft?.codeInvalid ? 'incomplete-code' : undefined) },
    countdown: { ...attrs('countdown'), role: 'timer', 'aria-live': 'off' as const },
    countdownWarning: { ...attrs('countdown-warning'), role: 'status' },
  };
}
export type TotpChallengePartProps = ReturnType<typeof connectChallenge>;
