import { createElement, forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useTotpSetupContext } from './totp-setup-context.js';
import { mergeProps } from './merge-props.js';
import type { TotpSetupApi } from './use-totp-setup.js';

type Tag = keyof HTMLElementTagNameMap;

/** The kit's side of a part: its attributes and handlers, and default content; null renders nothing. */
export type KitProps = Record<string, unknown> & { children?: ReactNode };

/**
 * A part that renders one element: it forwards its ref, takes every prop of that element (yours win,
 * handlers are composed), and reads its state from the enclosing root.
 */
export function definePart<T extends Tag>(name: string, tag: T, select: (api: TotpSetupApi) => KitProps | null) {
  const Part = forwardRef<HTMLElementTagNameMap[T], ComponentPropsWithoutRef<T>>(function Part(props, ref) {
    const kit = select(useTotpSetupContext(name));
    return kit === null ? null : createElement(tag, { ...mergeProps(kit, props), ref });
  });
  Part.displayName = `TotpSetupParts.${name}`;
  return Part;
}
