import { defineCountdown } from './countdown.js';
import { definePart, useTotpSetupContext } from './totp-setup-context.js';

/** A polite live region that says what is happening: loading, checking, verified. */
export const StatusMessage = /* @__PURE__ */ definePart('StatusMessage', 'p', ({ parts }) => ({ ...parts.status, children: parts.statusText }));

/**
 * What went wrong and what to do, announced as it appears. Always mounted, so screen readers hear it
 * change; place it right under the code field, which it describes.
 */
export const ErrorMessage = /* @__PURE__ */ definePart('ErrorMessage', 'p', ({ parts }) => ({ ...parts.errorMessage, children: parts.errorText ?? '' }));

/** Shown when the secret could not be fetched and fetching it again may work. */
export const Retry = /* @__PURE__ */ definePart('Retry', 'button', ({ canRetry, parts, messages }) => (canRetry ? { ...parts.retry, children: messages.retry } : null));

/** Shown when only a fresh start helps (an expired sign-in session that the app can restart). */
export const Restart = /* @__PURE__ */ definePart('Restart', 'button', ({ canRestart, parts, messages }) => (canRestart ? { ...parts.restart, children: messages.restart } : null));

/** The time left in an MFA_SETUP sign-in session; nothing when there is no such clock. */
export const Countdown = /* @__PURE__ */ defineCountdown(useTotpSetupContext);
