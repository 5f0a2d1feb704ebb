import { defineCodeStepParts } from './code-step-parts.js';
import { createParts } from './define-part.js';
import { defineProvider, defineRoot, defineTitle, optionNames, type HeadingProps, type PartsRootProps } from './define-root.js';
import { useTotpChallenge, type TotpChallengeApi, type UseTotpChallengeOptions } from './use-totp-challenge.js';

const [ChallengeContext, useChallengeSelector, definePart] = /* @__PURE__ */ createParts<TotpChallengeApi>('TotpChallengeParts');
export { useChallengeSelector };

/** Shares a code step created with `useTotpChallenge` with the parts below it, without markup. */
export const Provider = /* @__PURE__ */ defineProvider(ChallengeContext);

const optionKeys = /* @__PURE__ */ optionNames<UseTotpChallengeOptions>()(['adapter', 'autoSubmit', 'onSignedIn', 'onError', 'messages', 'locale', 'sessionWarningSeconds', 'id']);

export type TotpChallengeRootProps = PartsRootProps<TotpChallengeApi, UseTotpChallengeOptions, 'challenge'>;

/** The element that carries `data-state`. Give it either hook options or a `challenge` from `useTotpChallenge`. */
export const Root = /* @__PURE__ */ defineRoot(ChallengeContext, useTotpChallenge, optionKeys, 'challenge', 'TotpChallengeParts');

export type TotpChallengeTitleProps = HeadingProps;

/** The heading; it takes focus once the code is accepted. */
export const Title = /* @__PURE__ */ defineTitle(useChallengeSelector);

/** What to do, naming the device when Cognito did. */
export const Instructions = /* @__PURE__ */ definePart('Instructions', 'p', ({ show, parts, text }) => (show.form ? { ...parts.instructions, children: text.instructions } : null));

export const { Form, CodeLabel, CodeHint, CodeInput, Submit, StatusMessage, ErrorMessage, Countdown } = /* @__PURE__ */ defineCodeStepParts(definePart, useChallengeSelector);
