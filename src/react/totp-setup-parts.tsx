import { createElement, forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { definePart } from './define-part.js';
import { mergeProps } from './merge-props.js';
import { TotpSetupContext, useTotpSetupContext } from './totp-setup-context.js';
import { useTotpSetup, type TotpSetupApi, type UseTotpSetupOptions } from './use-totp-setup.js';

export * from './totp-setup-key-parts.js';
export * from './totp-setup-form-parts.js';
export * from './totp-setup-feedback-parts.js';

/** Shares an enrollment created with `useTotpSetup` with the parts below it, without markup. */
export function Provider({ value, children }: { value: TotpSetupApi; children?: ReactNode }) {
  return <TotpSetupContext.Provider value={value}>{children}</TotpSetupContext.Provider>;
}

// The hook's options (`onError`, `id`) win over the div attributes of the same name.
type DivProps = Omit<ComponentPropsWithoutRef<'div'>, keyof UseTotpSetupOptions>;

interface RootOwnProps {
  /** Switch the kit's stylesheet off for this enrollment, even where it is loaded. */
  unstyled?: boolean;
}

export type RootProps = DivProps & RootOwnProps & ({ setup: TotpSetupApi } | UseTotpSetupOptions);

const optionKeys = [
  'adapter', 'issuer', 'accountName', 'defaultFriendlyDeviceName', 'autoSubmit', 'onVerified', 'onError', 'onRestart',
  'messages', 'locale', 'sessionWarningSeconds', 'id',
] as const satisfies ReadonlyArray<keyof UseTotpSetupOptions>;
// Fails to compile when an option is added to the hook but not listed above.
const everyOptionListed: Exclude<keyof UseTotpSetupOptions, (typeof optionKeys)[number]> extends never ? true : never = true;
void everyOptionListed;

type ElementProps = DivProps & RootOwnProps & { api: TotpSetupApi };

const RootElement = forwardRef<HTMLDivElement, ElementProps>(function RootElement({ api, unstyled, ...props }, ref) {
  return (
    <TotpSetupContext.Provider value={api}>
      <div {...mergeProps({ ...api.parts.root, lang: api.locale, 'data-unstyled': unstyled ? '' : undefined }, props)} ref={ref} />
    </TotpSetupContext.Provider>
  );
});

const RootWithHook = forwardRef<HTMLDivElement, DivProps & RootOwnProps & { options: UseTotpSetupOptions }>(function RootWithHook({ options, ...props }, ref) {
  return <RootElement {...props} api={useTotpSetup(options)} ref={ref} />;
});

/** The element that carries `data-state`. Give it either hook options or a `setup` from `useTotpSetup`. */
export const Root = forwardRef<HTMLDivElement, RootProps>(function Root(props, ref) {
  if ('setup' in props) {
    const { setup, ...rest } = props;
    return <RootElement {...rest} api={setup} ref={ref} />;
  }
  const options: Record<string, unknown> = {};
  const rest: Record<string, unknown> = { ...props };
  for (const key of optionKeys) {
    options[key] = props[key];
    delete rest[key];
  }
  return <RootWithHook {...(rest as DivProps & RootOwnProps)} options={options as unknown as UseTotpSetupOptions} ref={ref} />;
});

export type TitleProps = ComponentPropsWithoutRef<'h2'> & { level?: 1 | 2 | 3 | 4 | 5 | 6 };

/** The heading; it takes focus when the enrollment is verified, so the news is where the user is. */
export const Title = forwardRef<HTMLHeadingElement, TitleProps>(function Title({ level = 2, ...props }, ref) {
  const { parts } = useTotpSetupContext('Title');
  return createElement(`h${level}`, { ...mergeProps({ ...parts.title, children: parts.titleText }, props), ref });
});

export const Instructions = definePart('Instructions', 'p', ({ parts, messages }) => ({ ...parts.instructions, children: messages.scanInstructions }));
