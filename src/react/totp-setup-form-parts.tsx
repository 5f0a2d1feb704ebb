import { definePart } from './totp-setup-context.js';

/** Submitting (Enter in a field, or the button) verifies; after a failed verify, verifies again. */
export const Form = /* @__PURE__ */ definePart('Form', 'form', ({ parts }) => parts.form);

export const CodeLabel = /* @__PURE__ */ definePart('CodeLabel', 'label', ({ parts, messages }) => ({ ...parts.codeLabel, children: messages.codeLabel }));

export const CodeHint = /* @__PURE__ */ definePart('CodeHint', 'p', ({ parts, messages }) => ({ ...parts.codeHint, children: messages.codeHint }));

/**
 * One real input, not six: autofill from SMS-style suggestions, paste, password managers and screen
 * readers all expect a single field. Digits only, six at most; the sixth typed digit verifies.
 */
export const CodeInput = /* @__PURE__ */ definePart('CodeInput', 'input', ({ parts }) => parts.codeInput);

export const DeviceNameLabel = /* @__PURE__ */ definePart('DeviceNameLabel', 'label', ({ parts, messages }) => ({ ...parts.deviceNameLabel, children: messages.deviceNameLabel }));

export const DeviceNameHint = /* @__PURE__ */ definePart('DeviceNameHint', 'p', ({ parts, messages }) => ({ ...parts.deviceNameHint, children: messages.deviceNameHint }));

export const DeviceNameInput = /* @__PURE__ */ definePart('DeviceNameInput', 'input', ({ parts }) => parts.deviceNameInput);

/** The one primary action: verify, and verify again after a failure that retrying can fix. */
export const Submit = /* @__PURE__ */ definePart('Submit', 'button', ({ parts }) => ({ ...parts.submit, children: parts.submitText }));
