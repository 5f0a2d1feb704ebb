import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { formatInteger, formatTimeLeft } from '../i18n/format.js';
import { definePart } from './define-part.js';
import { mergeProps } from './merge-props.js';
import { useTotpSetupContext } from './totp-setup-context.js';

/** A polite live region that says what is happening: loading, checking, verified. */
export const StatusMessage = definePart('StatusMessage', 'p', ({ parts }) => ({ ...parts.status, children: parts.statusText }));

/**
 * What went wrong and what to do, announced as it appears. Always mounted, so screen readers hear it
 * change; place it right under the code field, which it describes.
 */
export const ErrorMessage = definePart('ErrorMessage', 'p', ({ parts }) => ({ ...parts.errorMessage, children: parts.errorText ?? '' }));

/** Shown when the secret could not be fetched and fetching it again may work. */
export const Retry = definePart('Retry', 'button', ({ canRetry, parts, messages }) => (canRetry ? { ...parts.retry, children: messages.retry } : null));

/** Shown when only a fresh start helps (an expired sign-in session that the app can restart). */
export const Restart = definePart('Restart', 'button', ({ canRestart, parts, messages }) => (canRestart ? { ...parts.restart, children: messages.restart } : null));

/** The time left in an MFA_SETUP sign-in session; nothing when there is no such clock. */
export const Countdown = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function Countdown(props, ref) {
  const { sessionSecondsLeft, sessionEndingSoon, sessionWarningSeconds, locale, messages, parts } = useTotpSetupContext('Countdown');
  if (sessionSecondsLeft === null) return null;
  const warning = sessionEndingSoon ? messages.sessionEndingSoon({ seconds: formatInteger(sessionWarningSeconds, locale) }) : '';
  return (
    <div {...mergeProps({ ...parts.countdown, 'data-warning': sessionEndingSoon ? '' : undefined }, props)} ref={ref}>
      <span>{messages.sessionTimeLeft({ time: formatTimeLeft(sessionSecondsLeft, locale) })}</span>
      <span {...parts.countdownWarning}>{warning}</span>
    </div>
  );
});
