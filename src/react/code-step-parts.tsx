import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { CodeStepPartProps } from '../core/code-step.connect.js';
import type { TotpSharedMessages } from '../core/messages.js';
import { formatInteger, formatTimeLeft } from '../i18n/format.js';
import { useClassName, type KitProps, type PartComponent } from './define-part.js';
import { mergeProps } from './merge-props.js';

/** What the code step's parts read from the component they belong to. */
export interface CodeStepApi {
  show: { form: boolean };
  parts: CodeStepPartProps<string>;
  text: { submit: string; status: string; error: string | null };
  messages: TotpSharedMessages;
  sessionSecondsLeft: number | null;
  sessionEndingSoon: boolean;
  sessionWarningSeconds: number;
  locale: string | undefined;
}

type DefinePart<Api> = <T extends keyof HTMLElementTagNameMap>(name: string, tag: T, select: (api: Api) => KitProps | null) => PartComponent<T>;
type UseApiSelector<Api> = <T>(partName: string, select: (api: Api) => T) => T;

const selectCountdown = ({ parts, sessionSecondsLeft, sessionEndingSoon, locale, messages }: CodeStepApi) =>
  sessionSecondsLeft === null
    ? null
    : { ...parts.countdown, 'data-warning': sessionEndingSoon ? '' : undefined, time: messages.sessionTimeLeft({ time: formatTimeLeft(sessionSecondsLeft, locale) }) };
const selectWarning = ({ parts, sessionEndingSoon, sessionWarningSeconds, locale, messages }: CodeStepApi) => ({
  ...parts.countdownWarning,
  // Said once, as the threshold is crossed: the region's text changes only then.
  children: sessionEndingSoon ? messages.sessionEndingSoon({ seconds: formatInteger(sessionWarningSeconds, locale) }) : '',
});

/**
 * The parts enrollment and sign-in share, each in its own component's scope and state. The field's
 * parts render only while there is a code to type or check, so a layout of parts has nothing left
 * over once the code was accepted.
 */
/*#__NO_SIDE_EFFECTS__*/
export function defineCodeStepParts<Api extends CodeStepApi>(definePart: DefinePart<Api>, useApiSelector: UseApiSelector<Api>) {
  return {
    /** Submitting (Enter in a field, or the button) verifies; after a failed verify, verifies again. */
    Form: definePart('Form', 'form', ({ show, parts }) => (show.form ? parts.form : null)),
    CodeLabel: definePart('CodeLabel', 'label', ({ show, parts, messages }) => (show.form ? { ...parts.codeLabel, children: messages.codeLabel } : null)),
    CodeHint: definePart('CodeHint', 'p', ({ show, parts, messages }) => (show.form ? { ...parts.codeHint, children: messages.codeHint } : null)),
    /**
     * One real input, not six: autofill, paste, password managers and screen readers all expect a
     * single field. Digits only, six at most; the sixth typed digit verifies.
     */
    CodeInput: definePart('CodeInput', 'input', ({ show, parts }) => (show.form ? parts.codeInput : null)),
    /** The one primary action: verify, and verify again after a failure that retrying can fix. */
    Submit: definePart('Submit', 'button', ({ show, parts, text }) => (show.form ? { ...parts.submit, children: text.submit } : null)),
    /** A polite live region that says what is happening: loading, checking, done. Keep it mounted. */
    StatusMessage: definePart('StatusMessage', 'p', ({ parts, text }) => ({ ...parts.status, children: text.status })),
    /**
     * What went wrong and what to do, announced as it appears. Always mounted, so screen readers hear
     * it change; place it right under the code field, which it describes.
     */
    ErrorMessage: definePart('ErrorMessage', 'p', ({ parts, text }) => ({ ...parts.errorMessage, children: text.error ?? '' })),
    /** The time left in the sign-in session; nothing when there is no such clock. */
    Countdown: forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function Countdown(props, ref) {
      const countdown = useApiSelector('Countdown', selectCountdown as (api: Api) => ReturnType<typeof selectCountdown>);
      const warning = useApiSelector('Countdown', selectWarning as (api: Api) => ReturnType<typeof selectWarning>);
      const className = useClassName('countdown');
      if (countdown === null) return null;
      const { time, ...attrs } = countdown;
      return (
        <div {...mergeProps({ ...attrs, className }, props)} ref={ref}>
          <span>{time}</span>
          <span {...warning} />
        </div>
      );
    }),
  };
}
