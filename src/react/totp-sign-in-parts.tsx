import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { createParts, useClassName } from './define-part.js';
import { defineProvider, defineRoot, defineTitle, optionNames, type HeadingLevel, type HeadingProps, type PartsRootProps } from './define-root.js';
import { mergeProps } from './merge-props.js';
import { TotpChallenge } from './totp-challenge.js';
import { TotpSetup } from './totp-setup.js';
import { useTotpSignIn, type TotpSignInApi, type UseTotpSignInOptions } from './use-totp-sign-in.js';

const [SignInContext, useSignInSelector, definePart] = /* @__PURE__ */ createParts<TotpSignInApi>('TotpSignInParts');
export { useSignInSelector };

/** Shares a sign-in created with `useTotpSignIn` with the parts below it, without markup. */
export const Provider = /* @__PURE__ */ defineProvider(SignInContext);

const optionKeys = /* @__PURE__ */ optionNames<UseTotpSignInOptions>()([
  'steps', 'issuer', 'accountName', 'onSignedIn', 'onStep', 'onEnrolled', 'onError', 'mfaSetupChoice', 'messages', 'locale', 'id',
]);

export type TotpSignInRootProps = PartsRootProps<TotpSignInApi, UseTotpSignInOptions, 'signIn'>;

/** The element that carries `data-state`. Give it either hook options or a `signIn` from `useTotpSignIn`. */
export const Root = /* @__PURE__ */ defineRoot<TotpSignInApi, UseTotpSignInOptions, 'signIn'>(SignInContext, useTotpSignIn, optionKeys, 'signIn', 'TotpSignInParts');

export type TotpSignInTitleProps = HeadingProps;

/** The heading over the choice of a factor; each screen has its own. */
export const Title = /* @__PURE__ */ (() => {
  const Heading = defineTitle(useSignInSelector);
  const shown = ({ show }: TotpSignInApi) => show.title;
  return forwardRef<HTMLHeadingElement, HeadingProps>(function Title(props, ref) {
    return useSignInSelector('Title', shown) ? <Heading {...props} ref={ref} /> : null;
  });
})();

/** What to choose between, while the user chooses. */
export const Instructions = /* @__PURE__ */ definePart('Instructions', 'p', ({ show, parts, messages }) => (show.choices ? { ...parts.instructions, children: messages.choiceInstructions } : null));

const selectChoices = ({ show, text, parts }: TotpSignInApi) => (show.choices ? { group: parts.choices, choice: parts.choice, choices: text.choices } : null);

/** The factors MFA_SETUP offers, one button each; the authenticator app first. */
export const Choices = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function Choices(props, ref) {
  const kit = useSignInSelector('Choices', selectChoices);
  const className = useClassName('choices');
  const choiceClass = useClassName('choice');
  if (kit === null) return null;
  return (
    <div {...mergeProps({ ...kit.group, className }, props)} ref={ref}>
      {kit.choices.map(({ method, label }) => (
        <button key={method} {...kit.choice} className={choiceClass} value={method}>
          {label}
        </button>
      ))}
    </div>
  );
});

/** A polite live region: "Signing in…" while the first answer is read. Keep it mounted. */
export const StatusMessage = /* @__PURE__ */ definePart('StatusMessage', 'p', ({ parts, text }) => ({ ...parts.status, children: text.status }));

/** What went wrong before any screen could show it. Mounted throughout, but while a screen (with its own) is on show. */
export const ErrorMessage = /* @__PURE__ */ definePart('ErrorMessage', 'p', ({ show, parts, text }) => (show.screen ? null : { ...parts.errorMessage, children: text.error ?? '' }));

/** "Try again", after a failure that trying again can fix; it sends SELECT_MFA_TYPE's answer again. */
export const Retry = /* @__PURE__ */ definePart('Retry', 'button', ({ show, parts, messages }) => (show.retry ? { ...parts.retry, children: messages.retry } : null));

/** What the screens take from the app beside what the sign-in wires. */
export interface TotpSignInScreenProps {
  /** Level of the screens' headings. Default 2. */
  headingLevel?: HeadingLevel;
  /** Switch the kit's stylesheet off in the screens. */
  unstyled?: boolean;
}

const selectScreen = ({ screen }: TotpSignInApi) => screen;

/** The screen for the current step: enrollment (MFA_SETUP) or the code, wired to this sign-in. */
export function Screen(props: TotpSignInScreenProps) {
  const screen = useSignInSelector('Screen', selectScreen);
  if (screen === null) return null;
  return screen.type === 'setup' ? <TotpSetup key={screen.key} {...screen.options} {...props} /> : <TotpChallenge key={screen.key} {...screen.options} {...props} />;
}
