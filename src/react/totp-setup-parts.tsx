import { defineProvider, defineRoot, defineTitle, type HeadingProps, type PartsRootProps } from './define-root.js';
import { definePart, TotpSetupContext, useTotpSetupContext } from './totp-setup-context.js';
import { useTotpSetup, type TotpSetupApi, type UseTotpSetupOptions } from './use-totp-setup.js';

export * from './totp-setup-key-parts.js';
export * from './totp-setup-form-parts.js';
export * from './totp-setup-feedback-parts.js';

/** Shares an enrollment created with `useTotpSetup` with the parts below it, without markup. */
export const Provider = /* @__PURE__ */ defineProvider(TotpSetupContext);

const optionKeys = [
  'adapter', 'issuer', 'accountName', 'defaultFriendlyDeviceName', 'autoSubmit', 'onVerified', 'onError', 'onRestart',
  'messages', 'locale', 'sessionWarningSeconds', 'id',
] as const satisfies ReadonlyArray<keyof UseTotpSetupOptions>;
// Fails to compile when an option is added to the hook but not listed above.
const everyOptionListed: Exclude<keyof UseTotpSetupOptions, (typeof optionKeys)[number]> extends never ? true : never = true;
void everyOptionListed;

export type RootProps = PartsRootProps<TotpSetupApi, UseTotpSetupOptions, 'setup'>;

/** The element that carries `data-state`. Give it either hook options or a `setup` from `useTotpSetup`. */
export const Root = /* @__PURE__ */ defineRoot(TotpSetupContext, useTotpSetup, optionKeys, 'setup');

export type TitleProps = HeadingProps;

/** The heading; it takes focus when the enrollment is verified, so the news is where the user is. */
export const Title = /* @__PURE__ */ defineTitle(useTotpSetupContext);

export const Instructions = /* @__PURE__ */ definePart('Instructions', 'p', ({ parts, messages }) => ({ ...parts.instructions, children: messages.scanInstructions }));
