import { defineCountdown } from './countdown.js';
import { defineProvider, defineRoot, defineTitle, type HeadingProps, type PartsRootProps } from './define-root.js';
import { defineChallengePart, TotpChallengeContext, useTotpChallengeContext } from './totp-challenge-context.js';
import { useTotpChallenge, type TotpChallengeApi, type UseTotpChallengeOptions } from './use-totp-challenge.js';

/** Shares a code step created with `useTotpChallenge` with the parts below it, without markup. */
export const Provider = /* @__PURE__ */ defineProvider(TotpChallengeContext);

const optionKeys = ['adapter', 'autoSubmit', 'onSignedIn', 'onError', 'messages', 'locale', 'sessionWarningSeconds', 'id'] as const satisfies ReadonlyArray<
  keyof UseTotpChallengeOptions
>;
// Fails to compile when an option is added to the hook but not listed above.
const everyOptionListed: Exclude<keyof UseTotpChallengeOptions, (typeof optionKeys)[number]> extends never ? true : never = true;
void everyOptionListed;

export type ChallengeRootProps = PartsRootProps<TotpChallengeApi, UseTotpChallengeOptions, 'challenge'>;

/** The element that carries `data-state`. Give it either hook options or a `challenge` from `useTotpChallenge`. */
export const Root = /* @__PURE__ */ defineRoot(TotpChallengeContext, useTotpChallenge, optionKeys, 'challenge');

export type ChallengeTitleProps = HeadingProps;

/** The heading; it takes focus once the code is accepted. */
export const Title = /* @__PURE__ */ defineTitle(useTotpChallengeContext);

/** What to do, naming the device when Cognito did. */
export const Instructions = /* @__PURE__ */ defineChallengePart('Instructions', 'p', ({ parts }) => ({ ...parts.instructions, children: parts.instructionsText }));

/** Submitting (Enter in the field, or the button) answers the challenge. */
export const Form = /* @__PURE__ */ defineChallengePart('Form', 'form', ({ parts }) => parts.form);
export const CodeLabel = /* @__PURE__ */ defineChallengePart('CodeLabel', 'label', ({ parts, messages }) => ({ ...parts.codeLabel, children: messages.codeLabel }));
export const CodeHint = /* @__PURE__ */ defineChallengePart('CodeHint', 'p', ({ parts, messages }) => ({ ...parts.codeHint, children: messages.codeHint }));

/** The same one-field code input as enrollment: autofill, paste, numeric keyboard, six digits. */
export const CodeInput = /* @__PURE__ */ defineChallengePart('CodeInput', 'input', ({ parts }) => parts.codeInput);

export const Submit = /* @__PURE__ */ defineChallengePart('Submit', 'button', ({ parts }) => ({ ...parts.submit, children: parts.submitText }));

/** A polite live region: checking, signed in. */
export const StatusMessage = /* @__PURE__ */ defineChallengePart('StatusMessage', 'p', ({ parts }) => ({ ...parts.status, children: parts.statusText }));

/** What went wrong and what to do; place it right under the code field, which it describes. */
export const ErrorMessage = /* @__PURE__ */ defineChallengePart('ErrorMessage', 'p', ({ parts }) => ({ ...parts.errorMessage, children: parts.errorText ?? '' }));

/** The time left in the sign-in session, when the adapter knows it. */
export const Countdown = /* @__PURE__ */ defineCountdown(useTotpChallengeContext);
