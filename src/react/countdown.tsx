import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { TotpSharedMessages } from '../core/totp-setup.messages.js';
import { formatInteger, formatTimeLeft } from '../i18n/format.js';
import { useClassName } from './define-part.js';
import { mergeProps } from './merge-props.js';

/** What the countdown reads from the component it belongs to. */
export interface SessionClock {
  sessionSecondsLeft: number | null;
  sessionEndingSoon: boolean;
  sessionWarningSeconds: number;
  locale: string | undefined;
  messages: TotpSharedMessages;
  parts: { countdown: object; countdownWarning: object };
}

/** The time left in a sign-in session, for a component's parts; nothing when there is no such clock. */
/*#__NO_SIDE_EFFECTS__*/
export function defineCountdown(useApi: (partName: string) => SessionClock) {
  return forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function Countdown(props, ref) {
    const { sessionSecondsLeft, sessionEndingSoon, sessionWarningSeconds, locale, messages, parts } = useApi('Countdown');
    const className = useClassName('countdown');
    if (sessionSecondsLeft === null) return null;
    const warning = sessionEndingSoon ? messages.sessionEndingSoon({ seconds: formatInteger(sessionWarningSeconds, locale) }) : '';
    return (
      <div {...mergeProps({ ...parts.countdown, className, 'data-warning': sessionEndingSoon ? '' : undefined }, props)} ref={ref}>
        <span>{messages.sessionTimeLeft({ time: formatTimeLeft(sessionSecondsLeft, locale) })}</span>
        <span {...parts.countdownWarning}>{warning}</span>
      </div>
    );
  });
}
